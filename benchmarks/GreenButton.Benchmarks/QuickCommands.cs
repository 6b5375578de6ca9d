using System.Diagnostics;
using System.Runtime.InteropServices;

namespace GreenButton.Benchmarks;

/// <summary>Measurements outside BenchmarkDotNet: the CI ratio check and the 1 GB memory run.</summary>
public static class QuickCommands
{
    /// <summary>The writer's target: writing at least 0.3x the raw XmlReader scan's throughput.</summary>
    public const double WriteFloor = 0.3;
    /// <summary>The share of the raw scan's throughput validation (XSD, rules and quirks) aims at; reported, not enforced.</summary>
    public const double ValidationTarget = 0.3;

    /// <summary>
    /// Times the raw scan and ReadIntervalReadings alternately on the 100 MB feed in one process, keeps each one's
    /// best run, and fails (exit 1) when ReadIntervalReadings falls below <paramref name="floor"/> of the raw scan's throughput.
    /// </summary>
    public static int Ratio(double floor, int rounds, string feed = Feeds.TwentyMeters)
    {
        var (path, truth) = Feeds.Get(feed);
        (string Name, Func<string, long> Work)[] workloads =
        [
            ("raw XmlReader scan", Workloads.RawScan),
            ("ReadIntervalReadings", Workloads.ReadIntervalReadings),
            ("ReadEntries", Workloads.ReadEntries),
            ("GreenButtonDocument.Load", Workloads.DocumentLoad),
            ("GreenButtonFeed.Open", Workloads.FeedOpen),
            ("XDocument + LINQ", Workloads.XDocumentLinq),
            ("XmlSerializer", Workloads.XmlSerializer),
            ("GreenButtonWriter (write)", Workloads.Write),
            ("Validator, XmlReader XSD", Workloads.ValidateWithValidatingReader),
            ("GreenButtonValidator", Workloads.Validate),
        ];
        Workloads.Loaded(path); // the writer writes a loaded document: its loading is not timed
        // Each round runs every workload once, back to back; a ratio is taken within a round (the machine's state is
        // shared by neighbours in time) and the median over rounds is reported. CPU times: best of the rounds.
        var best = workloads.Select(_ => (Cpu: TimeSpan.MaxValue, Allocated: 0L)).ToArray();
        var ratios = workloads.Select(_ => new List<double>()).ToArray();
        for (var i = 0; i < rounds; i++)
        {
            var times = new TimeSpan[workloads.Length];
            for (var w = 0; w < workloads.Length; w++)
            {
                var (cpu, allocated) = Time(() => workloads[w].Work(path));
                times[w] = cpu;
                best[w] = (cpu < best[w].Cpu ? cpu : best[w].Cpu, allocated);
            }
            for (var w = 0; w < workloads.Length; w++)
            {
                ratios[w].Add(times[0] / times[w]);
            }
        }
        var mb = truth.Bytes / 1e6;
        Console.WriteLine($"feed: {feed}, {mb:F1} MB, {truth.IntervalReadings:N0} readings; {rounds} rounds in one process (best CPU time; median of per-round ratios)");
        Console.WriteLine($"  {"workload",-26} {"CPU ms",8} {"MB/s",8} {"readings/s",12} {"B/reading",10}  throughput ratio to raw scan");
        var raw = best[0].Cpu;
        for (var w = 0; w < workloads.Length; w++)
        {
            var (cpu, allocated) = best[w];
            Console.WriteLine($"  {workloads[w].Name,-26} {cpu.TotalMilliseconds,8:F0} {mb / cpu.TotalSeconds,8:F1} {truth.IntervalReadings / cpu.TotalSeconds,12:N0} {(double)allocated / truth.IntervalReadings,10:F1}  {Median(ratios[w]):F2}");
        }
        var ratio = Median(ratios[1]);
        var versusXDocument = Median(ratios[3]) / Median(ratios[5]);
        Console.WriteLine($"ReadIntervalReadings / raw scan throughput: {ratio:F2} (floor {floor:F2}); GreenButtonDocument.Load / XDocument + LINQ: {versusXDocument:F2}x");
        // The writer writes about the bytes the raw scan reads (the feed came from the same writer): its ratio is one of throughputs.
        var write = Median(ratios[^3]);
        Console.WriteLine($"GreenButtonWriter / raw scan throughput: {write:F2} (floor {WriteFloor:F2})");
        var validation = Median(ratios[^1]);
        Console.WriteLine($"GreenButtonValidator.Validate (XSD + rules + quirks) / raw scan throughput: {validation:F2} (target {ValidationTarget:F2}: {(validation >= ValidationTarget ? "met" : "NOT met")}); with .NET's validating XmlReader: {Median(ratios[^2]):F2}");
        return ratio >= floor && write >= WriteFloor ? 0 : 1;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>
    /// The raw scan and the validator alone, alternating, <paramref name="rounds"/> times: each round's ratio, their
    /// median and the ratio of best times. Shorter than <see cref="Ratio"/> for before/after runs of a validator change.
    /// </summary>
    public static int ValidationRatio(int rounds, string feed = Feeds.TwentyMeters)
    {
        var (path, _) = Feeds.Get(feed);
        var ratios = new List<double>();
        TimeSpan bestRaw = TimeSpan.MaxValue, bestValidate = TimeSpan.MaxValue;
        for (var i = 0; i < rounds; i++)
        {
            var (raw, _) = Time(() => Workloads.RawScan(path));
            var (validate, _) = Time(() => Workloads.Validate(path));
            bestRaw = raw < bestRaw ? raw : bestRaw;
            bestValidate = validate < bestValidate ? validate : bestValidate;
            ratios.Add(raw / validate);
            Console.WriteLine($"  round {i + 1}: raw {raw.TotalMilliseconds:F0} ms, validate {validate.TotalMilliseconds:F0} ms CPU: {raw / validate:F2}");
        }
        var median = Median(ratios);
        Console.WriteLine($"GreenButtonValidator.Validate / raw scan throughput: {median:F2} by the median of rounds, {bestRaw / bestValidate:F2} by best times (target {ValidationTarget:F2})");
        return 0;
    }

    /// <summary>
    /// Generates a feed of about <paramref name="gigabytes"/> GB in a temp folder, streams it through
    /// ReadIntervalReadings, prints peak working set and throughput, checks the readings against the generator's
    /// truth, and deletes the file. Fails (exit 1) when the peak working set reaches <paramref name="limitMb"/> MB.
    /// </summary>
    public static int Memory(double gigabytes, int limitMb)
    {
        var meters = Math.Max(1, (int)Math.Round(gigabytes * 1e9 / 5.0e6));
        var path = Path.Combine(Path.GetTempPath(), $"greenbutton-memory-{Environment.ProcessId}.xml");
        try
        {
            Console.WriteLine($"generating {meters} meter-years to {path} ...");
            var truth = GreenButton.Synthetic.SyntheticFeed.WriteFile(path, GreenButton.Synthetic.SyntheticFeedOptions.Electricity(meters, 365));
            GC.Collect();
            using var process = Process.GetCurrentProcess();
            var baseline = process.WorkingSet64;
            var watch = Stopwatch.StartNew();
            long count = 0, sum = 0;
            foreach (var reading in GreenButtonReader.ReadIntervalReadings(path))
            {
                count++;
                sum += reading.Value;
            }
            var seconds = watch.Elapsed.TotalSeconds;
            process.Refresh();
            var peakMb = process.PeakWorkingSet64 / 1e6;
            Console.WriteLine($"{truth.Bytes / 1e9:F2} GB, {count:N0} readings in {seconds:F1} s: {truth.Bytes / 1e6 / seconds:F1} MB/s, {count / seconds:N0} readings/s");
            Console.WriteLine($"working set before streaming {baseline / 1e6:F0} MB; peak working set {peakMb:F0} MB (limit {limitMb} MB)");
            if (count != truth.IntervalReadings || sum != truth.SumValue)
            {
                Console.WriteLine($"MISMATCH: expected {truth.IntervalReadings} readings summing to {truth.SumValue}, read {count} summing to {sum}");
                return 1;
            }
            return peakMb < limitMb ? 0 : 1;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// The writer at scale: generates two feeds of about <paramref name="gigabytes"/>/2 GB each (through GreenButtonWriter,
    /// consecutive years, a week of overlap), merges them (GreenButtonMerger) and anonymises the result
    /// (GreenButtonAnonymizer), all streaming, then checks the readings. Prints throughput and the peak working set;
    /// fails (exit 1) when the peak reaches <paramref name="limitMb"/> MB.
    /// </summary>
    public static int Streaming(double gigabytes, int limitMb)
    {
        var meters = Math.Max(1, (int)Math.Round(gigabytes / 2 * 1e9 / 5.0e6));
        var folder = Directory.CreateTempSubdirectory("greenbutton-streaming-").FullName;
        try
        {
            var first = Path.Combine(folder, "2022.xml");
            var second = Path.Combine(folder, "2023.xml");
            var merged = Path.Combine(folder, "merged.xml");
            var anonymised = Path.Combine(folder, "anonymised.xml");
            var options = GreenButton.Synthetic.SyntheticFeedOptions.Electricity(meters, 365);
            var watch = Stopwatch.StartNew();
            var a = GreenButton.Synthetic.SyntheticFeed.WriteFile(first, options with { StartDate = new DateOnly(2022, 1, 1) });
            var b = GreenButton.Synthetic.SyntheticFeed.WriteFile(second, options with { StartDate = new DateOnly(2022, 12, 25) });
            var generated = watch.Elapsed.TotalSeconds;
            Console.WriteLine($"generated {(a.Bytes + b.Bytes) / 1e9:F2} GB through GreenButtonWriter in {generated:F1} s: {(a.Bytes + b.Bytes) / 1e6 / generated:F1} MB/s");
            watch.Restart();
            GreenButtonMergeResult result;
            using (var output = File.Create(merged))
            {
                result = GreenButtonMerger.Merge([first, second], output);
            }
            var mergeSeconds = watch.Elapsed.TotalSeconds;
            Console.WriteLine($"merged in {mergeSeconds:F1} s: {result.ReadingsWritten:N0} readings, {result.DuplicateReadings:N0} duplicates, {result.Conflicts.Count:N0} conflicts");
            watch.Restart();
            GreenButtonAnonymizer.Anonymize(merged, anonymised, new GreenButtonAnonymizerOptions { Key = "benchmark", ShiftDays = 364 });
            Console.WriteLine($"anonymised {new FileInfo(merged).Length / 1e9:F2} GB in {watch.Elapsed.TotalSeconds:F1} s");
            long count = 0;
            foreach (var reading in GreenButtonReader.ReadIntervalReadings(anonymised))
            {
                count++;
            }
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var peakMb = process.PeakWorkingSet64 / 1e6;
            Console.WriteLine($"{count:N0} readings in the anonymised feed (expected {result.ReadingsWritten:N0}); peak working set {peakMb:F0} MB (limit {limitMb} MB)");
            return count == result.ReadingsWritten && peakMb < limitMb ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// CPU time of the process (user + kernel) for one run, and the bytes it allocated: on a shared machine CPU time is
    /// far steadier than wall-clock time, since waiting for a core is not counted.
    /// </summary>
    private static (TimeSpan Cpu, long Allocated) Time(Func<long> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = ProcessCpuTime();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        GC.KeepAlive(work());
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        return (ProcessCpuTime() - before, allocated);
    }

    /// <summary>
    /// The process's CPU time (every thread, the GC's included). On Linux from clock_gettime, to the nanosecond:
    /// <see cref="Process.TotalProcessorTime"/> there counts in 10 ms ticks, too coarse for the 5 MB feed.
    /// </summary>
    private static TimeSpan ProcessCpuTime()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockProcessCpuTimeId, out var time) == 0)
        {
            return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
        }
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private const int ClockProcessCpuTimeId = 2;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
