namespace GreenButton;

public sealed partial class GreenButtonFeed
{
    /// <summary>
    /// The readings of the series <paramref name="include"/> selects summed by local hour, day or month (the usage
    /// point's LocalTimeParameters; UTC without them), DST-correct: one streaming pass. A series whose readings come in
    /// time order gives each period as soon as a later one starts; any other holds its periods (one per hour, day or
    /// month) until its last reading. Periods of one series come in time order; series interleave as their blocks do.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="interval"/> is not an <see cref="AggregationInterval"/>.</exception>
    /// <exception cref="GreenButtonException">The input cannot be read again, or changed since it was opened.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IEnumerable<ReadingAggregate> Aggregate(AggregationInterval interval, Func<ReadingSeries, bool>? include = null, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(interval))
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "Hour, Day or Month.");
        }
        return SumByPeriod(ReadIntervalReadings(include, cancellationToken), interval);
    }

    /// <summary>Sums readings (of any source, in document order) into local periods; see <see cref="Aggregate(AggregationInterval, Func{ReadingSeries, bool}?, CancellationToken)"/>.</summary>
    internal static IEnumerable<ReadingAggregate> SumByPeriod(IEnumerable<SeriesReading> readings, AggregationInterval interval)
    {
        var states = new Dictionary<ReadingSeries, SeriesPeriods>(ReferenceEqualityComparer.Instance);
        var open = new List<SeriesPeriods>();
        foreach (var item in readings)
        {
            var series = item.Series;
            if (!states.TryGetValue(series, out var state))
            {
                states[series] = state = new SeriesPeriods(series, new LocalPeriods(series.LocalTimeParameters, interval));
            }
            var reading = item.Reading;
            var current = state.Current;
            if (current is null || reading.StartSeconds < current.StartSeconds || reading.StartSeconds >= current.EndSeconds)
            {
                var (start, end) = state.Periods.Of(reading.StartSeconds);
                if (state.Buckets.Count == 0 && !state.Open)
                {
                    open.Add(state);
                    state.Open = true;
                }
                if (series.InDocumentOrder)
                {
                    while (state.Buckets.Count > 0 && state.Buckets.First().Key < start)
                    {
                        var first = state.Buckets.First();
                        state.Buckets.Remove(first.Key);
                        yield return first.Value;
                    }
                }
                if (!state.Buckets.TryGetValue(start, out current))
                {
                    state.Buckets[start] = current = new ReadingAggregate(series, start, end);
                }
                state.Current = current;
            }
            current.Add(reading);
            if (item.EndsSeries)
            {
                foreach (var rest in state.Drain())
                {
                    yield return rest;
                }
                open.Remove(state);
            }
        }
        foreach (var state in open)
        {
            foreach (var rest in state.Drain())
            {
                yield return rest;
            }
        }
    }

    /// <summary>The periods of one series not yet given out.</summary>
    private sealed class SeriesPeriods(ReadingSeries series, LocalPeriods periods)
    {
        public ReadingSeries Series { get; } = series;

        public LocalPeriods Periods { get; } = periods;

        public SortedDictionary<long, ReadingAggregate> Buckets { get; } = [];

        /// <summary>The period the last reading went to (most readings go to the same one).</summary>
        public ReadingAggregate? Current { get; set; }

        public bool Open { get; set; }

        /// <summary>Every period left, in time order; the last one ends the series.</summary>
        public List<ReadingAggregate> Drain()
        {
            var rest = Buckets.Values.ToList();
            if (rest.Count > 0)
            {
                rest[^1].EndsSeries = true;
            }
            Buckets.Clear();
            Current = null;
            Open = false;
            return rest;
        }
    }
}
