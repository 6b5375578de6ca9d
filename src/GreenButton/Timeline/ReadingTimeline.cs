namespace GreenButton;

/// <summary>
/// The readings of one meter reading on the time line, and the one rule set every reading path shares
/// (<see cref="GreenButtonDocument"/>, <see cref="GreenButtonFeed"/>, the CLI): where readings written without a
/// <c>timePeriod</c> go (<see cref="PlaceUntimed(DateTimeInterval?, bool, long, long, long?)"/>), and what breaks the
/// sequence: duplicates (a reading starting when an earlier one did), overlaps (a reading starting before the earlier
/// ones ended), gaps (time missing between consecutive readings) and readings outside their IntervalBlock's interval.
/// </summary>
/// <remarks>
/// <para>
/// A reading's start within <see cref="ReadingTimelineOptions.ToleranceSeconds"/> (1 s by default) of the end of the
/// readings before it follows them: 899 s readings every 900 s have no gaps. A reading of duration 0 is an
/// instantaneous sample standing for <see cref="InstantPeriod"/> seconds (the interval length, else its spacing):
/// one-minute samples have no gaps, and a missing one is a gap of a minute.
/// </para>
/// <para>
/// Readings may be added in any order; the figures do not depend on it. Readings of one duration at a constant spacing
/// are kept as one run, so memory grows with the breaks in the sequence, not with the readings: a year of 15-minute
/// readings without a hole is one run.
/// </para>
/// </remarks>
public sealed partial class ReadingTimeline
{
    private readonly List<Run> _runs = [];
    private readonly long? _knownPeriod;
    private long _count;
    private long _instants;
    private long _outsideBlock;

    // The sequence measured as readings arrive, valid while they arrive in start order (nearly always) and the period of
    // instantaneous readings is known.
    private readonly Sequence _streamed;
    private bool _inOrder = true;
    private bool _periodUnknown;
    private long _latestStart = long.MinValue;
    private long _firstStart = long.MaxValue;
    private long _lastEnd = long.MinValue;

    private Figures? _figures;

    /// <summary>A timeline for readings of the given period (the ReadingType's <c>intervalLength</c>, in seconds).</summary>
    public ReadingTimeline(long? intervalLength = null)
        : this(intervalLength, default)
    {
    }

    /// <summary>A timeline for readings of the given period, measured as <paramref name="options"/> say.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative tolerance, or an instant period not positive.</exception>
    public ReadingTimeline(long? intervalLength, ReadingTimelineOptions options)
    {
        options.Validate();
        IntervalLength = intervalLength;
        Options = options;
        _knownPeriod = KnownInstantPeriod(intervalLength, options);
        _streamed = new Sequence(options.Tolerance);
    }

    /// <summary>The ReadingType's <c>intervalLength</c> in seconds: the period of untimed readings and the unit of <see cref="MissingIntervals"/>.</summary>
    public long? IntervalLength { get; }

    /// <summary>How readings are taken to follow each other (tolerance, period of instantaneous readings).</summary>
    public ReadingTimelineOptions Options { get; }

    /// <summary>Readings added.</summary>
    public long Count => _count;

    /// <summary>Readings of duration 0 (instantaneous samples), placed by <see cref="InstantPeriod"/>.</summary>
    public long InstantaneousReadings => _instants;

    /// <summary>
    /// The seconds an instantaneous reading stands for: <see cref="ReadingTimelineOptions.InstantPeriodSeconds"/>, else
    /// the <see cref="IntervalLength"/>, else the smallest spacing between consecutive instantaneous readings; null
    /// without instantaneous readings, 0 when they have no spacing to go by (one sample, or all at one start).
    /// </summary>
    public long? InstantPeriod => _instants == 0 ? null : _knownPeriod ?? Measure().InstantPeriod;

    /// <summary>Whether the readings were added in non-decreasing order of start (document order, when added as read).</summary>
    public bool InStartOrder => _inOrder;

    /// <summary>The earliest start, Unix seconds; null without readings.</summary>
    public long? FirstStart => _count == 0 ? null : _firstStart;

    /// <summary>The latest end as written (an instantaneous reading ends where it starts), Unix seconds; null without readings.</summary>
    public long? LastEnd => _count == 0 ? null : _lastEnd;

    /// <summary>Readings starting at the same second as an earlier one (in start order): all are kept.</summary>
    public long Duplicates => Measure().Duplicates;

    /// <summary>Readings starting more than the tolerance before the earlier ones (any of them) ended: all are kept.</summary>
    public long Overlaps => Measure().Overlaps;

    /// <summary>Holes of more than the tolerance between consecutive readings (in start order).</summary>
    public long Gaps => Measure().Gaps;

    /// <summary>Seconds missing in the <see cref="Gaps"/>.</summary>
    public long MissingSeconds => Measure().MissingSeconds;

    /// <summary>Whole intervals of <see cref="IntervalLength"/> missing in the gaps; null without an interval length.</summary>
    public long? MissingIntervals => IntervalLength is > 0 and var length ? MissingSeconds / length : null;

