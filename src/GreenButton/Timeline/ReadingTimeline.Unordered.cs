namespace GreenButton;

public sealed partial class ReadingTimeline
{
    /// <summary>
    /// The figures from the runs, for readings added out of start order or instantaneous ones whose period comes from
    /// their spacing. Runs sorted by start that do not interleave are measured run by run; interleaving ones (rare:
    /// overlapping blocks) reading by reading, as sorted readings.
    /// </summary>
    private Figures MeasureRuns()
    {
        var runs = _runs.ToArray();
        Array.Sort(runs, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.LastStart.CompareTo(b.LastStart));
        var interleaved = false;
        var latest = long.MinValue;
        foreach (var run in runs)
        {
            if (run.Start < latest || run.Step < 0)
            {
                interleaved = true;
                break;
            }
            latest = Math.Max(latest, run.LastStart);
        }
        var period = _knownPeriod ?? (_instants == 0 ? 0 : InferPeriod(runs, interleaved));
        var sequence = new Sequence(Options.Tolerance);
        if (!interleaved)
        {
            foreach (var run in runs)
            {
                sequence.Add(run.Start, run.Step, run.Duration == 0 ? period : run.Duration, run.Count);
            }
            return sequence.Figures(period);
        }
        var (starts, ends) = Expand(runs, period, instantsOnly: false);
        for (var i = 0; i < starts.Length; i++)
        {
            sequence.Step(starts[i], ends[i] - starts[i]);
        }
        return sequence.Figures(period);
    }

    /// <summary>The smallest spacing between consecutive instantaneous readings (in start order); 0 without any.</summary>
    private static long InferPeriod(Run[] runs, bool interleaved)
    {
        var smallest = long.MaxValue;
        if (interleaved)
        {
            var (starts, _) = Expand(runs, 0, instantsOnly: true);
            for (var i = 1; i < starts.Length; i++)
            {
                Consider(starts[i] - starts[i - 1]);
            }
        }
        else
        {
            var previous = long.MinValue;
            foreach (var run in runs)
            {
                if (run.Duration != 0)
                {
                    continue;
                }
                if (previous != long.MinValue)
                {
                    Consider(run.Start - previous);
                }
                if (run.Count > 1)
                {
                    Consider(run.Step);
                }
                previous = run.LastStart;
            }
        }
        return smallest == long.MaxValue ? 0 : smallest;

        void Consider(long spacing)
        {
            if (spacing > 0)
            {
                smallest = Math.Min(smallest, spacing);
            }
        }
    }

    /// <summary>
    /// The smallest positive spacing between consecutive instantaneous readings of <paramref name="sorted"/> (in start
    /// order), the period they stand for when nothing else gives it (as <see cref="InstantPeriod"/>); 0 without any.
    /// </summary>
    internal static long InferPeriod(ReadOnlySpan<IntervalReading> sorted)
    {
        var smallest = long.MaxValue;
        var previous = long.MinValue;
        foreach (ref readonly var reading in sorted)
        {
            if (reading.DurationSeconds != 0)
            {
                continue;
            }
            if (previous != long.MinValue && reading.StartSeconds > previous)
            {
                smallest = Math.Min(smallest, reading.StartSeconds - previous);
            }
            previous = reading.StartSeconds;
        }
        return smallest == long.MaxValue ? 0 : smallest;
    }

    /// <summary>Every reading of the runs (or only the instantaneous ones), sorted by start; ends by the period for instants.</summary>
    private static (long[] Starts, long[] Ends) Expand(Run[] runs, long period, bool instantsOnly)
    {
        long count = 0;
        foreach (var run in runs)
        {
            count += !instantsOnly || run.Duration == 0 ? run.Count : 0;
        }
        var starts = new long[count];
        var ends = new long[count];
        long i = 0;
        foreach (var run in runs)
        {
            if (instantsOnly && run.Duration != 0)
            {
                continue;
            }
            var duration = run.Duration == 0 ? period : run.Duration;
            for (long k = 0; k < run.Count; k++)
            {
                starts[i] = run.Start + (run.Step * k);
                ends[i++] = starts[i - 1] + duration;
            }
        }
        Array.Sort(starts, ends);
        return (starts, ends);
    }
}
