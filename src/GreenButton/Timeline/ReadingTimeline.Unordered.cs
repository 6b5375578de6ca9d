namespace GreenButton;

public sealed partial class ReadingTimeline
{
    /// <summary>
    /// Readings added out of start order: the runs sorted by start. Runs that do not interleave are measured run by run;
    /// interleaving ones (rare: overlapping blocks) reading by reading, as sorted readings.
    /// </summary>
    private static Figures MeasureUnordered(List<Run> unsorted)
    {
        var runs = unsorted.ToArray();
        Array.Sort(runs, static (a, b) => a.Start.CompareTo(b.Start));
        var maxEnd = long.MinValue;
        for (var i = 0; i < runs.Length; i++)
        {
            var run = runs[i];
            // Runs that overlap, share a start (a zero-length one beside another) or repeat one start interleave.
            if (run.Start < maxEnd || (i > 0 && run.Start == runs[i - 1].Start) || (run.Duration <= 0 && run.Count > 1))
            {
                return MeasureReadings(runs);
            }
            maxEnd = Math.Max(maxEnd, run.End);
        }
        long gaps = 0, missing = 0;
        var end = runs[0].End;
        for (var i = 1; i < runs.Length; i++)
        {
            if (runs[i].Start > end)
            {
                gaps++;
                missing += runs[i].Start - end;
            }
            end = Math.Max(end, runs[i].End);
        }
        return new Figures(0, 0, gaps, missing);
    }

    private static Figures MeasureReadings(Run[] runs)
    {
        long count = 0;
        foreach (var run in runs)
        {
            count += run.Count;
        }
        var starts = new long[count];
        var ends = new long[count];
        long i = 0;
        foreach (var run in runs)
        {
            for (long k = 0; k < run.Count; k++)
            {
                starts[i] = run.Start + (run.Duration * k);
                ends[i++] = starts[i - 1] + run.Duration;
            }
        }
        Array.Sort(starts, ends);
        long duplicates = 0, overlaps = 0, gaps = 0, missing = 0;
        var maxEnd = ends[0];
        for (i = 1; i < count; i++)
        {
            var start = starts[i];
            if (start == starts[i - 1])
            {
                duplicates++;
            }
            else if (start < maxEnd)
            {
                overlaps++;
            }
            else if (start > maxEnd)
            {
                gaps++;
                missing += start - maxEnd;
            }
            maxEnd = Math.Max(maxEnd, ends[i]);
        }
        return new Figures(duplicates, overlaps, gaps, missing);
    }
}
