using GreenButton.Cli.Samples;
using GreenButton.Synthetic;

namespace GreenButton.Cli.Tests;

public sealed class SampleTests
{
    /// <summary>
    /// The embedded sample is exactly what the generator gives today. To refresh it after a generator change, run the
    /// tests with GREENBUTTON_UPDATE_SAMPLE=1: the file is rewritten, and the test still fails once, so it is seen.
    /// </summary>
    [Fact]
    public void Embedded_sample_is_what_the_generator_produces()
    {
        var expected = SyntheticFeed.ToBytes(BundledSample.Options, out var truth);
        using var stream = BundledSample.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var embedded = copy.ToArray();
        if (Environment.GetEnvironmentVariable("GREENBUTTON_UPDATE_SAMPLE") == "1" && !embedded.AsSpan().SequenceEqual(expected))
        {
            File.WriteAllBytes(Path.Combine(TestPaths.Repository, "src", "GreenButton.Cli", "Samples", "sample.xml"), expected);
        }
        embedded.Length.Should().Be(expected.Length, "the embedded sample must be regenerated (GREENBUTTON_UPDATE_SAMPLE=1)");
        embedded.AsSpan().SequenceEqual(expected).Should().BeTrue();
        embedded.Length.Should().BeLessThan(4 * 1024 * 1024);
        truth.UsagePoints.Should().Be(2);
        truth.UsageSummaries.Should().Be(12);
    }
}
