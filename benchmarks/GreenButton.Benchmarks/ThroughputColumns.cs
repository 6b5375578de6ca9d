using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace GreenButton.Benchmarks;

/// <summary>MB/s, readings/s and allocated bytes per reading, from the mean time and the feed's known size.</summary>
public sealed class ThroughputColumn(string name, string legend, Func<double, double, double, double, double?> compute, string format) : IColumn
{
    /// <summary>Megabytes (10^6 bytes) of XML read per second.</summary>
    public static readonly IColumn MegabytesPerSecond = new ThroughputColumn("MB/s", "Megabytes (10^6 bytes) of XML per second",
        (meanNs, bytes, _, _) => bytes / 1e6 / (meanNs / 1e9), "F1");

    /// <summary>Interval readings read per second.</summary>
    public static readonly IColumn ReadingsPerSecond = new ThroughputColumn("Readings/s", "IntervalReadings per second",
        (meanNs, _, readings, _) => readings / (meanNs / 1e9), "N0");

    /// <summary>Managed bytes allocated per interval reading.</summary>
    public static readonly IColumn BytesPerReading = new ThroughputColumn("B/reading", "Managed bytes allocated per IntervalReading",
        (_, _, readings, allocated) => allocated < 0 ? null : allocated / readings, "F1");

    public string Id => nameof(ThroughputColumn) + "." + ColumnName;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var feed = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Feed")?.Value as string;
        if (report?.ResultStatistics is not { } stats || feed is null)
        {
            return "-";
        }
        var (_, truth) = Feeds.Get(feed);
        var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) ?? -1;
        var value = compute(stats.Mean, truth.Bytes, truth.IntervalReadings, allocated);
        return value?.ToString(format, CultureInfo.InvariantCulture) ?? "-";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public override string ToString() => ColumnName;
}

/// <summary>The configuration every parser benchmark shares: memory diagnoser and the throughput columns.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.ReadingsPerSecond, ThroughputColumn.BytesPerReading);
        AddColumn(StatisticColumn.Min);
        AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}
