using GreenButton.Cli.Inputs;
using GreenButton.Synthetic;

namespace GreenButton.Cli.Samples;

/// <summary>
/// The sample feed shipped inside the tool (<c>Samples/sample.xml</c>, an embedded resource): a year of hourly
/// electricity with LocalTimeParameters, costs, qualities and monthly usage summaries, plus an hourly gas usage
/// point in therms. Our own synthetic data; a test proves the file is what <see cref="Options"/> generates.
/// </summary>
internal static class BundledSample
{
    public const string Name = "sample.xml";

    private const string ResourceName = "GreenButton.Cli.Samples.sample.xml";

    public static SyntheticFeedOptions Options { get; } = new()
    {
        UsagePoints =
        [
            new SyntheticUsagePoint { Kind = ServiceKind.Electricity, IntervalSeconds = 3600, WithCost = true, WithQuality = true, WithUsageSummaries = true },
            new SyntheticUsagePoint { Kind = ServiceKind.Gas, IntervalSeconds = 3600, WithCost = true },
        ],
        Days = 365,
        LineBreaks = false,
        Style = SyntheticFeedStyle.Compact,
    };

    public static Stream Open()
        => typeof(BundledSample).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");

    public static InputFile Input()
    {
        using var probe = Open();
        return InputFile.FromFactory(Name, probe.Length, Open);
    }
}
