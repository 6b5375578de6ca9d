namespace GreenButton;

/// <summary>
/// The readings of one meter reading on the time line, and the one rule set every reading path shares
/// (<see cref="GreenButtonDocument"/>, <see cref="GreenButtonFeed"/>, the CLI): where readings written without a
/// <c>timePeriod</c> go (<see cref="PlaceUntimed(DateTimeInterval?, bool, long, long, long?)"/>), and what breaks the
/// sequence: duplicates (a reading starting when an earlier one did), overlaps (a reading starting before the earlier
/// ones ended), gaps (time missing between consecutive readings) and readings outside their IntervalBlock's interval.
/// </summary>
/// <remarks>
/// Readings may be added in any order; the figures do not depend on it. Consecutive readings of one duration are kept
/// as one run, so memory grows with the breaks in the sequence, not with the readings: a year of 15-minute readings
/// without a hole is one run.
/// </remarks>
public sealed partial class ReadingTimeline
{
    private readonly List<Run> _runs = [];
    private long _count;
    private long _outsideBlock;

    // The sequence measured as readings arrive, valid while they arrive in start order (nearly always).
    private bool _inOrder = true;
    private bool _stepped;
    private long _previousStart = long.MinValue;
    private long _maxEnd = long.MinValue;
    private long _duplicates;
    private long _overlaps;
    private long _gaps;
    private long _missing;
    private long _firstStart = long.MaxValue;
    private long _lastEnd = long.MinValue;

    private Figures? _figures;

    /// <summary>A timeline for readings of the given period (the ReadingType's <c>intervalLength</c>, in seconds).</summary>
    public ReadingTimeline(long? intervalLength = null) => IntervalLength = intervalLength;

    /// <summary>The ReadingType's <c>intervalLength</c> in seconds: the period of untimed readings and the unit of <see cref="MissingIntervals"/>.</summary>
    public long? IntervalLength { get; }

    /// <summary>Readings added.</summary>
    public long Count => _count;

    /// <summary>Whether the readings were added in non-decreasing order of start (document order, when added as read).</summary>
    public bool InStartOrder => _inOrder;

    /// <summary>The earliest start, Unix seconds; null without readings.</summary>
    public long? FirstStart => _count == 0 ? null : _firstStart;

    /// <summary>The latest end, Unix seconds; null without readings.</summary>
    public long? LastEnd => _count == 0 ? null : _lastEnd;

    /// <summary>Readings starting at the same second as an earlier one (in start order): all are kept.</summary>
    public long Duplicates => Measure().Duplicates;

    /// <summary>Readings starting after an earlier one started but before it (or any earlier one) ended: all are kept.</summary>
    public long Overlaps => Measure().Overlaps;

    /// <summary>Holes between consecutive readings (in start order).</summary>
    public long Gaps => Measure().Gaps;

    /// <summary>Seconds missing in the <see cref="Gaps"/>.</summary>
    public long MissingSeconds => Measure().MissingSeconds;

    /// <summary>Whole intervals of <see cref="IntervalLength"/> missing in the gaps; null without an interval length.</summary>
    public long? MissingIntervals => IntervalLength is > 0 and var length ? MissingSeconds / length : null;

    /// <summary>Readings not wholly inside their IntervalBlock's interval (counted only for blocks with a start and a duration).</summary>
    public long OutsideBlock => _outsideBlock;

    /// <summary>Adds a reading (already placed: see <see cref="Place(ReadOnlySpan{IntervalReading}, DateTimeInterval?, long?)"/>).</summary>
    /// <param name="reading">The reading.</param>
    /// <param name="block">Its IntervalBlock's interval, to count readings outside it; null not to.</param>
    public void Add(in IntervalReading reading, DateTimeInterval? block = null) => Add(reading.StartSeconds, reading.DurationSeconds, 1, block);

    /// <summary>Adds the readings of one block, already placed.</summary>
    public void Add(IntervalBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var readings = block.ReadingSpan;
        if (readings.IsEmpty)
        {
            return;
        }
        // Consecutive readings of one duration go in as one run.
        long start = readings[0].StartSeconds, duration = readings[0].DurationSeconds, count = 1;
        for (var i = 1; i < readings.Length; i++)
        {
            ref readonly var reading = ref readings[i];
            if (reading.DurationSeconds == duration && duration > 0 && reading.StartSeconds == start + (duration * count))
            {
                count++;
                continue;
            }
            Add(start, duration, count, block.Interval);
            (start, duration, count) = (reading.StartSeconds, reading.DurationSeconds, 1);
        }
        Add(start, duration, count, block.Interval);
    }

