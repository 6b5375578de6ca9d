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

    public long MinStart { get; private set; } = long.MaxValue;
    public long MaxEnd { get; private set; } = long.MinValue;

    /// <summary>Sum of the raw values.</summary>
    public Int128 Sum { get; private set; }

    /// <summary>The first gaps inside the block (a reading's end to the next one's start, in start order).</summary>
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

    /// <summary>Counts duplicates, overlaps and gaps over readings in start order.</summary>
    private void Sequence(ReadOnlySpan<IntervalReading> readings)
    {
        var maxEnd = readings[0].EndSeconds;
        for (var i = 1; i < readings.Length; i++)
        {
            var start = readings[i].StartSeconds;
            if (start == readings[i - 1].StartSeconds)
            {
                Duplicates++;
                if (DuplicateStarts.Count < MaxKept)
                {
                    DuplicateStarts.Add(start);
                }
            }
            else if (start < maxEnd)
            {
                Overlaps++;
            }
            else if (start > maxEnd)
            {
                GapCount++;
                if (Gaps.Count < MaxKept)
                {
                    Gaps.Add((maxEnd, start - maxEnd));
                }
            }
            maxEnd = Math.Max(maxEnd, readings[i].EndSeconds);
        }
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
