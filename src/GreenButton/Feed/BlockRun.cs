namespace GreenButton;

/// <summary>
/// A run of one block's readings as the parser gave them: <see cref="Count"/> of <see cref="Duration"/> seconds, one
/// after the other from <see cref="Start"/>; <see cref="Untimed"/> runs had no timePeriod and are placed again once the
/// series' interval length is known (<see cref="Place"/>), exactly as <see cref="ReadingTimeline.Place"/> places readings.
/// </summary>
internal readonly record struct BlockRun(long Start, long Duration, long Count, bool Untimed)
{
    public long End => Start + (Duration * Count);

    /// <summary>
    /// A block's runs: readings that follow one another with the same duration and timing share one; the current run kept
    /// in locals. An exact-size array (the feed holds one per block until its runs are placed): one run in most blocks.
    /// </summary>
    public static BlockRun[] Of(ReadOnlySpan<IntervalReading> readings)
    {
        if (readings.IsEmpty)
        {
            return [];
        }
        List<BlockRun>? runs = null;
        var start = readings[0].StartSeconds;
        var duration = readings[0].DurationSeconds;
        var untimed = !readings[0].HasTimePeriod;
        long count = 1;
        for (var i = 1; i < readings.Length; i++)
        {
            ref readonly var reading = ref readings[i];
            if (untimed != reading.HasTimePeriod && duration == reading.DurationSeconds && start + (duration * count) == reading.StartSeconds
                && (duration != 0 || start == reading.StartSeconds))
            {
                count++;
                continue;
            }
            (runs ??= []).Add(new BlockRun(start, duration, count, untimed));
            (start, duration, untimed, count) = (reading.StartSeconds, reading.DurationSeconds, !reading.HasTimePeriod, 1);
        }
        var last = new BlockRun(start, duration, count, untimed);
        if (runs is null)
        {
            return [last];
        }
        runs.Add(last);
        return [.. runs];
    }

    /// <summary>Puts a block's runs on <paramref name="timeline"/>, the untimed ones placed for <paramref name="intervalLength"/>.</summary>
    public static void Place(BlockRun[] runs, DateTimeInterval? block, long? intervalLength, ReadingTimeline timeline)
    {
        long end = 0, duration = 0;
        for (var i = 0; i < runs.Length; i++)
        {
            var run = runs[i];
            if (run.Untimed)
            {
                // Each untimed reading follows the one before; all of a run get the first one's duration.
                var (start, length) = ReadingTimeline.PlaceUntimed(block, i > 0, end, duration, intervalLength);
                run = new BlockRun(start, length, run.Count, false);
            }
            timeline.Add(run.Start, run.Duration, run.Count, block);
            end = run.Start + (run.Duration * run.Count);
            duration = run.Duration;
        }
    }
}