    /// <summary>
    /// Adds <paramref name="count"/> readings of <paramref name="durationSeconds"/> each, one after the other from
    /// <paramref name="startSeconds"/> (a run; duration 0: all at the same start).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public void Add(long startSeconds, long durationSeconds, long count = 1, DateTimeInterval? block = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return;
        }
        _figures = null;
        _count += count;
        var lastStart = startSeconds + (durationSeconds * (count - 1));
        _firstStart = Math.Min(_firstStart, Math.Min(startSeconds, lastStart));
        _lastEnd = Math.Max(_lastEnd, Math.Max(startSeconds, lastStart) + durationSeconds);
        if (block is { HasStart: true, HasDuration: true } interval)
        {
            _outsideBlock += count - Inside(startSeconds, durationSeconds, count, interval.StartSeconds, interval.EndSeconds);
        }
        Append(startSeconds, durationSeconds, count);
        if (_inOrder)
        {
            if (startSeconds < _previousStart || durationSeconds < 0)
            {
                _inOrder = false;
                return;
            }
            Streamed(startSeconds, durationSeconds, count);
        }
    }

    /// <summary>Adds every reading of another timeline (the same meter reading read in parts).</summary>
    public void Add(ReadingTimeline other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var run in other._runs)
        {
            Add(run.Start, run.Duration, run.Count);
        }
        _outsideBlock += other._outsideBlock;
    }

    /// <summary>The timeline of a document's meter reading: its readings as the document placed them.</summary>
    public static ReadingTimeline Of(MeterReading meterReading)
    {
        ArgumentNullException.ThrowIfNull(meterReading);
        var timeline = new ReadingTimeline(meterReading.ReadingType?.IntervalLength);
        foreach (var block in meterReading.IntervalBlocks)
        {
            timeline.Add(block);
        }
        return timeline;
    }

    /// <inheritdoc/>
    public override string ToString()
        => $"{Count} readings, {Gaps} gaps ({MissingSeconds} s), {Duplicates} duplicates, {Overlaps} overlaps, {OutsideBlock} outside their block";

    /// <summary>How many of a run's readings lie wholly within [<paramref name="from"/>, <paramref name="to"/>].</summary>
    private static long Inside(long start, long duration, long count, long from, long to)
    {
        if (duration <= 0)
        {
            return start >= from && start + duration <= to && start + duration >= from ? count : 0;
        }
        // Reading k (0-based) starts at start + duration*k: inside when from <= it and it + duration <= to.
        var low = start >= from ? 0 : CeilDiv(from - start, duration);
        var high = to - duration - start < 0 ? -1 : (to - duration - start) / duration;
        low = Math.Max(low, 0);
        high = Math.Min(high, count - 1);
        return high < low ? 0 : high - low + 1;

        static long CeilDiv(long a, long b) => (a + b - 1) / b;
    }

    private void Append(long start, long duration, long count)
    {
        if (_runs.Count > 0)
        {
            var last = _runs[^1];
            if (last.Duration == duration && last.End == start && (duration != 0 || last.Start == start))
            {
                _runs[^1] = last with { Count = last.Count + count };
                return;
            }
        }
        _runs.Add(new Run(start, duration, count));
    }

    /// <summary>The in-order measure: the first reading of the run against what came before, the rest against each other.</summary>
    private void Streamed(long start, long duration, long count)
    {
        Step(start, duration);
        if (count == 1)
        {
            return;
        }
        if (duration == 0)
        {
            _duplicates += count - 1;
            return;
        }
        if (_maxEnd <= start + duration)
        {
            // Each next reading starts where the previous one ends: nothing breaks.
            _previousStart = start + (duration * (count - 1));
            _maxEnd = _previousStart + duration;
            return;
        }
        for (long k = 1; k < count; k++)
        {
            Step(start + (duration * k), duration);
        }
    }

    private void Step(long start, long duration)
    {
        if (_stepped)
        {
            if (start == _previousStart)
            {
                _duplicates++;
            }
            else if (start < _maxEnd)
            {
                _overlaps++;
            }
            else if (start > _maxEnd)
            {
                _gaps++;
                _missing += start - _maxEnd;
            }
        }
        _stepped = true;
        _previousStart = start;
        _maxEnd = Math.Max(_maxEnd, start + duration);
    }

    private Figures Measure()
    {
        if (_figures is { } figures)
        {
            return figures;
        }
        figures = _inOrder ? new Figures(_duplicates, _overlaps, _gaps, _missing) : MeasureUnordered(_runs);
        _figures = figures;
        return figures;
    }

    /// <summary>A run of readings: <see cref="Count"/> of <see cref="Duration"/> seconds, one after the other from <see cref="Start"/>.</summary>
    private readonly record struct Run(long Start, long Duration, long Count)
    {
        public long End => Start + (Duration * Count);
    }

    private readonly record struct Figures(long Duplicates, long Overlaps, long Gaps, long MissingSeconds);
}
