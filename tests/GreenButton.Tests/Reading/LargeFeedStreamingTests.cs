using System.Diagnostics;
using Xunit.Abstractions;
using GreenButton.Synthetic;

namespace GreenButton.Tests.Reading;

/// <summary>Memory stays bounded by one entry whatever the size of the input.</summary>
[Collection(SerialCollection.Name)]
public sealed class LargeFeedStreamingTests(ITestOutputHelper output)
{
    private const long MaxGrowth = 150L * 1024 * 1024;

    [Fact]
    public void A_200_MB_feed_streams_through_ReadIntervalReadings_in_bounded_memory()
    {
        using var folder = new Fixture.TempFolder();
        var path = folder.File("large.xml");
        // 28 fifteen-minute meters with costs and qualities over a year: about 210 MB, close to a million readings.
        var truth = SyntheticFeed.WriteFile(path, SyntheticFeedOptions.Electricity(meters: 28, days: 365, withCost: true, withQuality: true));
        truth.Bytes.Should().BeGreaterThan(200L * 1000 * 1000);
        new FileInfo(path).Length.Should().Be(truth.Bytes);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var workingSetBefore = process.WorkingSet64;
        var peakBefore = process.PeakWorkingSet64;
        var managedPeak = managedBefore;
        var workingSetPeak = workingSetBefore;

        long count = 0, sum = 0, cost = 0;
        foreach (var reading in GreenButtonReader.ReadIntervalReadings(path))
        {
            count++;
            sum += reading.Value;
            cost += reading.Cost ?? 0;
            if ((count & 0xFFFF) == 0)
            {
                managedPeak = Math.Max(managedPeak, GC.GetTotalMemory(forceFullCollection: false));
                process.Refresh();
                workingSetPeak = Math.Max(workingSetPeak, process.WorkingSet64);
            }
        }

        process.Refresh();
        output.WriteLine($"{truth.Bytes / 1e6:F1} MB, {count} readings; managed growth {(managedPeak - managedBefore) / 1e6:F1} MB; "
            + $"working set {workingSetBefore / 1e6:F1} MB before, {workingSetPeak / 1e6:F1} MB at most while streaming; process peak {process.PeakWorkingSet64 / 1e6:F1} MB (was {peakBefore / 1e6:F1} MB)");
        count.Should().Be(truth.IntervalReadings);
        sum.Should().Be(truth.SumValue);
        cost.Should().Be(truth.SumCost);
        (managedPeak - managedBefore).Should().BeLessThan(MaxGrowth, "managed memory is bounded by one entry, not the file");
        (workingSetPeak - workingSetBefore).Should().BeLessThan(MaxGrowth, "the working set does not grow with the file");
        (process.PeakWorkingSet64 - Math.Max(peakBefore, workingSetBefore)).Should().BeLessThan(MaxGrowth, "nor does the process's peak");
    }
}
