using GreenButton.Synthetic;

namespace GreenButton.Tests.Validation;

/// <summary>
/// The generator's feeds (the sandbox serves them, the benchmarks time them) conform: meters of one kind share one
/// ReadingType entry, never two entries with its self link (D024, D026, D052 before).
/// </summary>
public sealed class SyntheticFeedConformanceTests
{
    public static TheoryData<string> Feeds => ["three electricity meters", "meters of every kind, with reverse flow", "two meters, costs and quality"];

    [Theory]
    [MemberData(nameof(Feeds))]
    public void A_generated_feed_of_several_meters_is_valid(string name)
    {
        var options = name switch
        {
            "three electricity meters" => SyntheticFeedOptions.Electricity(meters: 3, days: 3),
            "two meters, costs and quality" => SyntheticFeedOptions.Electricity(meters: 2, days: 3, withCost: true, withQuality: true),
            _ => new SyntheticFeedOptions
            {
                Days = 3,
                UsagePoints =
                [
                    new SyntheticUsagePoint { WithReverseFlow = true, WithUsageSummaries = true },
                    new SyntheticUsagePoint { WithReverseFlow = true },
                    new SyntheticUsagePoint { Kind = ServiceKind.Gas, IntervalSeconds = 3600 },
                    new SyntheticUsagePoint { Kind = ServiceKind.Gas, IntervalSeconds = 3600 },
                ],
            },
        };
        var bytes = SyntheticFeed.ToBytes(options, out _);

        var result = GreenButtonValidator.Validate(new MemoryStream(bytes), new GreenButtonValidationOptions { SourceName = name });

        result.Violations.Where(v => v.Severity == DiagnosticSeverity.Error).Select(v => $"{v.Code} {v.Message}").Should().BeEmpty();
        result.IsValid.Should().BeTrue();
    }
}
