using BenchmarkDotNet.Attributes;

namespace GreenButton.Benchmarks;

/// <summary>How does the parser compare with what a .NET developer would write instead (XDocument + LINQ, XmlSerializer)?</summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class AlternativesBenchmarks
{
    private string _path = "";

    [ParamsSource(nameof(FeedNames))]
    public string Feed { get; set; } = Feeds.OneMeterYear;

    public static IEnumerable<string> FeedNames => [Feeds.OneMeterYear, Feeds.TwentyMeters];

    [GlobalSetup]
    public void Setup() => _path = Feeds.Get(Feed).Path;

    [Benchmark(Baseline = true, Description = "raw XmlReader scan")]
    public long RawScan() => Workloads.RawScan(_path);

    [Benchmark(Description = "ReadIntervalReadings")]
    public long ReadIntervalReadings() => Workloads.ReadIntervalReadings(_path);

    [Benchmark(Description = "GreenButtonDocument.Load")]
    public long DocumentLoad() => Workloads.DocumentLoad(_path);

    [Benchmark(Description = "XDocument + LINQ")]
    public long XDocumentLinq() => Workloads.XDocumentLinq(_path);

    [Benchmark(Description = "XmlSerializer")]
    public long XmlSerializer() => Workloads.XmlSerializer(_path);
}
