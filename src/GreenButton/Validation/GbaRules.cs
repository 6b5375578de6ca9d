namespace GreenButton;

/// <summary>
/// The Green Button Alliance's data rules (<see cref="GbaRuleCatalogue"/>), checked on the resolved document. Each rule
/// follows the Alliance's Schematron test (GreenButtonBatchTest/GeneratedTests/FB_*.sch) and, where the test is looser
/// than its own description (D004's count is always true, D042 accepts any reading at the block start), the description.
/// </summary>
internal static partial class GbaRules
{
    public static void Check(RuleContext context, IReadOnlyCollection<int> blocks)
    {
        if (blocks.Contains(1))
        {
            Common(context);
        }
        if (blocks.Contains(4))
        {
            Metering(context);
        }
        ReadingTypePresence(context, blocks);
        if (blocks.Contains(12))
        {
            Costs(context);
        }
        if (blocks.Contains(15))
        {
            UsageSummaries(context);
        }
        if (blocks.Contains(16))
        {
            Bills(context);
        }
        if (blocks.Contains(17))
        {
            PowerQuality(context);
        }
        if (blocks.Contains(27))
        {
            Demand(context);
        }
        if (blocks.Contains(28))
        {
            BillToDate(context);
        }
        if (blocks.Contains(99))
        {
            Optional(context);
        }
    }

    /// <summary>The entries whose content holds a <typeparamref name="T"/>, each once.</summary>
    private static List<AtomEntry> EntriesWith<T>(RuleContext context) where T : EspiResource
        => [.. context.Document.Entries.Where(e => e.Resources.Any(r => r is T))];

    /// <summary>The Atom metadata every resource entry must carry. A code of null skips that check.</summary>
    private static void Metadata(RuleContext context, List<AtomEntry> entries, string name,
        string? id, string? title, string? published, string? updated, string? self, string? up)
    {
        foreach (var entry in entries)
        {
            if (id is not null && string.IsNullOrWhiteSpace(entry.Id))
            {
                context.Rule(id, entry, $"The {name} entry has no Atom id.");
            }
            if (title is not null && !entry.HasTitle && entry.Title is null)
            {
                context.Rule(title, entry, $"The {name} entry has no Atom title.");
            }
            if (published is not null && entry.Published is null)
            {
                context.Rule(published, entry, $"The {name} entry has no (readable) Atom published date.");
            }
            if (updated is not null && entry.Updated is null)
            {
                context.Rule(updated, entry, $"The {name} entry has no (readable) Atom updated date.");
            }
            if (self is not null && context.Key(entry.SelfHref) is null)
            {
                context.Rule(self, entry, $"The {name} entry has no self link.");
            }
            if (up is not null && context.Key(entry.UpHref) is null)
            {
                context.Rule(up, entry, $"The {name} entry has no up link.");
            }
        }
    }

    /// <summary>No two entries of one resource type share a self href.</summary>
    private static void SelfUnique(RuleContext context, List<AtomEntry> entries, string name, string code)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (context.Key(entry.SelfHref) is { } key)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        foreach (var entry in entries)
        {
            if (context.Key(entry.SelfHref) is { } key && counts[key] is var count and > 1)
            {
                context.Rule(code, entry, $"{count} {name} entries share the self link {context.Sink.Quote(entry.SelfHref)}.");
            }
        }
    }

    /// <summary>The self keys of entries, each with how many entries carry it.</summary>
    private static Dictionary<string, int> SelfCounts(RuleContext context, List<AtomEntry> entries)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (context.Key(entry.SelfHref) is { } key)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        return counts;
    }

    /// <summary>The related keys of entries, each with how many entries name it.</summary>
    private static Dictionary<string, int> RelatedCounts(RuleContext context, List<AtomEntry> entries)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var key in context.RelatedKeys(entry).Distinct())
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        return counts;
    }

    private static string Count(int count, string singular) => count == 1 ? $"1 {singular}" : $"{count} {singular}s";
}
