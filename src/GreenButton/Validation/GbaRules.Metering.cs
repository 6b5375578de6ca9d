namespace GreenButton;

internal static partial class GbaRules
{
    /// <summary>FB_04, interval metering: MeterReadings, their ReadingTypes and IntervalBlocks.</summary>
    private static void Metering(RuleContext context)
    {
        var document = context.Document;
        if (context.IsFeed)
        {
            if (document.IntervalBlocks.Count == 0)
            {
                context.FeedRule("D032", "The feed holds no IntervalBlock entry.");
            }
            if (document.MeterReadings.Count == 0)
            {
                context.FeedRule("D027", "The feed holds no MeterReading entry.");
            }
            if (document.ReadingTypes.Count == 0)
            {
                context.FeedRule("D049", "The feed holds no ReadingType entry.");
            }
        }
        IntervalBlocks(context);
        MeterReadings(context);
        ReadingTypes(context);
    }

    private static void IntervalBlocks(RuleContext context)
    {
        var blockEntries = EntriesWith<IntervalBlock>(context);
        foreach (var block in context.Document.IntervalBlocks)
        {
            var facts = context.Facts(block);
            if (block.Interval is not { HasStart: true } interval)
            {
                context.Rule("D039", block, "The IntervalBlock has no interval start.");
            }
            else if (facts.Count > 0 && facts.MinStart != interval.StartSeconds)
            {
                context.Rule("D042", block, $"The IntervalBlock's first reading starts at {context.Sink.Time(facts.MinStart)}, not at the block's start {context.Sink.Time(interval.StartSeconds)}.");
            }
            if (block.Interval is not { HasDuration: true })
            {
                context.Rule("D038", block, "The IntervalBlock has no interval duration.");
            }
            if (facts.Count == 0)
            {
                context.Rule("D046", block, "The IntervalBlock holds no IntervalReading.");
                continue;
            }
            if (facts.MissingDuration > 0)
            {
                context.Rule("D044", block, $"{Count(facts.MissingDuration, "IntervalReading")} of {facts.Count} have no timePeriod duration (or a zero one).");
            }
            if (facts.MissingTimePeriod > 0)
            {
                context.Rule("D045", block, $"{Count(facts.MissingTimePeriod, "IntervalReading")} of {facts.Count} have no timePeriod start.");
            }
            if (facts.MissingValue > 0)
            {
                context.Rule("D046", block, $"{Count(facts.MissingValue, "IntervalReading")} of {facts.Count} have no value.");
            }
        }
        Metadata(context, blockEntries, "IntervalBlock", "D031", "D033", "D040", "D041", "D034", "D036");
        SelfUnique(context, blockEntries, "IntervalBlock", "D035");
        var readingRelated = RelatedCounts(context, EntriesWith<MeterReading>(context));
        foreach (var entry in blockEntries)
        {
            var up = context.Key(entry.UpHref);
            var count = up is null ? 0 : readingRelated.GetValueOrDefault(up);
            if (count != 1)
            {
                context.Rule("D037", entry, count == 0
                    ? "The IntervalBlock's up link is named by no MeterReading's related link."
                    : $"The IntervalBlock's up link is named by {count} MeterReadings' related links; it must point to a single one.");
            }
        }
    }

