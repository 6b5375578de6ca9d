namespace GreenButton;

internal static partial class GbaRules
{
    /// <summary>FB_01, common: the feed, its UsagePoints and LocalTimeParameters.</summary>
    private static void Common(RuleContext context)
    {
        var document = context.Document;
        if (!context.IsFeed)
        {
            context.Rule("D000", $"The document's root is {context.RootName ?? "(none)"}, not an Atom feed.", 0, 0, context.RootName ?? "/");
        }
        else
        {
            if (document.LocalTimeParameters.Count == 0)
            {
                context.FeedRule("D136", "The feed holds no LocalTimeParameters entry.");
            }
            if (document.UsagePoints.Count == 0)
            {
                context.FeedRule("D006", "The feed holds no UsagePoint entry.");
            }
            if (string.IsNullOrWhiteSpace(context.FeedId))
            {
                context.FeedRule("D001", "The feed has no Atom id.");
            }
            if (context.FeedTitle is null)
            {
                context.FeedRule("D002", "The feed has no Atom title.");
            }
            if (context.FeedUpdated is null)
            {
                context.FeedRule("D003", "The feed has no (readable) Atom updated date.");
            }
        }

        // D004: entry ids unique (the Alliance's test counts the entry itself, so it cannot fail; the rule says unique).
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in document.Entries)
        {
            if (!string.IsNullOrWhiteSpace(entry.Id))
            {
                ids[entry.Id] = ids.GetValueOrDefault(entry.Id) + 1;
            }
        }
        foreach (var entry in document.Entries)
        {
            if (!string.IsNullOrWhiteSpace(entry.Id) && ids[entry.Id] is var count and > 1)
            {
                context.Rule("D004", entry, $"{count} entries share this Atom id.");
            }
        }

        var times = EntriesWith<LocalTimeParameters>(context);
        var points = EntriesWith<UsagePoint>(context);
        Metadata(context, times, "LocalTimeParameters", "D138", "D137", "D141", "D142", "D139", "D140");
        SelfUnique(context, times, "LocalTimeParameters", "D143");
        var pointRelated = RelatedCounts(context, points);
        foreach (var entry in times)
        {
            if (context.Key(entry.SelfHref) is not { } self || !pointRelated.ContainsKey(self))
            {
                context.Rule("D135", entry, "No UsagePoint's related link names this LocalTimeParameters.");
            }
        }

        foreach (var entry in points)
        {
            foreach (var point in entry.Resources.OfType<UsagePoint>())
            {
                if (point.ServiceKind is null)
                {
                    context.Rule("D008", point, "The UsagePoint has no ServiceCategory kind.");
                }
            }
        }
        Metadata(context, points, "UsagePoint", "D011", "D012", "D009", "D010", "D013", "D015");
        var timeSelves = SelfCounts(context, times);
        foreach (var entry in points)
        {
            var related = context.RelatedKeys(entry).Distinct().ToList();
            if (related.Count == 0)
            {
                context.Rule("D016", entry, "The UsagePoint entry has no related link (to its MeterReadings).");
            }
            var named = related.Sum(key => timeSelves.GetValueOrDefault(key));
            if (named > 1)
            {
                context.Rule("D007", entry, $"The UsagePoint's related links name {named} LocalTimeParameters entries; at most one is allowed.");
            }
        }
        SelfUnique(context, points, "UsagePoint", "D014");
    }
}
