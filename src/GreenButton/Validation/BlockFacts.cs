namespace GreenButton;

/// <summary>
/// What the rules and quirk checks need from one IntervalBlock's readings, gathered as the block streams past so that the
/// readings themselves need not be kept: a 1 GB feed validates in memory bounded by its blocks, not its readings.
/// </summary>
internal sealed class BlockFacts
{
    private const int MaxKept = 16;

    public int Count { get; private set; }
    public int MissingTimePeriod { get; private set; }
    public int MissingDuration { get; private set; }
    public int MissingValue { get; private set; }
    public int MissingCost { get; private set; }
    public int MissingQuality { get; private set; }

    /// <summary>Readings that share their start with an earlier reading of the block.</summary>
    public int Duplicates { get; private set; }

    /// <summary>Readings that start inside an earlier reading of the block.</summary>
    public int Overlaps { get; private set; }

    /// <summary>The tolerance of the timeline's rule (its default): how far a start may miss the end before it.</summary>
    public static long Tolerance => default(ReadingTimelineOptions).Tolerance;

    public long MinStart { get; private set; } = long.MaxValue;

    /// <summary>The latest end as written (an instantaneous reading ends where it starts).</summary>
    public long MaxEnd { get; private set; } = long.MinValue;

    /// <summary>The latest end with instantaneous readings lasting <see cref="InstantPeriod"/>: where the block's time ends.</summary>
    public long CoveredEnd { get; private set; } = long.MinValue;

    /// <summary>The latest start.</summary>
    public long LastStart { get; private set; } = long.MinValue;

    /// <summary>Readings of duration 0 (instantaneous samples).</summary>
    public int Instants { get; private set; }

    /// <summary>The smallest spacing between the block's instantaneous readings (the period they stood for here); 0 without.</summary>
    public long InstantPeriod { get; private set; }

    /// <summary>Sum of the raw values.</summary>
    public Int128 Sum { get; private set; }

    /// <summary>The first gaps inside the block (the end of the readings before to the next one's start, beyond the tolerance).</summary>
    public List<(long Start, long Length)> Gaps { get; } = [];
    public int GapCount { get; private set; }

    /// <summary>The first starts that repeat an earlier reading's (for the autumn DST check).</summary>
    public List<long> DuplicateStarts { get; } = [];

    /// <summary>Raw values summed per clock hour (by reading start), from <see cref="FirstHour"/>.</summary>
    public long[] HourSums { get; private set; } = [];
    public long FirstHour { get; private set; }

    public static BlockFacts Of(ReadOnlySpan<IntervalReading> readings)
    {
        var facts = new BlockFacts { Count = readings.Length };
        if (readings.Length == 0)
        {
            return facts;
        }
        var ordered = true;
        var previous = long.MinValue;
        long minHour = long.MaxValue, maxHour = long.MinValue;
        foreach (ref readonly var reading in readings)
        {
            facts.MissingTimePeriod += reading.HasTimePeriod ? 0 : 1;
            facts.MissingDuration += reading.HasTimePeriod && reading.DurationSeconds > 0 ? 0 : 1;
            facts.MissingValue += reading.HasValue ? 0 : 1;
            facts.MissingCost += reading.Cost.HasValue ? 0 : 1;
            facts.MissingQuality += reading.Qualities.Count > 0 ? 0 : 1;
            facts.MinStart = Math.Min(facts.MinStart, reading.StartSeconds);
            facts.MaxEnd = Math.Max(facts.MaxEnd, reading.EndSeconds);
            facts.Sum += reading.Value;
            ordered &= reading.StartSeconds >= previous;
            previous = reading.StartSeconds;
            var hour = Math.DivRem(reading.StartSeconds, 3600, out var rem) - (rem < 0 ? 1 : 0);
            minHour = Math.Min(minHour, hour);
            maxHour = Math.Max(maxHour, hour);
        }
        var span = maxHour - minHour + 1;
        if (span <= 24 * 366 * 2)
        {
            facts.FirstHour = minHour;
            facts.HourSums = new long[span];
            foreach (ref readonly var reading in readings)
            {
                var hour = Math.DivRem(reading.StartSeconds, 3600, out var rem) - (rem < 0 ? 1 : 0);
                facts.HourSums[hour - minHour] += reading.Value;
            }
        }
        if (ordered)
        {
            facts.Sequence(readings);
        }
        else
        {
            var sorted = readings.ToArray();
            Array.Sort(sorted, static (a, b) => a.StartSeconds.CompareTo(b.StartSeconds));
            facts.Sequence(sorted);
        }
        return facts;
    }

    /// <summary>
    /// Duplicates, overlaps and gaps over readings in start order, by the timeline's rule (<see cref="ReadingTimeline"/>:
    /// the default tolerance; instantaneous readings standing for the block's smallest spacing between them).
    /// </summary>
    private void Sequence(ReadOnlySpan<IntervalReading> readings)
    {
        InstantPeriod = ReadingTimeline.InferPeriod(readings);
        var sequence = new ReadingTimeline.Sequence(Tolerance, MaxKept);
        foreach (ref readonly var reading in readings)
        {
            var duration = reading.DurationSeconds;
            if (duration == 0)
            {
                Instants++;
                duration = InstantPeriod;
            }
            sequence.Step(reading.StartSeconds, duration);
        }
        Duplicates = (int)sequence.Duplicates;
        Overlaps = (int)sequence.Overlaps;
        GapCount = (int)sequence.Gaps;
        Gaps.AddRange(sequence.FirstGaps);
        DuplicateStarts.AddRange(sequence.FirstDuplicateStarts);
        CoveredEnd = sequence.MaxEnd;
        LastStart = readings[^1].StartSeconds;
    }

    /// <summary>The raw sum of the readings that start in the hours [<paramref name="fromHour"/>, <paramref name="toHour"/>).</summary>
    public long SumHours(long fromHour, long toHour)
    {
        long sum = 0;
        var from = Math.Max(fromHour, FirstHour);
        var to = Math.Min(toHour, FirstHour + HourSums.Length);
        for (var hour = from; hour < to; hour++)
        {
            sum += HourSums[hour - FirstHour];
        }
        return sum;
    }
}
