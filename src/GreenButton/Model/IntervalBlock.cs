namespace GreenButton;

/// <summary>ESPI <c>IntervalBlock</c>: a time interval and the <see cref="IntervalReading"/>s measured within it.</summary>
public sealed class IntervalBlock : EspiResource
{
    /// <inheritdoc/>
    public override string ResourceName => "IntervalBlock";

    /// <summary>The block's <c>interval</c>; null when the file gave none.</summary>
    public DateTimeInterval? Interval { get; init; }

    private static readonly IReadOnlyList<IntervalReading> s_noReadings = Array.AsReadOnly(Array.Empty<IntervalReading>());

    private IntervalReading[] _readingArray = [];
    private IReadOnlyList<IntervalReading> _readings = s_noReadings;

    /// <summary>The readings, in document order. Setting copies them: the block stays immutable.</summary>
    public IReadOnlyList<IntervalReading> Readings
    {
        get => _readings;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            ReplaceReadings([.. value]);
        }
    }

    /// <summary>The readings' own array, for loops inside the library (no enumerator per pass).</summary>
    internal ReadOnlySpan<IntervalReading> ReadingSpan => _readingArray;

    /// <summary>The same array, for iterators (which cannot hold a span). Never handed to callers.</summary>
    internal IntervalReading[] ReadingArray => _readingArray;

    /// <summary>Takes <paramref name="readings"/> as the block's readings, without a copy: the caller gives it up.</summary>
    internal void ReplaceReadings(IntervalReading[] readings)
    {
        _readingArray = readings;
        _readings = readings.Length == 0 ? s_noReadings : Array.AsReadOnly(readings);
    }

    /// <summary>
    /// In a block a <see cref="GreenButtonFeed"/> read (without its readings): what its readings add up to (their decimal powers
    /// included), for the document's folding of decimal values; null for a block holding its readings.
    /// </summary>
    internal ReadingStatistics? ReducedStatistics { get; set; }

    /// <summary>The block's index among the IntervalBlocks of the <see cref="GreenButtonFeed"/> that read it, in document order; -1 for any other block.</summary>
    internal int FeedIndex { get; set; } = -1;

    /// <summary>
    /// In a feed's block: the power of ten its readings are brought to as they are read again, and whether it went to
    /// the ReadingType (as the document brings a block's readings); null: as parsed.
    /// </summary>
    internal (int PowerOfTen, bool Fold)? ReadingRescale { get; set; }

    /// <summary>The MeterReading this belongs to; set by <see cref="GreenButtonDocument"/>.</summary>
    public MeterReading? MeterReading { get; internal set; }

    /// <summary>The ReadingType of the readings, through <see cref="MeterReading"/>.</summary>
    public ReadingType? ReadingType => MeterReading?.ReadingType;
}
