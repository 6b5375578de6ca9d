using System.Diagnostics;
using GreenButton.Synthetic;
using Xunit.Abstractions;

namespace GreenButton.Tests.Validation;

/// <summary>A 1 GB feed validates (schema, rules, quirks) in memory bounded by its blocks, not its readings.</summary>
[Collection(SerialCollection.Name)]
public sealed class LargeFeedValidationTests(ITestOutputHelper output)
{
    /// <summary>Generous: the 7 million readings alone would take over 400 MB as a document; their blocks' facts take a tenth.</summary>
    private const long MaxGrowth = 400L * 1024 * 1024;

    [Fact]
    public void A_1_GB_feed_validates_in_bounded_memory()
    {
        using var folder = new Fixture.TempFolder();
        var path = folder.File("large.xml");
        // 200 meter-years of 15-minute readings, a block per local day: about 1 GB, 7 million readings.
        var truth = SyntheticFeed.WriteFile(path, SyntheticFeedOptions.Electricity(meters: 200, days: 365));
        truth.Bytes.Should().BeGreaterThan(950L * 1000 * 1000);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = Math.Max(process.PeakWorkingSet64, process.WorkingSet64);
        var watch = Stopwatch.StartNew();
        var result = GreenButtonValidator.Validate(path);
        watch.Stop();
        process.Refresh();
        output.WriteLine($"{truth.Bytes / 1e9:F2} GB in {watch.Elapsed.TotalSeconds:F0} s; peak working set {before / 1e6:F0} MB before, {process.PeakWorkingSet64 / 1e6:F0} MB after; "
            + $"{result.Violations.Count} violations: {string.Join(", ", result.Violations.Select(v => v.Code).Distinct())}");

        result.IsReadable.Should().BeTrue();
        result.IsSchemaValid.Should().BeTrue();
        result.Violations.Should().NotContain(v => v.Code == "D042" || v.Code == "D145" || v.Code == "D146" || v.Code == ValidationCodes.ReadingGap);
        (process.PeakWorkingSet64 - before).Should().BeLessThan(MaxGrowth, "validation keeps facts per block, never the readings");
    }
}
