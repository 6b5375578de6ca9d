using System.Collections.ObjectModel;

namespace GreenButton;

/// <summary>
/// ESPI <c>IntervalReading</c>: one measured value over one time period. A value type, so that streaming
/// millions of readings allocates nothing per reading.
/// </summary>
public readonly struct IntervalReading : IEquatable<IntervalReading>
{
    [Flags]
    private enum Has : byte
    {
        None = 0,
        Value = 1,
        Cost = 2,
        ConsumptionTier = 4,
        Tou = 8,
        Cpp = 16,
        TimePeriod = 32,
    }

    private static readonly ReadOnlyCollection<ReadingQuality> s_noQualities = new([]);

    private readonly ReadOnlyCollection<ReadingQuality>? _qualities;
    private readonly ReadingOrigin? _origin;
    private readonly long _cost;
    private readonly short _consumptionTier;
    private readonly short _tou;
    private readonly short _cpp;
    private readonly Has _has;
    private readonly sbyte _valuePowerOfTen; // fits the struct's padding: no reading grows

    /// <summary>Creates a reading.</summary>
    /// <param name="start">Start of the period (converted to Unix seconds).</param>
    /// <param name="duration">Length of the period (whole seconds).</param>
    /// <param name="value">Raw value, in the ReadingType's unit times 10^powerOfTenMultiplier.</param>
    /// <param name="cost">Raw cost, in 1/100000 of the ReadingType's currency.</param>
    /// <param name="qualities">ReadingQuality codes.</param>
    /// <param name="blockHref">The self href of the IntervalBlock that holds the reading.</param>
    public IntervalReading(DateTimeOffset start, TimeSpan duration, long value, long? cost = null,
        IEnumerable<ReadingQuality>? qualities = null, string? blockHref = null)
        : this(start.ToUnixTimeSeconds(), (long)duration.TotalSeconds, value, true, cost ?? 0, cost.HasValue,
            qualities is null ? null : ReadingQualities.From(qualities), null, null, null, true, ReadingOrigin.Of(blockHref, null))
    {
    }

    internal IntervalReading(long startSeconds, long durationSeconds, long value, bool hasValue, long cost, bool hasCost,
        ReadOnlyCollection<ReadingQuality>? qualities, short? consumptionTier, short? tou, short? cpp, bool hasTimePeriod,
        ReadingOrigin? origin, sbyte valuePowerOfTen = 0)
    {
        StartSeconds = startSeconds;
        _valuePowerOfTen = valuePowerOfTen;
        DurationSeconds = durationSeconds;
        Value = value;
        _cost = cost;
        _qualities = qualities;
        _consumptionTier = consumptionTier.GetValueOrDefault();
        _tou = tou.GetValueOrDefault();
        _cpp = cpp.GetValueOrDefault();
        _origin = origin;
        _has = (hasValue ? Has.Value : 0) | (hasCost ? Has.Cost : 0) | (consumptionTier.HasValue ? Has.ConsumptionTier : 0)
            | (tou.HasValue ? Has.Tou : 0) | (cpp.HasValue ? Has.Cpp : 0) | (hasTimePeriod ? Has.TimePeriod : 0);
    }

    /// <summary>Start of the period in Unix seconds (UTC).</summary>
    public long StartSeconds { get; }

    /// <summary>Length of the period in seconds.</summary>
    public long DurationSeconds { get; }

    /// <summary>Start of the period (UTC).</summary>
    public DateTimeOffset Start => EspiTime.FromUnixSeconds(StartSeconds);

    /// <summary>Length of the period (clamped to what a <see cref="TimeSpan"/> holds).</summary>
    public TimeSpan Duration => EspiTime.ToTimeSpan(DurationSeconds);

    /// <summary>End of the period (UTC): <see cref="Start"/> + <see cref="Duration"/>.</summary>
    public DateTimeOffset End => EspiTime.FromUnixSeconds(EndSeconds);

    /// <summary>End of the period in Unix seconds (saturating: a huge duration never wraps around).</summary>
    public long EndSeconds => EspiTime.End(StartSeconds, DurationSeconds);

    /// <summary>
    /// The raw <c>value</c>: the quantity in the ReadingType's <c>uom</c> times 10^<c>powerOfTenMultiplier</c>.
    /// Use <see cref="ReadingType.Scale(long)"/> for the real quantity. Zero when absent (see <see cref="HasValue"/>).
    /// </summary>
    public long Value { get; }

    /// <summary>
    /// The power of ten of <see cref="Value"/> itself: 0 for ESPI's integer values; negative when the file wrote a decimal
    /// (<c>0.62</c> reads as <see cref="Value"/> 62 and -2), so that <c>Value × 10^ValuePowerOfTen</c> is exactly the
    /// number written. <see cref="ScaledValue(ReadingType)"/> and <see cref="MeterReading.Scale(IntervalReading)"/> apply
    /// it; <see cref="GreenButtonDocument"/> folds it into each series' <see cref="ReadingType.PowerOfTenMultiplier"/>
    /// (and is then 0), so that raw values of one series add up.
    /// </summary>
    public int ValuePowerOfTen => _valuePowerOfTen;

    /// <summary>Whether the file gave a <c>value</c> (it is optional in ESPI).</summary>
    public bool HasValue => (_has & Has.Value) != 0;

    /// <summary>Whether the file gave a <c>timePeriod</c>; without one the period was derived from the block.</summary>
    public bool HasTimePeriod => (_has & Has.TimePeriod) != 0;

    /// <summary>The raw <c>cost</c> in 1/100000 of the ReadingType's currency; null when absent.</summary>
    public long? Cost => (_has & Has.Cost) != 0 ? _cost : null;

    /// <summary>The cost in currency units (<see cref="Cost"/> / 100000), exact; null when absent.</summary>
    public decimal? CostAmount => (_has & Has.Cost) != 0 ? _cost / 100_000m : null;

    /// <summary>The ReadingQuality codes, in document order; empty when none.</summary>
    public IReadOnlyList<ReadingQuality> Qualities => _qualities ?? s_noQualities;

    /// <summary>ESPI <c>consumptionTier</c>; null when absent.</summary>
    public short? ConsumptionTier => (_has & Has.ConsumptionTier) != 0 ? _consumptionTier : null;

    /// <summary>ESPI <c>tou</c> (time-of-use period code); null when absent.</summary>
    public short? Tou => (_has & Has.Tou) != 0 ? _tou : null;

    /// <summary>ESPI <c>cpp</c> (critical peak period code); null when absent.</summary>
    public short? Cpp => (_has & Has.Cpp) != 0 ? _cpp : null;

    /// <summary>The self href of the IntervalBlock entry that holds this reading, as written; null when it has none.</summary>
    public string? BlockHref => _origin?.BlockHref;

    /// <summary>The <c>up</c> href of the IntervalBlock entry (its MeterReading's block collection), as written.</summary>
    public string? MeterReadingHref => _origin?.MeterReadingHref;

    /// <summary>The hrefs of <see cref="BlockHref"/> and <see cref="MeterReadingHref"/>, one object shared by a block's readings.</summary>
    internal ReadingOrigin? Origin => _origin;

    /// <summary>Whether <see cref="Cost"/> is present, without a nullable (hot loops).</summary>
    internal bool HasCost => (_has & Has.Cost) != 0;

    /// <summary>The raw cost, 0 when absent (hot loops).</summary>
    internal long RawCost => _cost;

    /// <summary>The qualities' own list, null when none (hot loops: no interface call for the empty case).</summary>
    internal ReadOnlyCollection<ReadingQuality>? QualityList => _qualities;

    /// <summary>The same reading, placed in a block (hrefs) or given a derived period.</summary>
    internal IntervalReading With(long startSeconds, long durationSeconds, ReadingOrigin? origin)
        => new(startSeconds, durationSeconds, Value, HasValue, _cost, (_has & Has.Cost) != 0, _qualities, ConsumptionTier, Tou, Cpp,
            HasTimePeriod, origin, _valuePowerOfTen);

    /// <summary>
    /// The same reading with its value rescaled to <paramref name="powerOfTen"/> (at most its own): exact, or false on
    /// overflow. With <paramref name="fold"/> the power goes to the ReadingType and the reading keeps 0.
    /// </summary>
    internal bool TryRescale(int powerOfTen, bool fold, out IntervalReading rescaled)
    {
        var value = Value;
        for (var p = _valuePowerOfTen; p > powerOfTen; p--)
        {
            if (value is > long.MaxValue / 10 or < long.MinValue / 10)
            {
                rescaled = this;
                return false;
            }
            value *= 10;
        }
        rescaled = new(StartSeconds, DurationSeconds, value, HasValue, _cost, (_has & Has.Cost) != 0, _qualities, ConsumptionTier, Tou, Cpp,
            HasTimePeriod, _origin, fold ? (sbyte)0 : (sbyte)powerOfTen);
        return true;
    }

    /// <summary>The same reading placed at another time (a reading written without a timePeriod).</summary>
    internal IntervalReading At(long startSeconds, long durationSeconds) => With(startSeconds, durationSeconds, _origin);

    /// <summary>The real quantity, given the reading's ReadingType.</summary>
    public Quantity ScaledValue(ReadingType readingType)
    {
        ArgumentNullException.ThrowIfNull(readingType);
        return _valuePowerOfTen == 0 ? readingType.Scale(Value) : readingType.Scale(Value, _valuePowerOfTen);
    }

    /// <inheritdoc/>
    public bool Equals(IntervalReading other)
        => StartSeconds == other.StartSeconds && DurationSeconds == other.DurationSeconds && Value == other.Value
            && _has == other._has && _cost == other._cost && _consumptionTier == other._consumptionTier
            && _tou == other._tou && _cpp == other._cpp && _valuePowerOfTen == other._valuePowerOfTen && Qualities.SequenceEqual(other.Qualities)
            && BlockHref == other.BlockHref && MeterReadingHref == other.MeterReadingHref;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IntervalReading other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StartSeconds, DurationSeconds, Value, _cost, _has);

    /// <summary>Compares two readings by value.</summary>
    public static bool operator ==(IntervalReading left, IntervalReading right) => left.Equals(right);

    /// <summary>Compares two readings by value.</summary>
    public static bool operator !=(IntervalReading left, IntervalReading right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString()
    {
        var cost = Cost is { } c ? $" cost {c}" : "";
        return $"{Start:yyyy-MM-ddTHH:mm:ssZ} +{DurationSeconds}s value {Value}{cost}";
    }
}
