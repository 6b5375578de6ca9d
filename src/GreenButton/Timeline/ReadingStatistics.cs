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
    private int _power; // the power of ten of SumValue, min and max: the finest IntervalReading.ValuePowerOfTen added
    private bool _overflow; // min or max could not be held at a finer power: the figures cannot be rescaled

    /// <summary>
    /// The power of ten the raw figures are at: the finest <see cref="IntervalReading.ValuePowerOfTen"/> added (0 for
    /// integer values, and for readings whose power was folded into their ReadingType). Readings at coarser powers are
    /// added exactly at this one, so that figures of decimal values written with growing places still add up.
    /// </summary>
    internal int PowerOfTen => _power;

    /// <summary>Adds a reading.</summary>
    public void Add(in IntervalReading reading)
    {
        var value = reading.ValuePowerOfTen == _power ? reading.Value : Align(reading.Value, reading.ValuePowerOfTen);
        Count++;
        SumValue += value;
        _min = Math.Min(_min, value);
        _max = Math.Max(_max, value);
        if (reading.Cost is { } cost)
        {
            SumCost += cost;
            CostCount++;
        }
        var qualities = reading.Qualities;
        if (qualities.Count > 0)
        {
            AddQualities(qualities);
        }
    }

    /// <summary>
    /// Adds readings, as <see cref="Add(in IntervalReading)"/> one by one would: the sums, minimum and maximum kept in
    /// locals while the readings share this power of ten (they do, but for decimal values written with growing places).
    /// </summary>
    internal void Add(ReadOnlySpan<IntervalReading> readings)
    {
        if (readings.IsEmpty)
        {
            return;
        }
        if (Count == 0)
        {
            _power = readings[0].ValuePowerOfTen;
        }
        var power = _power;
        long sum = 0, min = _min, max = _max, cost = 0, costCount = 0;
        var i = 0;
        for (; i < readings.Length; i++)
        {
            ref readonly var reading = ref readings[i];
            if (reading.ValuePowerOfTen != power)
            {
                break;
            }
            var value = reading.Value;
            sum += value;
            min = Math.Min(min, value);
            max = Math.Max(max, value);
            if (reading.HasCost)
            {
                cost += reading.RawCost;
                costCount++;
            }
            if (reading.QualityList is { Count: > 0 } qualities)
            {
                AddQualities(qualities);
            }
        }
        Count += i;
        SumValue += sum;
        (_min, _max) = (min, max);
        SumCost += cost;
        CostCount += costCount;
        for (; i < readings.Length; i++)
        {
            Add(readings[i]);
        }
    }

    private void AddQualities(IReadOnlyList<ReadingQuality> qualities)
    {
        _qualities ??= [];
        foreach (var quality in qualities)
        {
            QualityCount++;
            _qualities[quality.Quality] = _qualities.GetValueOrDefault(quality.Quality) + 1;
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
        var (sum, min, max) = (other.SumValue, other._min, other._max);
        if (other._power != _power)
        {
            sum = Align(sum, other._power, out var places);
            min = Raise(min, places);
            max = Raise(max, places);
        }
        _overflow |= other._overflow;
        Count += other.Count;
        SumValue += sum;
        _min = Math.Min(_min, min);
        _max = Math.Max(_max, max);
        SumCost += other.SumCost;
        CostCount += other.CostCount;
        QualityCount += other.QualityCount;
        foreach (var (code, count) in other.Qualities)
        {
            _qualities ??= [];
            _qualities[code] = _qualities.GetValueOrDefault(code) + count;
        }
    }

    /// <summary>
    /// Brings the figures to <paramref name="powerOfTen"/> (at most <see cref="PowerOfTen"/>) as
    /// <see cref="IntervalReading.TryRescale"/> brings readings; with <paramref name="fold"/> the power went to the
    /// ReadingType and the figures are at 0 from then on. False, with nothing changed, when a value cannot be held.
    /// </summary>
    internal bool TryRescale(int powerOfTen, bool fold)
    {
        if (_overflow)
        {
            return false;
        }
        if (Count > 0)
        {
            var places = _power - powerOfTen;
            var (min, max) = (_min, _max);
            for (var p = 0; p < places; p++)
            {
                if (min is > long.MaxValue / 10 or < long.MinValue / 10 || max is > long.MaxValue / 10 or < long.MinValue / 10)
                {
                    return false;
                }
                (min, max) = (min * 10, max * 10);
            }
            (_min, _max) = (min, max);
            SumValue = Multiply(SumValue, places);
        }
        _power = fold ? 0 : powerOfTen;
        return true;
    }

    /// <summary>A value at <paramref name="power"/> at this one; when finer, this comes to it first.</summary>
    private long Align(long value, int power) => Align(value, power, out _);

    /// <summary>
    /// <paramref name="value"/> at <paramref name="power"/> brought to a common power with this: the finer of both (this
    /// rescaled when <paramref name="power"/> is finer). <paramref name="places"/>: how far <paramref name="value"/> moved.
    /// </summary>
    private long Align(long value, int power, out int places)
    {
        if (Count == 0)
        {
            _power = power;
            places = 0;
            return value;
        }
        if (power < _power)
        {
            var finer = _power - power;
            SumValue = Multiply(SumValue, finer);
            _min = Raise(_min, finer);
            _max = Raise(_max, finer);
            _power = power;
            places = 0;
            return value;
        }
        places = power - _power;
        Raise(value, places); // notes an overflow of the value itself
        return Multiply(value, places);
    }

    /// <summary>A sum times 10^places; wrapping as the sums themselves do, so that the result equals the sum of the rescaled values.</summary>
    private static long Multiply(long value, int places)
    {
        for (var p = 0; p < places; p++)
        {
            value = unchecked(value * 10);
        }
        return value;
    }

    /// <summary>A minimum or maximum times 10^places; an overflow is noted and leaves the figures not rescalable.</summary>
    private long Raise(long value, int places)
    {
        for (var p = 0; p < places; p++)
        {
            if (value is > long.MaxValue / 10 or < long.MinValue / 10)
            {
                _overflow = true;
                return value;
            }
            value *= 10;
        }
        return value;
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
