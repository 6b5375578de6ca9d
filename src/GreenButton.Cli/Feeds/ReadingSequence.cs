namespace GreenButton.Cli.Feeds;

/// <summary>
/// The time extent of one meter reading's readings and what breaks it: gaps (missing time between consecutive
/// readings), duplicates (readings sharing a start) and overlaps (a reading starting before the previous ones ended),
/// counted as the core's <see cref="DiagnosticCodes.DuplicateReading"/> and <see cref="DiagnosticCodes.OverlappingReading"/> are.
/// </summary>
internal sealed record ReadingSequence
{
    public static ReadingSequence Empty { get; } = new();

    public long? FirstStart { get; init; }

    public long? LastEnd { get; init; }

    /// <summary>Holes between consecutive readings.</summary>
    public long Gaps { get; init; }

    /// <summary>Seconds missing in those holes.</summary>
    public long MissingSeconds { get; init; }

    /// <summary>Intervals of the ReadingType's intervalLength missing in those holes (null without an intervalLength).</summary>
    public long? MissingIntervals { get; init; }

    public long Duplicates { get; init; }

    public long Overlaps { get; init; }

    public static ReadingSequence Of(MeterReadingNode meterReading)
    {
        var length = meterReading.ReadingType?.IntervalLength;
        var runs = new List<ReadingRun>();
        foreach (var block in meterReading.Blocks)
        {
            runs.AddRange(block.Stats.Placed(block.Interval, length).Where(r => r.Count > 0));
        }
        if (runs.Count == 0)
        {
            return Empty;
        }
        runs.Sort((a, b) => a.Start.CompareTo(b.Start));
        var first = runs[0].Start;
        var last = runs.Max(r => r.End);
        var intertwined = false;
        var maxEnd = long.MinValue;
        foreach (var run in runs)
        {
            if (run.Start < maxEnd || (run.Duration <= 0 && run.Count > 1))
            {
                intertwined = true;
                break;
            }
            maxEnd = Math.Max(maxEnd, run.End);
        }
        return intertwined ? OfReadings(runs, first, last, length) : OfRuns(runs, first, last, length);
    }

    /// <summary>Whether the readings come in non-decreasing start order in the document.</summary>
    public static bool InDocumentOrder(MeterReadingNode meterReading)
    {
        var length = meterReading.ReadingType?.IntervalLength;
        var previous = long.MinValue;
        foreach (var block in meterReading.Blocks.OrderBy(b => b.Sequence))
        {
            foreach (var run in block.Stats.Placed(block.Interval, length))
            {
                if (run.Start < previous || run.Duration < 0)
                {
                    return false;
                }
                previous = run.Start + (run.Duration * Math.Max(0, run.Count - 1));
            }
        }
        return true;
    }

    private static ReadingSequence OfRuns(List<ReadingRun> runs, long first, long last, long? length)
    {
        long gaps = 0, missing = 0;
        var end = runs[0].End;
        for (var i = 1; i < runs.Count; i++)
        {
            if (runs[i].Start > end)
            {
                gaps++;
                missing += runs[i].Start - end;
            }
            end = Math.Max(end, runs[i].End);
        }
        return new ReadingSequence { FirstStart = first, LastEnd = last, Gaps = gaps, MissingSeconds = missing, MissingIntervals = length is > 0 ? missing / length : null };
    }

    /// <summary>Runs that overlap: reading by reading, as the core checks the sequence.</summary>
    private static ReadingSequence OfReadings(List<ReadingRun> runs, long first, long last, long? length)
    {
        var count = runs.Sum(r => (long)r.Count);
        var spans = new (long Start, long End)[count];
        var i = 0;
        foreach (var run in runs)
        {
            for (var k = 0; k < run.Count; k++)
            {
                var start = run.Start + (run.Duration * k);
                spans[i++] = (start, start + run.Duration);
            }
        }
        Array.Sort(spans, (a, b) => a.Start.CompareTo(b.Start));
        long gaps = 0, missing = 0, duplicates = 0, overlaps = 0;
        var maxEnd = spans[0].End;
        for (i = 1; i < spans.Length; i++)
        {
            var (start, end) = spans[i];
            if (start == spans[i - 1].Start)
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
            maxEnd = Math.Max(maxEnd, end);
        }
        return new ReadingSequence
        {
            FirstStart = first, LastEnd = last, Gaps = gaps, MissingSeconds = missing, MissingIntervals = length is > 0 ? missing / length : null,
            Duplicates = duplicates, Overlaps = overlaps,
        };
    }
}
