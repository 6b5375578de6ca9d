using System.Diagnostics;
using GreenButton.Sandbox;
using GreenButton.Synthetic;

namespace GreenButton.Client.Tests;

/// <summary>
/// Process-wide memory of one large download; alone in its collection so other tests' allocations do not count.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class LargeDownloadTests
{
    [Fact]
    public async Task A_200_MB_response_streams_into_the_parser_in_bounded_memory()
    {
        var feed = SyntheticFeedOptions.Electricity(meters: 10, days: 1500);
        var truth = SyntheticFeed.Write(Stream.Null, feed);
        truth.Bytes.Should().BeGreaterThan(200_000_000);
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { Feed = feed });
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var tokens = await Sandboxes.ConsentAsync(sandbox, client);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var peak = baseline;

        long readings = 0, entries = 0;
        var watch = Stopwatch.StartNew();
        await foreach (var entry in client.GetSubscriptionEntriesAsync(tokens.AccessToken, "1", Sandboxes.Start, Sandboxes.Start.AddDays(2000)))
        {
            if (entry.Resource is IntervalBlock block)
            {
                readings += block.Readings.Count;
            }
            if (++entries % 1000 == 0)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
            }
        }
        watch.Stop();

        readings.Should().Be(truth.IntervalReadings);
        (peak - baseline).Should().BeLessThan(200L * 1024 * 1024);
        Console.WriteLine($"200 MB test: {truth.Bytes / 1e6:F0} MB, {readings} readings in {watch.Elapsed.TotalSeconds:F1} s, working set growth {(peak - baseline) / 1e6:F0} MB");
    }
}
