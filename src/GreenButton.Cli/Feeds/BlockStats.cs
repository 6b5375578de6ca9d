namespace GreenButton.Cli.Feeds;

/// <summary>
/// A run of readings of one block: <see cref="Count"/> readings of <see cref="Duration"/> seconds, one after the other
/// from <see cref="Start"/>. <see cref="Untimed"/> runs had no timePeriod: the document places them from the block start.
/// </summary>
internal readonly record struct ReadingRun(long Start, long Duration, int Count, bool Untimed)
{
    public long End => Start + (Duration * Count);
}

/// <summary>What the summary needs of a block's readings, in a few dozen bytes however many readings it holds.</summary>
internal sealed class BlockStats
{
    public int Count { get; private set; }

    public long SumRaw { get; private set; }

    public long MinRaw { get; private set; } = long.MaxValue;

    public long MaxRaw { get; private set; } = long.MinValue;

    public long SumCost { get; private set; }

    public int CostCount { get; private set; }

    public int QualityCount { get; private set; }

    /// <summary>Reading counts by ReadingQuality code (a reading with several codes counts under each).</summary>
    public Dictionary<int, long>? Qualities { get; private set; }

    public List<ReadingRun> Runs { get; } = [];

    public static BlockStats Of(IntervalBlock block)
    {
        var stats = new BlockStats();
        foreach (var reading in block.Readings)
        {
            stats.Add(reading);
        }
        return stats;
    }

    private void Add(in IntervalReading reading)
    {
        Count++;
        SumRaw += reading.Value;
        MinRaw = Math.Min(MinRaw, reading.Value);
        MaxRaw = Math.Max(MaxRaw, reading.Value);
        if (reading.Cost is { } cost)
        {
            SumCost += cost;
            CostCount++;
        }
        var qualities = reading.Qualities;
        if (qualities.Count > 0)
        {
            Qualities ??= [];
            foreach (var quality in qualities)
            {
                QualityCount++;
                var code = (int)quality.Quality;
                Qualities[code] = Qualities.GetValueOrDefault(code) + 1;
            }
        }
        var untimed = !reading.HasTimePeriod;
        if (Runs.Count > 0)
        {
            var last = Runs[^1];
            if (last.Untimed == untimed && last.Duration == reading.DurationSeconds && last.End == reading.StartSeconds
                && (last.Duration != 0 || last.Start == reading.StartSeconds) && last.Count < int.MaxValue)
            {
                Runs[^1] = last with { Count = last.Count + 1 };
                return;
            }
        }
        Runs.Add(new ReadingRun(reading.StartSeconds, reading.DurationSeconds, 1, untimed));
    }

    /// <summary>
    /// The block's runs as the document places them: untimed readings follow one another from the block start,
    /// <paramref name="intervalLength"/> apart, when both are known (as <see cref="GreenButtonDocument"/> does).
    /// </summary>
    public IEnumerable<ReadingRun> Placed(DateTimeInterval? interval, long? intervalLength)
    {
        var place = intervalLength is > 0 && interval is { HasStart: true } && Runs.Exists(r => r.Untimed);
        if (!place)
        {
            foreach (var run in Runs)
            {
                yield return run;
            }
            yield break;
        }
        var cursor = interval!.Value.StartSeconds;
        foreach (var run in Runs)
        {
            var placed = run.Untimed ? new ReadingRun(cursor, intervalLength!.Value, run.Count, false) : run;
            cursor = placed.Count > 0 ? placed.End : cursor;
            yield return placed;
        }
    }
}