    /// <summary>The runs kept (for tests: memory grows with them).</summary>
    internal int RunCount => _runs.Count;

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
        // Consecutive readings of one duration at one spacing go in as one run.
        long start = readings[0].StartSeconds, duration = readings[0].DurationSeconds, step = 0, count = 1;
        for (var i = 1; i < readings.Length; i++)
        {
            ref readonly var reading = ref readings[i];
            if (reading.DurationSeconds == duration)
            {
                var spacing = reading.StartSeconds - start - (step * (count - 1));
                if (count == 1 && spacing >= 0)
                {
                    (step, count) = (spacing, 2);
                    continue;
                }
                if (spacing == step)
                {
                    count++;
                    continue;
                }
            }
            AddRun(start, step, duration, count, block.Interval);
            (start, duration, step, count) = (reading.StartSeconds, reading.DurationSeconds, 0, 1);
        }
        AddRun(start, step, duration, count, block.Interval);
    }

    /// <summary>
    /// Adds <paramref name="count"/> readings of <paramref name="durationSeconds"/> each, one after the other from
    /// <paramref name="startSeconds"/> (a run; duration 0: all at the same start).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public void Add(long startSeconds, long durationSeconds, long count = 1, DateTimeInterval? block = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        AddRun(startSeconds, durationSeconds, durationSeconds, count, block);
    }

    /// <summary>Adds every reading of another timeline (the same meter reading read in parts).</summary>
    public void Add(ReadingTimeline other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var run in other._runs)
        {
            AddRun(run.Start, run.Step, run.Duration, run.Count, null);
        }
        _outsideBlock += other._outsideBlock;
    }

    /// <summary>The same readings measured as <paramref name="options"/> say (the interval length and block counts kept).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative tolerance, or an instant period not positive.</exception>
    public ReadingTimeline WithOptions(ReadingTimelineOptions options)
    {
        var timeline = new ReadingTimeline(IntervalLength, options);
        timeline.Add(this);
        return timeline;
    }

    /// <summary>The timeline of a document's meter reading: its readings as the document placed them.</summary>
    public static ReadingTimeline Of(MeterReading meterReading) => Of(meterReading, default);

    /// <summary>The timeline of a document's meter reading, measured as <paramref name="options"/> say.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative tolerance, or an instant period not positive.</exception>
    public static ReadingTimeline Of(MeterReading meterReading, ReadingTimelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(meterReading);
        var timeline = new ReadingTimeline(meterReading.ReadingType?.IntervalLength, options);
        foreach (var block in meterReading.IntervalBlocks)
        {
            timeline.Add(block);
        }
        return timeline;
    }

    /// <inheritdoc/>
    public override string ToString()
        => $"{Count} readings, {Gaps} gaps ({MissingSeconds} s), {Duplicates} duplicates, {Overlaps} overlaps, {OutsideBlock} outside their block";

    /// <summary>Adds a run: <paramref name="count"/> readings of <paramref name="duration"/>, <paramref name="step"/> apart.</summary>
    private void AddRun(long start, long step, long duration, long count, DateTimeInterval? block)
    {
        if (count == 0)
        {
            return;
        }
        _figures = null;
        _count += count;
        if (duration == 0)
        {
            _instants += count;
        }
        var lastStart = start + (step * (count - 1));
        var (low, high) = (Math.Min(start, lastStart), Math.Max(start, lastStart));
        _firstStart = Math.Min(_firstStart, low);
        _lastEnd = Math.Max(_lastEnd, high + duration);
        if (block is { HasStart: true, HasDuration: true } interval)
        {
            _outsideBlock += count - Inside(start, step, duration, count, interval.StartSeconds, interval.EndSeconds);
        }
        Append(start, step, duration, count);
        if (!_inOrder)
        {
            return;
        }
        if (low < _latestStart || step < 0 || duration < 0)
        {
            _inOrder = false;
            return;
        }
        _latestStart = high;
        if (duration == 0 && _knownPeriod is null)
        {
            // The period comes from the spacing, known once every reading is in: measured from the runs.
            _periodUnknown = true;
        }
        if (!_periodUnknown)
        {
            _streamed.Add(start, step, duration == 0 ? _knownPeriod!.Value : duration, count);
        }
    }

    /// <summary>How many of a run's readings lie wholly within [<paramref name="from"/>, <paramref name="to"/>].</summary>
    private static long Inside(long start, long step, long duration, long count, long from, long to)
    {
        if (step <= 0 || duration < 0)
        {
            // All at one start (or out of order: one reading at a time).
            var end = start + duration;
            return start >= from && start <= to && end >= from && end <= to ? count : 0;
        }
        // Reading k (0-based) starts at start + step*k: inside when from <= it and it + duration <= to.
        var low = start >= from ? 0 : CeilDiv(from - start, step);
        var high = to - duration - start < 0 ? -1 : (to - duration - start) / step;
        high = Math.Min(high, count - 1);
        return high < low ? 0 : high - low + 1;

        static long CeilDiv(long a, long b) => (a + b - 1) / b;
    }

    /// <summary>Extends the last run when the new readings continue it at its spacing, else starts a run.</summary>
    private void Append(long start, long step, long duration, long count)
    {
        if (_runs.Count > 0)
        {
            var last = _runs[^1];
            var delta = start - last.Start;
            if (last.Duration == duration && delta >= 0 && delta % last.Count == 0)
            {
                var spacing = delta / last.Count;
                if ((last.Count == 1 || last.Step == spacing) && (count == 1 || step == spacing))
                {
                    _runs[^1] = new Run(last.Start, spacing, duration, last.Count + count);
                    return;
                }
            }
        }
        _runs.Add(new Run(start, count == 1 ? 0 : step, duration, count));
    }

    private Figures Measure()
    {
        if (_figures is { } figures)
        {
            return figures;
        }
        figures = _inOrder && !_periodUnknown ? _streamed.Figures(_knownPeriod ?? 0) : MeasureRuns();
        _figures = figures;
        return figures;
    }

    /// <summary>A run of readings: <see cref="Count"/> of <see cref="Duration"/> seconds, <see cref="Step"/> apart from <see cref="Start"/>.</summary>
    private readonly record struct Run(long Start, long Step, long Duration, long Count)
    {
        public long LastStart => Start + (Step * (Count - 1));
    }

    internal readonly record struct Figures(long Duplicates, long Overlaps, long Gaps, long MissingSeconds, long InstantPeriod);
}
