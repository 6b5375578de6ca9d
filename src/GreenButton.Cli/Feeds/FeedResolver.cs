namespace GreenButton.Cli.Feeds;

/// <summary>
/// Attaches the resources of a <see cref="FeedScan"/> by the rules of <see cref="GreenButtonDocument"/>: a child
/// belongs to the parent one of whose related hrefs equals its up href (or names its self href); failing links, by the
/// self-href hierarchy; failing that, to the parent before it in document order. ReadingTypes and LocalTimeParameters
/// are named by a related href equal to their self href, else embedded, else the nearest in document order.
/// </summary>
internal static class FeedResolver
{
    public static void Resolve(FeedScan scan, Uri? baseUri)
    {
        var keys = new HrefKeys(baseUri);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var quirks = new QuirkCollector(scan.Name);
        var lastOrder = -1;
        foreach (var node in scan.Nodes)
        {
            node.SelfKey = keys.Of(node.SelfHref);
            node.UpKey = keys.Of(node.UpHref);
            node.RelatedKeys = [.. node.RelatedHrefs.Select(keys.Of).OfType<string>()];
            if (node.Order != lastOrder)
            {
                lastOrder = node.Order;
                if (node.EntryId is { } id && !ids.Add(id))
                {
                    quirks.Add(DiagnosticCodes.DuplicateEntryId, DiagnosticSeverity.Info,
                        "Several entries share one Atom id; ids were not used to attach them.", node);
                }
            }
        }

        Attach(scan.UsagePoints, scan.MeterReadings, "MeterReading", "UsagePoint", scan, quirks);
        Attach(scan.UsagePoints, scan.UsageSummaries, "UsageSummary", "UsagePoint", scan, quirks);
        Attach(scan.UsagePoints, scan.PowerQualitySummaries, "ElectricPowerQualitySummary", "UsagePoint", scan, quirks);
        foreach (var mr in scan.MeterReadings)
        {
            (mr.Parent as UsagePointNode)?.MeterReadings.Add(mr);
        }
        foreach (var summary in scan.UsageSummaries)
        {
            (summary.Parent as UsagePointNode)?.UsageSummaries.Add(summary);
        }
        foreach (var summary in scan.PowerQualitySummaries)
        {
            (summary.Parent as UsagePointNode)?.PowerQualitySummaries.Add(summary);
        }

        Attach(scan.MeterReadings, scan.Blocks, "IntervalBlock", "MeterReading", scan, quirks);
        var blocksOf = new Dictionary<MeterReadingNode, List<BlockNode>>();
        foreach (var block in scan.Blocks)
        {
            if (block.MeterReading is { } mr)
            {
                if (!blocksOf.TryGetValue(mr, out var list))
                {
                    blocksOf[mr] = list = [];
                }
                list.Add(block);
            }
        }
        foreach (var mr in scan.MeterReadings)
        {
            // Sorted by start; blocks without an interval keep their place in document order (OrderBy is stable).
            mr.Blocks = blocksOf.TryGetValue(mr, out var blocks) ? [.. blocks.OrderBy(b => b.Interval?.StartSeconds ?? long.MinValue)] : [];
        }

        Reference(scan.MeterReadings, scan.ReadingTypes, "ReadingType", "MeterReading", quirks,
            mr => ((MeterReadingNode)mr).Resource.EmbeddedReadingType is not null,
            (parent, target, how) =>
            {
                var mr = (MeterReadingNode)parent;
                mr.ReadingType = target is null ? mr.Resource.EmbeddedReadingType : (ReadingType)target.Resource;
                mr.ReadingTypeHow = target is null ? Attachment.Embedded : how;
            });
        foreach (var mr in scan.MeterReadings.Where(m => m.ReadingType is null))
        {
            quirks.Add(DiagnosticCodes.MissingReadingType, DiagnosticSeverity.Warning,
                "A MeterReading has no ReadingType; its values cannot be scaled or given a unit.", mr);
        }
        Reference(scan.UsagePoints, scan.LocalTimeParameters, "LocalTimeParameters", "UsagePoint", quirks, null,
            (parent, target, _) => ((UsagePointNode)parent).LocalTimeParameters = (LocalTimeParameters?)target?.Resource);

        foreach (var mr in scan.MeterReadings)
        {
            mr.InDocumentOrder = ReadingSequence.InDocumentOrder(mr);
            var sequence = mr.Sequence = ReadingSequence.Of(mr);
            if (sequence.Duplicates > 0)
            {
                quirks.Add(DiagnosticCodes.DuplicateReading, DiagnosticSeverity.Warning,
                    "IntervalReadings of one MeterReading share a start time (duplicates); all are kept.", mr, sequence.Duplicates);
            }
            if (sequence.Overlaps > 0)
            {
                quirks.Add(DiagnosticCodes.OverlappingReading, DiagnosticSeverity.Warning,
                    "IntervalReadings of one MeterReading overlap in time; all are kept.", mr, sequence.Overlaps);
            }
        }
        quirks.FlushTo(scan.Diagnostics);
    }

