namespace GreenButton;

/// <summary>
/// Quirks: what the reader and the link resolver noticed (their <see cref="DiagnosticCodes"/>), and what only the whole
/// series shows: duplicates, overlaps and gaps between readings, DST-shifted local time, summaries that disagree with readings.
/// </summary>
internal static partial class QuirkChecks
{
    /// <summary>Diagnostics that describe the file's form, not doubtful data: reported as info.</summary>
    private static readonly HashSet<string> s_informative = new(StringComparer.Ordinal)
    {
        DiagnosticCodes.UnknownElement, DiagnosticCodes.StrayText, DiagnosticCodes.RelativeHref, DiagnosticCodes.AttachedByHierarchy,
        DiagnosticCodes.DanglingLink, DiagnosticCodes.EntryWithoutLinks, DiagnosticCodes.MissingTimePeriod,
    };

    public static void Check(RuleContext context, IEnumerable<GreenButtonDiagnostic> diagnostics)
    {
        var entriesById = new Dictionary<string, AtomEntry>(StringComparer.Ordinal);
        foreach (var entry in context.Document.Entries)
        {
            if (entry.Id is { } id)
            {
                entriesById.TryAdd(id, entry);
            }
        }
        foreach (var diagnostic in diagnostics)
        {
            var severity = diagnostic.Severity == DiagnosticSeverity.Error ? DiagnosticSeverity.Error
                : s_informative.Contains(diagnostic.Code) ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;
            var message = context.Sink.Redact && diagnostic.Code == DiagnosticCodes.RelativeHref
                ? "Relative hrefs were resolved against the feed's base (or compared as written)."
                : diagnostic.Message;
            var path = diagnostic.EntryId is { } id && entriesById.TryGetValue(id, out var entry) ? context.PathOf(entry) : null;
            context.Quirk(diagnostic.Code, severity, message, diagnostic.Line, diagnostic.Column, path, diagnostic.EntryId, diagnostic.Count);
        }
        foreach (var meterReading in context.Document.MeterReadings)
        {
            Series(context, meterReading);
        }
        foreach (var summary in context.Document.UsageSummaries)
        {
            SummaryAgainstReadings(context, summary);
        }
    }

    /// <summary>Duplicates, overlaps and gaps within and between the blocks of one MeterReading, and DST-shifted time.</summary>
    private static void Series(RuleContext context, MeterReading meterReading)
    {
        var blocks = meterReading.IntervalBlocks.Select(b => (Block: b, Facts: context.Facts(b))).Where(t => t.Facts.Count > 0)
            .OrderBy(t => t.Facts.MinStart).ToList();
        if (blocks.Count == 0)
        {
            return;
        }
        int duplicates = 0, overlaps = 0, gapCount = 0;
        var gaps = new List<(long Start, long Length)>();
        var duplicateStarts = new List<long>();
        // Blocks meet by the timeline's rule too: the first reading of a block against the end of those before. A block
        // whose instantaneous readings had no spacing to go by (one sample) ends by the MeterReading's period.
        var period = InstantPeriod(meterReading, blocks.ConvertAll(t => t.Facts));
        var maxEnd = long.MinValue;
        var previousStart = long.MinValue;
        foreach (var (_, facts) in blocks)
        {
            duplicates += facts.Duplicates;
            overlaps += facts.Overlaps;
            gapCount += facts.GapCount;
            gaps.AddRange(facts.Gaps);
            duplicateStarts.AddRange(facts.DuplicateStarts);
            if (maxEnd != long.MinValue)
            {
                switch (ReadingTimeline.Follow(facts.MinStart, previousStart, maxEnd, BlockFacts.Tolerance))
                {
                    case ReadingTimeline.Contiguity.Duplicate:
                    case ReadingTimeline.Contiguity.Overlap:
                        // Blocks that overlap: their readings share time (the same start when the blocks start alike).
                        overlaps++;
                        duplicateStarts.Add(facts.MinStart);
                        break;
                    case ReadingTimeline.Contiguity.Gap:
                        gapCount++;
                        gaps.Add((maxEnd, facts.MinStart - maxEnd));
                        break;
                }
            }
            maxEnd = Math.Max(maxEnd, facts.Instants > 0 && facts.InstantPeriod == 0 ? facts.LastStart + period : facts.CoveredEnd);
            previousStart = facts.MinStart;
        }
        var path = context.PathOf(meterReading);
        if (duplicates > 0)
        {
            context.Quirk(DiagnosticCodes.DuplicateReading, DiagnosticSeverity.Warning,
                "IntervalReadings of one MeterReading share a start time (duplicates).", meterReading.Line, meterReading.Column, path, meterReading.Entry?.Id, duplicates);
        }
        if (overlaps > 0)
        {
            context.Quirk(DiagnosticCodes.OverlappingReading, DiagnosticSeverity.Warning,
                "IntervalReadings of one MeterReading overlap in time.", meterReading.Line, meterReading.Column, path, meterReading.Entry?.Id, overlaps);
        }
        if (gapCount > 0)
        {
            gaps.Sort();
            var (start, length) = gaps[0];
            context.Quirk(ValidationCodes.ReadingGap, DiagnosticSeverity.Warning,
                $"The readings of the MeterReading leave {Gaps(gapCount)} uncovered; the first from {context.Sink.Time(start)} for {length} s.",
                meterReading.Line, meterReading.Column, path, meterReading.Entry?.Id, gapCount);
        }
        if (meterReading.UsagePoint?.LocalTimeParameters is { HasDaylightSavingTime: true } time)
        {
            DstShift(context, meterReading, time, gaps, duplicateStarts, path);
        }
    }

