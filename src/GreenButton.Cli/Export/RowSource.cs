using System.Text;

namespace GreenButton.Cli.Export;

/// <summary>
/// The rows of an input, read in a second streaming pass after a <see cref="FeedScan"/> resolved its links: each
/// IntervalBlock is matched to its scanned twin by position, so every row knows its meter reading, ReadingType and
/// local time even when those entries come after the block. Only aggregation buckets are held in memory.
/// </summary>
internal sealed class RowSource(InputFile input, FeedScan scan, GreenButtonReaderOptions options, ExportInterval interval)
{
    private readonly Dictionary<MeterReadingNode, SeriesInfo> _series = [];
    private Dictionary<MeterReadingNode, int>? _lastBlock;

    /// <summary>A row of a series, or (<see cref="End"/>) the mark that the series has no more rows.</summary>
    internal readonly record struct SeriesRow(SeriesInfo Series, ExportRow Row, bool End);

    /// <summary>The rows of the meter readings <paramref name="include"/> selects, in document order (aggregated: per series, by time).</summary>
    public IEnumerable<ExportRow> Rows(Func<MeterReadingNode, bool> include, Action<long>? progress, CancellationToken cancellationToken)
        => Items(include, progress, cancellationToken).Where(r => !r.End).Select(r => r.Row);

    /// <summary>The rows, and after the last row of each series (its last block in the document), an end mark.</summary>
    public IEnumerable<SeriesRow> Items(Func<MeterReadingNode, bool> include, Action<long>? progress, CancellationToken cancellationToken)
    {
        var raw = RawRows(include, progress, cancellationToken);
        return interval == ExportInterval.Raw ? raw : Aggregate(raw);
    }