    private static void Attach<TParent, TChild>(List<TParent> parents, List<TChild> children, string childName, string parentName,
        FeedScan scan, QuirkCollector quirks)
        where TParent : FeedNode
        where TChild : FeedNode
    {
        if (children.Count == 0)
        {
            return;
        }
        if (parents.Count == 0)
        {
            scan.Diagnostics.Add(new GreenButtonDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.UnattachedEntry,
                $"{children.Count} {childName}(s) have no {parentName} to belong to: the document holds none.")
            {
                Source = scan.Name, Line = children[0].Line, Column = children[0].Column, EntryId = children[0].EntryId,
            });
            foreach (var child in children)
            {
                child.Unattached = $"the document holds no {parentName}";
            }
            return;
        }
        var byRelated = new Dictionary<string, TParent>(StringComparer.Ordinal);
        var bySelf = new Dictionary<string, TParent>(StringComparer.Ordinal);
        foreach (var parent in parents)
        {
            foreach (var related in parent.RelatedKeys)
            {
                byRelated.TryAdd(related, parent);
            }
            if (parent.SelfKey is not null)
            {
                bySelf.TryAdd(parent.SelfKey, parent);
            }
        }
        var sorted = parents.OrderBy(p => p.Order).ToList();
        foreach (var child in children)
        {
            var (parent, how) = FindParent(child, byRelated, bySelf, sorted);
            child.Parent = parent;
            child.How = how;
            if (how == Attachment.Hierarchy)
            {
                quirks.Add(DiagnosticCodes.AttachedByHierarchy, DiagnosticSeverity.Info,
                    $"{childName}s without a matching up/related link were attached by their self href's place under a {parentName}.", child, key: "hierarchy:" + childName);
            }
            else if (how == Attachment.DocumentOrder)
            {
                quirks.Add(DiagnosticCodes.AttachedByDocumentOrder, DiagnosticSeverity.Warning,
                    $"{childName}s without matching links or hierarchy were attached to the {parentName} before them in the document.", child, key: "order:" + childName);
            }
        }
    }

    private static (TParent Parent, Attachment How) FindParent<TParent>(FeedNode child, Dictionary<string, TParent> byRelated,
        Dictionary<string, TParent> bySelf, List<TParent> sorted)
        where TParent : FeedNode
    {
        if (child.UpKey is not null && byRelated.TryGetValue(child.UpKey, out var parent))
        {
            return (parent, Attachment.Link);
        }
        if (child.SelfKey is not null && byRelated.TryGetValue(child.SelfKey, out parent))
        {
            return (parent, Attachment.Link);
        }
        foreach (var start in new[] { child.SelfKey, child.UpKey })
        {
            for (var key = start is null ? null : HrefKeys.Parent(start); key is not null; key = HrefKeys.Parent(key))
            {
                if (bySelf.TryGetValue(key, out parent))
                {
                    return (parent, Attachment.Hierarchy);
                }
            }
        }
        var before = sorted.LastOrDefault(p => p.Order <= child.Order);
        return (before ?? sorted[0], Attachment.DocumentOrder);
    }

    private static void Reference<TParent>(List<TParent> parents, List<ResourceNode> targets, string targetName, string parentName,
        QuirkCollector quirks, Func<FeedNode, bool>? hasEmbedded, Action<FeedNode, ResourceNode?, Attachment> set)
        where TParent : FeedNode
    {
        var bySelf = new Dictionary<string, ResourceNode>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            if (target.SelfKey is not null)
            {
                bySelf.TryAdd(target.SelfKey, target);
            }
        }
        var used = new HashSet<ResourceNode>();
        var sorted = targets.OrderBy(t => t.Order).ToList();
        foreach (var parent in parents)
        {
            ResourceNode? found = null;
            var how = Attachment.Link;
            foreach (var related in parent.RelatedKeys)
            {
                if (bySelf.TryGetValue(related, out found))
                {
                    break;
                }
            }
            if (found is null && hasEmbedded?.Invoke(parent) == true)
            {
                set(parent, null, Attachment.Embedded);
                continue;
            }
            if (found is null && sorted.Count > 0)
            {
                found = sorted.FirstOrDefault(t => t.Order > parent.Order && !used.Contains(t))
                    ?? sorted.LastOrDefault(t => t.Order <= parent.Order)
                    ?? sorted[0];
                how = Attachment.DocumentOrder;
                quirks.Add(DiagnosticCodes.AttachedByDocumentOrder, DiagnosticSeverity.Warning,
                    $"{parentName}s without a related link to their {targetName} were given the nearest one in document order.", parent, key: "order:" + targetName);
            }
            if (found is not null)
            {
                used.Add(found);
                found.Users++;
                if (found.Parent is null)
                {
                    found.Parent = parent;
                    found.How = how;
                }
                set(parent, found, how);
            }
        }
        foreach (var target in targets.Where(t => t.Parent is null))
        {
            target.Unattached = $"no {parentName} names it in a related link";
        }
    }

    /// <summary>Counts repeated findings under one key, keeping the first position, as the core does.</summary>
    private sealed class QuirkCollector(string source)
    {
        private readonly Dictionary<string, (GreenButtonDiagnostic First, long Count)> _quirks = new(StringComparer.Ordinal);
        private readonly List<string> _order = [];

        public void Add(string code, DiagnosticSeverity severity, string message, FeedNode at, long count = 1, string? key = null)
        {
            key ??= code;
            if (_quirks.TryGetValue(key, out var pending))
            {
                _quirks[key] = (pending.First, pending.Count + count);
                return;
            }
            _quirks[key] = (new GreenButtonDiagnostic(severity, code, message) { Source = source, Line = at.Line, Column = at.Column, EntryId = at.EntryId }, count);
            _order.Add(key);
        }

        public void FlushTo(List<GreenButtonDiagnostic> diagnostics)
        {
            foreach (var key in _order)
            {
                var (first, count) = _quirks[key];
                diagnostics.Add(first with { Count = (int)Math.Min(count, int.MaxValue) });
            }
        }
    }
}