    /// <summary>
    /// The period instantaneous readings stand for across the MeterReading's blocks, as <see cref="ReadingTimeline.InstantPeriod"/>
    /// gives it: the interval length, else the smallest spacing (within a block or from one block to the next); 0 without.
    /// </summary>
    private static long InstantPeriod(MeterReading meterReading, List<BlockFacts> blocks)
    {
        if (ReadingTimeline.KnownInstantPeriod(meterReading.ReadingType?.IntervalLength, default) is { } known)
        {
            return known;
        }
        var smallest = long.MaxValue;
        var previous = long.MinValue;
        foreach (var facts in blocks.Where(f => f.Instants > 0))
        {
            if (facts.InstantPeriod > 0)
            {
                smallest = Math.Min(smallest, facts.InstantPeriod);
            }
            if (previous != long.MinValue && facts.MinStart > previous)
            {
                smallest = Math.Min(smallest, facts.MinStart - previous);
            }
            previous = facts.LastStart;
        }
        return smallest == long.MaxValue ? 0 : smallest;
    }

    private static string Gaps(int count) => count == 1 ? "1 gap" : $"{count} gaps";

    /// <summary>
    /// Local wall-clock time written as UTC shows as a gap of dstOffset exactly where the spring change falls in wall time
    /// (the skipped hour) and as repeated starts in the hour the autumn change repeats.
    /// </summary>
    private static void DstShift(RuleContext context, MeterReading meterReading, LocalTimeParameters time,
        List<(long Start, long Length)> gaps, List<long> duplicateStarts, string path)
    {
        var dst = time.DstOffsetSeconds;
        var springs = 0;
        foreach (var (start, length) in gaps)
        {
            if (length == dst && time.DstStartRule.LocalTransition(Year(start)) is { } wall && WallSeconds(wall) == start)
            {
                springs++;
            }
        }
        var autumns = 0;
        foreach (var start in duplicateStarts)
        {
            if (time.DstEndRule.LocalTransition(Year(start)) is { } wall && start >= WallSeconds(wall) - dst && start < WallSeconds(wall))
            {
                autumns++;
            }
        }
        if (springs + autumns > 0)
        {
            context.Quirk(ValidationCodes.DstShifted, DiagnosticSeverity.Warning,
                $"The readings look like local wall-clock time written as UTC: {springs} spring DST change(s) leave a {dst} s gap and {autumns} autumn change(s) repeat starts, where UTC data runs on.",
                meterReading.Line, meterReading.Column, path, meterReading.Entry?.Id, springs + autumns);
        }
    }

    private static int Year(long unixSeconds) => EspiTime.FromUnixSeconds(unixSeconds).Year;

    /// <summary>A wall-clock time as the Unix seconds it would be if written as UTC.</summary>
    private static long WallSeconds(DateTime wall) => (long)(wall - DateTime.UnixEpoch).TotalSeconds;
}
