namespace GreenButton;

/// <summary>
/// What a set of readings adds up to, in a few dozen bytes however many readings it holds: count, raw sum, minimum and
/// maximum, raw cost and the ReadingQuality codes. Values are raw (unscaled): scale them with the ReadingType
/// (<see cref="ReadingType.Scale(long)"/>). The counterpart of <see cref="ReadingTimeline"/>, which measures their times.
/// </summary>
public sealed class ReadingStatistics
{
    private Dictionary<QualityOfReading, long>? _qualities;

    /// <summary>Readings added.</summary>
    public long Count { get; private set; }

    /// <summary>The sum of the raw values (absent values count as 0).</summary>
    public long SumValue { get; private set; }

    /// <summary>The smallest raw value; null without readings.</summary>
    public long? MinValue => Count == 0 ? null : _min;

    /// <summary>The largest raw value; null without readings.</summary>
    public long? MaxValue => Count == 0 ? null : _max;

    /// <summary>The sum of the raw costs (1/100000 of the currency), over the readings that carry one.</summary>
    public long SumCost { get; private set; }

    /// <summary>Readings that carry a cost.</summary>
    public long CostCount { get; private set; }

    /// <summary>The total cost in the currency (<see cref="SumCost"/> / 100000); null when no reading carries a cost.</summary>
    public decimal? TotalCost => CostCount > 0 ? ReadingType.CostAmount(SumCost) : null;

    /// <summary>ReadingQuality elements in all (a reading with several counts each).</summary>
    public long QualityCount { get; private set; }

    /// <summary>Readings by ReadingQuality code (a reading with several codes counts under each; a code kept as text under -1).</summary>
    public IReadOnlyDictionary<QualityOfReading, long> Qualities => _qualities ?? (IReadOnlyDictionary<QualityOfReading, long>)s_none;

    private static readonly Dictionary<QualityOfReading, long> s_none = [];
    private long _min = long.MaxValue;
    private long _max = long.MinValue;

    /// <summary>Adds a reading.</summary>
    public void Add(in IntervalReading reading)
    {
        Count++;
        SumValue += reading.Value;
        _min = Math.Min(_min, reading.Value);
        _max = Math.Max(_max, reading.Value);
        if (reading.Cost is { } cost)
        {
            SumCost += cost;
            CostCount++;
        }
        var qualities = reading.Qualities;
        if (qualities.Count > 0)
        {
            _qualities ??= [];
            foreach (var quality in qualities)
            {
                QualityCount++;
                _qualities[quality.Quality] = _qualities.GetValueOrDefault(quality.Quality) + 1;
            }
        }
    }

    /// <summary>Adds what another set of readings adds up to.</summary>
    public void Add(ReadingStatistics other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
        {
            return;
        }
        Count += other.Count;
        SumValue += other.SumValue;
        _min = Math.Min(_min, other._min);
        _max = Math.Max(_max, other._max);
        SumCost += other.SumCost;
        CostCount += other.CostCount;
        QualityCount += other.QualityCount;
        foreach (var (code, count) in other.Qualities)
        {
            _qualities ??= [];
            _qualities[code] = _qualities.GetValueOrDefault(code) + count;
        }
    }

    /// <summary>The statistics of a document's meter reading.</summary>
    public static ReadingStatistics Of(MeterReading meterReading)
    {
        ArgumentNullException.ThrowIfNull(meterReading);
        var statistics = new ReadingStatistics();
        foreach (var block in meterReading.IntervalBlocks)
        {
            foreach (ref readonly var reading in block.ReadingSpan)
            {
                statistics.Add(reading);
            }
        }
        return statistics;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Count} readings, sum {SumValue}, min {MinValue}, max {MaxValue}, cost {SumCost}";
}