    private static void MeterReadings(RuleContext context)
    {
        var readingEntries = EntriesWith<MeterReading>(context);
        // D028 ("temporary for testing") asks that a MeterReading entry's content hold a MeterReading: true of every entry found here.
        Metadata(context, readingEntries, "MeterReading", "D018", "D019", "D029", "D030", "D020", "D022");
        SelfUnique(context, readingEntries, "MeterReading", "D021");
        var typeSelves = SelfCounts(context, EntriesWith<ReadingType>(context));
        var pointRelated = RelatedCounts(context, EntriesWith<UsagePoint>(context));
        foreach (var entry in readingEntries)
        {
            var named = context.RelatedKeys(entry).Distinct().Sum(key => typeSelves.GetValueOrDefault(key));
            if (named != 1)
            {
                var embedded = entry.Resources.OfType<MeterReading>().Any(m => m.EmbeddedReadingType is not null) ? " (its ReadingType is embedded, not linked)" : "";
                context.Rule("D024", entry, $"The MeterReading's related links name {named} ReadingType entries; exactly one is required{embedded}.");
            }
            var up = context.Key(entry.UpHref);
            var points = up is null ? 0 : pointRelated.GetValueOrDefault(up);
            if (points != 1)
            {
                context.Rule("D023", entry, points == 0
                    ? "The MeterReading's up link is named by no UsagePoint's related link."
                    : $"The MeterReading's up link is named by {points} UsagePoints' related links; it must be one.");
            }
        }
        foreach (var meterReading in context.Document.MeterReadings)
        {
            if (!meterReading.IntervalBlocks.Any(b => b.AttachedBy == Attachment.Link))
            {
                context.Rule("D025", meterReading, meterReading.IntervalBlocks.Count == 0
                    ? "No IntervalBlock belongs to the MeterReading: it has no metering data."
                    : "No IntervalBlock's up link matches the MeterReading's related link (blocks were attached by hierarchy or document order).");
            }
            var starts = new Dictionary<long, int>();
            foreach (var block in meterReading.IntervalBlocks)
            {
                var facts = context.Facts(block);
                if (facts.Duplicates > 0)
                {
                    context.Rule("D145", block, $"{Count(facts.Duplicates, "IntervalReading")} of the block repeat an earlier reading's start time.");
                }
                if (block.Interval is { HasStart: true } interval)
                {
                    starts[interval.StartSeconds] = starts.GetValueOrDefault(interval.StartSeconds) + 1;
                    if (starts[interval.StartSeconds] == 2)
                    {
                        context.Rule("D146", block, $"Several IntervalBlocks of one MeterReading start at {context.Sink.Time(interval.StartSeconds)}.");
                    }
                }
            }
        }
    }

    private static void ReadingTypes(RuleContext context)
    {
        var typeEntries = EntriesWith<ReadingType>(context);
        foreach (var entry in typeEntries)
        {
            foreach (var type in entry.Resources.OfType<ReadingType>())
            {
                if (type.IntervalLength is null)
                {
                    context.Rule("D062", type, "The ReadingType has no intervalLength.");
                }
                if (type.Kind is null)
                {
                    context.Rule("D063", type, "The ReadingType has no kind.");
                }
                if (!type.HasPowerOfTenMultiplier)
                {
                    context.Rule("D065", type, "The ReadingType has no powerOfTenMultiplier.");
                }
                if (type.Uom is null)
                {
                    context.Rule("D068", type, "The ReadingType has no uom.");
                }
            }
        }
        Metadata(context, typeEntries, "ReadingType", "D048", "D050", "D069", "D070", "D051", "D053");
        SelfUnique(context, typeEntries, "ReadingType", "D052");
        var readingRelated = RelatedCounts(context, EntriesWith<MeterReading>(context));
        foreach (var entry in typeEntries)
        {
            if (context.Key(entry.SelfHref) is not { } self || !readingRelated.ContainsKey(self))
            {
                context.Rule("D054", entry, "No MeterReading's related link names this ReadingType.");
            }
        }
        foreach (var type in context.Document.ReadingTypes)
        {
            if (type.AccumulationBehaviour != AccumulationBehaviour.DeltaData)
            {
                continue;
            }
            var users = context.Document.MeterReadings.Where(m => ReferenceEquals(m.ReadingType, type) && m.ReadingTypeAttachment == Attachment.Link).ToList();
            if (!users.Any(m => m.IntervalBlocks.Count > 0))
            {
                context.Rule("D026", type, users.Count == 0
                    ? "No MeterReading links this load-profile ReadingType (accumulationBehaviour 4), so it has no interval blocks."
                    : "The MeterReadings of this load-profile ReadingType (accumulationBehaviour 4) have no IntervalBlock.");
            }
        }
    }
}