    private IEnumerable<SeriesRow> RawRows(Func<MeterReadingNode, bool> include, Action<long>? progress, CancellationToken cancellationToken)
    {
        var sequence = 0;
        var quality = new StringBuilder();
        foreach (var entry in input.ReadEntries(options with { SourceName = input.Name }, progress))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var resource in entry.Resources)
            {
                if (resource is not IntervalBlock block)
                {
                    continue;
                }
                var node = sequence < scan.Blocks.Count ? scan.Blocks[sequence] : null;
                sequence++;
                if (node?.MeterReading is not { } meterReading || !include(meterReading))
                {
                    continue;
                }
                var series = SeriesOf(meterReading);
                _lastBlock ??= scan.MeterReadings.Where(m => m.Blocks.Count > 0).ToDictionary(m => m, m => m.Blocks.Max(b => b.Sequence));
                var length = meterReading.ReadingType?.IntervalLength;
                var place = length is > 0 && block.Interval is { HasStart: true } && block.Readings.Any(r => !r.HasTimePeriod);
                var cursor = block.Interval?.StartSeconds ?? 0;
                foreach (var reading in block.Readings)
                {
                    var start = reading.StartSeconds;
                    var duration = reading.DurationSeconds;
                    if (place && !reading.HasTimePeriod)
                    {
                        start = cursor;
                        duration = length!.Value;
                    }
                    cursor = start + duration;
                    quality.Clear();
                    foreach (var q in reading.Qualities)
                    {
                        quality.Append(quality.Length == 0 ? "" : ";").Append((int)q.Quality);
                    }
                    yield return new SeriesRow(series, new ExportRow
                    {
                        UsagePoint = series.UsagePoint,
                        MeterReading = series.MeterReading,
                        Series = "meter",
                        FlowDirection = series.FlowDirection,
                        StartUtc = start,
                        UtcOffsetSeconds = series.Calendar.OffsetSeconds(start),
                        DurationSeconds = duration,
                        Readings = 1,
                        RawValue = reading.Value,
                        Value = series.Type is { } type ? Formats.Scale(reading.Value, type.PowerOfTenMultiplier) : null,
                        Unit = series.Unit,
                        Cost = reading.CostAmount,
                        Currency = series.Currency,
                        Quality = quality.Length == 0 ? null : quality.ToString(),
                        Tou = reading.Tou,
                    }, false);
                }
                if (_lastBlock[meterReading] == node.Sequence)
                {
                    yield return new SeriesRow(series, default, true);
                }
            }
        }
    }

    public SeriesInfo SeriesOf(MeterReadingNode meterReading)
    {
        if (!_series.TryGetValue(meterReading, out var series))
        {
            _series[meterReading] = series = new SeriesInfo(meterReading, scan);
        }
        return series;
    }

    /// <summary>
    /// Sums readings into local buckets. A series whose readings come in time order emits each bucket as soon as a later
    /// one starts; any other series holds its buckets (one per hour, day or month) until its last block.
    /// </summary>
    private IEnumerable<SeriesRow> Aggregate(IEnumerable<SeriesRow> raw)
    {
        var open = new List<SeriesInfo>();
        foreach (var (series, row, last) in raw)
        {
            if (last)
            {
                foreach (var rest in series.Buckets.Values)
                {
                    yield return new SeriesRow(series, rest.ToRow(series), false);
                }
                series.Buckets.Clear();
                open.Remove(series);
                yield return new SeriesRow(series, default, true);
                continue;
            }
            var (start, end) = series.Calendar.Bucket(row.StartUtc, interval);
            if (series.Buckets.Count == 0 && !open.Contains(series))
            {
                open.Add(series);
            }
            if (series.MeterReadingNode.InDocumentOrder)
            {
                while (series.Buckets.Count > 0 && series.Buckets.First().Key < start)
                {
                    var first = series.Buckets.First();
                    series.Buckets.Remove(first.Key);
                    yield return new SeriesRow(series, first.Value.ToRow(series), false);
                }
            }
            if (!series.Buckets.TryGetValue(start, out var bucket))
            {
                series.Buckets[start] = bucket = new Bucket(start, end);
            }
            bucket.Add(row);
        }
        foreach (var series in open)
        {
            foreach (var bucket in series.Buckets.Values)
            {
                yield return new SeriesRow(series, bucket.ToRow(series), false);
            }
            series.Buckets.Clear();
        }
    }

    /// <summary>What every row of one meter reading shares.</summary>
    internal sealed class SeriesInfo
    {
        public SeriesInfo(MeterReadingNode node, FeedScan scan)
        {
            MeterReadingNode = node;
            Type = node.ReadingType;
            var up = node.UsagePoint;
            UsagePoint = up is null ? null : up.SelfHref ?? $"UsagePoint[{scan.UsagePoints.IndexOf(up)}]";
            MeterReading = node.SelfHref ?? $"MeterReading[{node.Index}]";
            FlowDirection = Type?.FlowDirection is { } flow ? Formats.Name(flow) : null;
            Unit = Type?.Uom is { } uom ? Units.Symbol(uom) : null;
            Currency = Type?.Currency is { } currency ? currency.ToString() : null;
            Calendar = new LocalCalendar(up?.LocalTimeParameters);
        }

        public MeterReadingNode MeterReadingNode { get; }

        public ReadingType? Type { get; }

        public string? UsagePoint { get; }

        public string MeterReading { get; }

        public string? FlowDirection { get; }

        public string? Unit { get; }

        public string? Currency { get; }

        public LocalCalendar Calendar { get; }

        public SortedDictionary<long, Bucket> Buckets { get; } = [];
    }

    /// <summary>One local hour, day or month of one series.</summary>
    internal sealed class Bucket(long start, long end)
    {
        private readonly SortedSet<int> _qualities = [];
        private long _raw;
        private decimal? _value;
        private decimal? _cost;
        private int _readings;
        private short? _tou;
        private bool _mixedTou;

        public void Add(in ExportRow row)
        {
            _readings++;
            _raw += row.RawValue ?? 0;
            _value = row.Value is { } v ? (_value ?? 0) + v : _value;
            _cost = row.Cost is { } c ? (_cost ?? 0) + c : _cost;
            if (row.Quality is { } quality)
            {
                foreach (var code in quality.Split(';'))
                {
                    _qualities.Add(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            if (_readings == 1)
            {
                _tou = row.Tou;
            }
            else if (_tou != row.Tou)
            {
                _mixedTou = true;
            }
        }

        public ExportRow ToRow(SeriesInfo series) => new()
        {
            UsagePoint = series.UsagePoint,
            MeterReading = series.MeterReading,
            Series = "meter",
            FlowDirection = series.FlowDirection,
            StartUtc = start,
            UtcOffsetSeconds = series.Calendar.OffsetSeconds(start),
            DurationSeconds = end - start,
            Readings = _readings,
            RawValue = _raw,
            Value = _value,
            Unit = series.Unit,
            Cost = _cost,
            Currency = series.Currency,
            Quality = _qualities.Count == 0 ? null : string.Join(';', _qualities),
            Tou = _mixedTou ? null : _tou,
        };
    }
}
