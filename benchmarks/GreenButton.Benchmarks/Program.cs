using System.Globalization;
using BenchmarkDotNet.Running;
using GreenButton.Benchmarks;

if (args.Length > 0 && args[0] == "ratio")
{
    var floor = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 0.5;
    var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
    var feed = args.Length > 3 ? args[3] : Feeds.TwentyMeters; // e.g. "1 meter-year": shorter runs, more rounds
    return QuickCommands.Ratio(floor, rounds, feed);
}
if (args.Length > 0 && args[0] == "vratio")
{
    // vratio [ROUNDS] [FEED]: the raw scan and the validator alone, alternating.
    return QuickCommands.ValidationRatio(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8, args.Length > 2 ? args[2] : Feeds.TwentyMeters);
}
if (args.Length > 0 && args[0] == "rawscan")
{
    return ProcessCommand.RawScan(args[1]);
}
if (args.Length > 0 && args[0] == "process")
{
    // process [ROUNDS] [FLOOR_FACTOR] [FEED] [settings|jit] [before=CLI.dll]: whole processes against the whole-process raw scan.
    var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
    var factor = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 1.0;
    var feed = args.Length > 3 ? args[3] : Feeds.TwentyMeters;
    var before = args.FirstOrDefault(a => a.StartsWith("before=", StringComparison.Ordinal))?["before=".Length..];
    return ProcessCommand.Run(rounds, factor, feed, args.Contains("settings"), args.Contains("jit"), before);
}
if (args.Length > 0 && args[0] == "memory")
{
    var gigabytes = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 1.0;
    var limit = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;
    return QuickCommands.Memory(gigabytes, limit);
}
if (args.Length > 0 && args[0] == "streaming")
{
    var gigabytes = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 1.0;
    var limit = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300;
    return QuickCommands.Streaming(gigabytes, limit);
}
if (args.Length > 0 && args[0] == "retained")
{
    // retained [FEED] [hold]: bytes an opened GreenButtonFeed keeps per IntervalBlock (figures only, then spooled).
    return RetainedCommand.Run(args.Length > 1 ? args[1] : Feeds.TwentyMeters, args.Contains("hold"));
}
if (args.Length > 0 && args[0] == "loop")
{
    // For profilers: one workload, repeated.
    var (path, _) = Feeds.Get(args.Length > 3 ? args[3] : Feeds.TwentyMeters);
    var work = args.Length > 1 ? args[1] : "readings";
    var start = Environment.TickCount64;
    for (var i = 0; i < (args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5); i++)
    {
        Console.WriteLine(work switch
        {
            "raw" => Workloads.RawScan(path),
            "entries" => Workloads.ReadEntries(path),
            "document" => Workloads.DocumentLoad(path),
            "feed" => Workloads.FeedOpen(path),
            "readings" => Workloads.ReadIntervalReadings(path),
            "write" => Workloads.Write(path),
            "validate" => Workloads.Validate(path),
            "validate-rules" => Workloads.ValidateRulesOnly(path),
            _ => throw new ArgumentException($"Unknown workload '{work}': raw, readings, entries, document, feed, write, validate or validate-rules."),
        });
    }
    Console.Error.WriteLine($"GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 collections; {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms paused; {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB allocated; {Environment.TickCount64 - start} ms in all");
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Feeds).Assembly).Run(args);
return 0;
