using System.Globalization;

namespace GreenButton.Benchmarks;

/// <summary>
/// What an opened <see cref="GreenButtonFeed"/> keeps alive: the managed heap after a full collection, before and after
/// <see cref="GreenButtonFeed.Open(Func{Stream}, GreenButtonReaderOptions, bool, CancellationToken)"/>, per IntervalBlock,
/// for the summary's way (figures only) and the export's (readings spooled). Deterministic, unlike a peak working set.
/// </summary>
public static class RetainedCommand
{
    /// <summary>Prints the retained bytes per block of each way; with <paramref name="hold"/>, waits for a line on stdin with the feed open (for <c>dotnet-gcdump collect -p PID</c>).</summary>
    public static int Run(string feed, bool hold)
    {
        var (path, _) = Feeds.Get(feed);
        foreach (var spool in new[] { false, true })
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            // The heap's high-water marks while the feed is read, sampled: what the GC let the heap grow to around the live data.
            long maxHeap = 0, maxCommitted = 0;
            using var done = new ManualResetEventSlim();
            var sampler = new Thread(() =>
            {
                do
                {
                    maxHeap = Math.Max(maxHeap, GC.GetTotalMemory(false));
                    maxCommitted = Math.Max(maxCommitted, GC.GetGCMemoryInfo().TotalCommittedBytes);
                }
                while (!done.Wait(5));
            }) { IsBackground = true };
            sampler.Start();
            var gen2 = GC.CollectionCount(2);
            using var opened = GreenButtonFeed.Open(() => File.OpenRead(path), default, spool);
            done.Set();
            sampler.Join();
            gen2 = GC.CollectionCount(2) - gen2;
            var after = GC.GetTotalMemory(forceFullCollection: true);
            var blocks = opened.Document.IntervalBlocks.Count;
            var retained = after - before;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(spool ? "spooled (export)" : "figures only (summary)"),-24} {blocks,8:N0} blocks  {retained / 1e6,8:F1} MB retained  {(double)retained / Math.Max(1, blocks),8:F0} B/block  while reading: heap up to {maxHeap / 1e6:F0} MB, committed up to {maxCommitted / 1e6:F0} MB, {gen2} gen2 GCs"));
            if (hold)
            {
                Console.WriteLine($"pid {Environment.ProcessId}: holding the feed open; press Enter");
                Console.ReadLine();
            }
            GC.KeepAlive(opened);
        }
        return 0;
    }
}
