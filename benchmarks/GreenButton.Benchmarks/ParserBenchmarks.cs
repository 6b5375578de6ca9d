using BenchmarkDotNet.Attributes;

namespace GreenButton.Benchmarks;

/// <summary>How close does each API come to the ceiling, a raw XmlReader scan with the parser's own settings?</summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string _path = "";

    [ParamsSource(nameof(FeedNames))]
    public string Feed { get; set; } = Feeds.OneMeterYear;

    public static IEnumerable<string> FeedNames => [Feeds.OneMeterYear, Feeds.TwentyMeters, Feeds.Prefixed, Feeds.CostAndQuality];

    [GlobalSetup]
    public void Setup() => _path = Feeds.Get(Feed).Path;

    [Benchmark(Baseline = true, Description = "raw XmlReader scan")]
    public long RawScan() => Workloads.RawScan(_path);

    [Benchmark(Description = "ReadIntervalReadings")]
    public long ReadIntervalReadings() => Workloads.ReadIntervalReadings(_path);

    [Benchmark(Description = "ReadEntries")]
    public long ReadEntries() => Workloads.ReadEntries(_path);

    [Benchmark(Description = "GreenButtonDocument.Load")]
    public long DocumentLoad() => Workloads.DocumentLoad(_path);
}
