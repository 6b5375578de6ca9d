namespace GreenButton.Cli.Export;

/// <summary>
/// The rows of an input: the core's readings (<see cref="GreenButtonFeed.ReadIntervalReadings"/>) or local-period sums
/// (<see cref="GreenButtonFeed.Aggregate"/>) as export rows, each series labelled once.
/// </summary>
internal sealed class ExportRows(GreenButtonFeed feed, ExportInterval interval, bool localTime)
{
    private readonly Dictionary<ReadingSeries, SeriesLabels> _labels = new(ReferenceEqualityComparer.Instance);

    /// <summary>A row and whether it is its series' last.</summary>
    internal readonly record struct SeriesRow(ReadingSeries Series, ExportRow Row, bool EndsSeries);

    /// <summary>The rows of the series <paramref name="include"/> selects, in document order (aggregated: per series, by time).</summary>
    public IEnumerable<SeriesRow> Rows(Func<ReadingSeries, bool>? include, CancellationToken cancellationToken)
    {
        if (interval == ExportInterval.Raw)
        {
            foreach (var item in feed.ReadIntervalReadings(include, cancellationToken))
            {
                yield return new SeriesRow(item.Series, Raw(item), item.EndsSeries);
            }
            yield break;
        }
        var periods = interval switch
        {
            ExportInterval.Hour => AggregationInterval.Hour,
            ExportInterval.Day => AggregationInterval.Day,
            _ => AggregationInterval.Month,
        };
        foreach (var aggregate in feed.Aggregate(periods, include, cancellationToken))
        {
            yield return new SeriesRow(aggregate.Series, Bucket(aggregate), aggregate.EndsSeries);
        }
    }

    private ExportRow Raw(in SeriesReading item)
    {
        var labels = LabelsOf(item.Series);
        var reading = item.Reading;
        return new ExportRow
        {
            UsagePoint = labels.UsagePoint,
            MeterReading = labels.MeterReading,
            Series = "meter",
            FlowDirection = labels.FlowDirection,
            StartUtc = reading.StartSeconds,
            UtcOffsetSeconds = localTime ? Offset(item.Series, reading.StartSeconds) : null,
            DurationSeconds = reading.DurationSeconds,
            Readings = 1,
            RawValue = reading.Value,
            Value = labels.Power is { } power ? Formats.Scale(reading.Value, power) : null,
            Unit = labels.Unit,
            Cost = reading.CostAmount,
            Currency = labels.Currency,
            Quality = QualityCodes.Of(reading.Qualities),
            Tou = reading.Tou,
        };
    }

    private ExportRow Bucket(ReadingAggregate aggregate)
    {
        var labels = LabelsOf(aggregate.Series);
        var statistics = aggregate.Statistics;
        return new ExportRow
        {
            UsagePoint = labels.UsagePoint,
            MeterReading = labels.MeterReading,
            Series = "meter",
            FlowDirection = labels.FlowDirection,
            StartUtc = aggregate.StartSeconds,
            UtcOffsetSeconds = localTime ? Offset(aggregate.Series, aggregate.StartSeconds) : null,
            DurationSeconds = aggregate.DurationSeconds,
            Readings = (int)Math.Min(statistics.Count, int.MaxValue),
            RawValue = statistics.SumValue,
            Value = labels.Power is { } power ? Formats.Scale(statistics.SumValue, power) : null,
            Unit = labels.Unit,
            Cost = aggregate.Cost,
            Currency = labels.Currency,
            Quality = QualityCodes.Of([.. aggregate.Qualities.Select(q => (int)q)]),
            Tou = aggregate.Tou,
        };
    }

    private static int? Offset(ReadingSeries series, long utcSeconds)
        => series.LocalTimeParameters is { } time ? (int)time.GetUtcOffset(Formats.FromUnix(utcSeconds)).TotalSeconds : null;

    private SeriesLabels LabelsOf(ReadingSeries series)
    {
        if (!_labels.TryGetValue(series, out var labels))
        {
            _labels[series] = labels = new SeriesLabels(feed, series);
        }
        return labels;
    }

    /// <summary>What every row of one series shares.</summary>
    private sealed class SeriesLabels
    {
        public SeriesLabels(GreenButtonFeed feed, ReadingSeries series)
        {
            var type = series.ReadingType;
            var up = series.UsagePoint;
            UsagePoint = up is null ? null : up.SelfHref ?? $"UsagePoint[{IndexOf(feed.Document.UsagePoints, up)}]";
            MeterReading = series.MeterReading.SelfHref ?? $"MeterReading[{series.Index}]";
            FlowDirection = type?.FlowDirection is { } flow ? Formats.Name(flow) : null;
            Unit = type?.Uom is { } uom ? Units.Symbol(uom) : null;
            Currency = type?.Currency is { } currency ? currency.ToString() : null;
            Power = type?.PowerOfTenMultiplier;
        }

        public string? UsagePoint { get; }

        public string MeterReading { get; }

        public string? FlowDirection { get; }

        public string? Unit { get; }

        public string? Currency { get; }

        public int? Power { get; }

        private static int IndexOf(IReadOnlyList<UsagePoint> list, UsagePoint item)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (ReferenceEquals(list[i], item))
                {
                    return i;
                }
            }
            return -1;
        }
    }
}
