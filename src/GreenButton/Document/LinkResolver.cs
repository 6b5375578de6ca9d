using System.Runtime.CompilerServices;

namespace GreenButton;

/// <summary>
/// Resolves the Atom link graph of a document. A child belongs to a parent when its <c>up</c> href equals one of the
/// parent's <c>related</c> hrefs, or when the parent's <c>related</c> names the child's <c>self</c>; failing links,
/// by the self-href hierarchy (<c>.../MeterReading/1/IntervalBlock/5</c> under <c>.../MeterReading/1</c>); failing
/// that, by document order. Order-independent; whatever stays unattached is reported. How each resource was attached
/// is kept in <see cref="EspiResource.AttachedBy"/>.
/// </summary>
internal static partial class LinkResolver
{
    private sealed class Node(EspiResource resource, int order, string? self, string? up, string[] related)
    {
        public EspiResource Resource { get; } = resource;
        public int Order { get; } = order;
        public string? Self { get; } = self;
        public string? Up { get; } = up;
        public string[] Related { get; } = related;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per document over every resource: no time in unoptimised code
    public static void Resolve(GreenButtonDocument document, Uri? baseUri, DiagnosticCollector diagnostics)
    {
        var keys = new HrefKey(baseUri);
        var nodes = new Dictionary<EspiResource, Node>(ReferenceEqualityComparer.Instance);
        var order = 0;
        foreach (var entry in document.Entries)
        {
            var self = keys.Of(entry.SelfHref);
            var up = keys.Of(entry.UpHref);
            var related = entry.RelatedHrefs.Select(keys.Of).OfType<string>().ToArray();
            foreach (var resource in entry.Resources)
            {
                nodes[resource] = new Node(resource, order, self, up, related);
                Detach(resource);
            }
            order++;
        }
        ReportEntries(document, diagnostics);
        if (keys.RelativeCount > 0)
        {
            diagnostics.Report(DiagnosticSeverity.Info, DiagnosticCodes.RelativeHref,
                (baseUri, diagnostics.Redact) switch
                {
                    (null, false) => $"{keys.RelativeCount} relative href(s) (first: '{keys.FirstRelative}') were compared as written: the feed has no absolute self link.",
                    (null, true) => $"{keys.RelativeCount} relative href(s) were compared as written: the feed has no absolute self link.",
                    (_, false) => $"{keys.RelativeCount} relative href(s) (first: '{keys.FirstRelative}') were resolved against {baseUri}.",
                    _ => $"{keys.RelativeCount} relative href(s) were resolved against the feed's base (hrefs redacted).",
                });
        }

        var usagePoints = document.UsagePoints.Select(r => nodes[r]).ToList();
        var meterReadings = document.MeterReadings.Select(r => nodes[r]).ToList();

        // MeterReadings and summaries under UsagePoints.
        var readingsOf = Attach(usagePoints, meterReadings, "MeterReading", "UsagePoint", diagnostics);
        var summariesOf = Attach(usagePoints, document.UsageSummaries.Select(r => nodes[r]).ToList(), "UsageSummary", "UsagePoint", diagnostics);
        var qualityOf = Attach(usagePoints, document.PowerQualitySummaries.Select(r => nodes[r]).ToList(), "ElectricPowerQualitySummary", "UsagePoint", diagnostics);
        foreach (var point in usagePoints)
        {
            var up = (UsagePoint)point.Resource;
            up.MeterReadings = Children<MeterReading>(readingsOf, point);
            up.UsageSummaries = Children<UsageSummary>(summariesOf, point);
            up.PowerQualitySummaries = Children<ElectricPowerQualitySummary>(qualityOf, point);
            foreach (var mr in up.MeterReadings)
            {
                mr.UsagePoint = up;
            }
            foreach (var summary in up.UsageSummaries)
            {
                summary.UsagePoint = up;
            }
            foreach (var summary in up.PowerQualitySummaries)
            {
                summary.UsagePoint = up;
            }
        }

        // IntervalBlocks under MeterReadings.
        var blocksOf = Attach(meterReadings, document.IntervalBlocks.Select(r => nodes[r]).ToList(), "IntervalBlock", "MeterReading", diagnostics);
        foreach (var node in meterReadings)
        {
            var mr = (MeterReading)node.Resource;
            var blocks = Children<IntervalBlock>(blocksOf, node);
            // Sorted by start; blocks without an interval keep their place in document order.
            mr.IntervalBlocks = blocks.Select((b, i) => (b, i)).OrderBy(t => t.b.Interval?.StartSeconds ?? long.MinValue).ThenBy(t => t.i).Select(t => t.b).ToList();
            foreach (var block in mr.IntervalBlocks)
            {
                block.MeterReading = mr;
            }
        }

        // ReadingTypes and LocalTimeParameters, named by related links.
        var readingTypes = Reference(meterReadings, document.ReadingTypes.Select(r => nodes[r]).ToList(), "ReadingType", "MeterReading", diagnostics,
            mr => ((MeterReading)mr.Resource).EmbeddedReadingType);
        foreach (var node in meterReadings)
        {
            var mr = (MeterReading)node.Resource;
            if (readingTypes.TryGetValue(node, out var found))
            {
                (mr.ReadingType, mr.ReadingTypeAttachment) = ((ReadingType)found.Target, found.How);
            }
            else if (mr.EmbeddedReadingType is { } embedded)
            {
                (mr.ReadingType, mr.ReadingTypeAttachment) = (embedded, Attachment.Embedded);
                embedded.AttachedBy = Attachment.Embedded;
            }
            if (mr.ReadingType is null)
            {
                diagnostics.Quirk(DiagnosticCodes.MissingReadingType, DiagnosticSeverity.Warning,
                    "A MeterReading has no ReadingType; its values cannot be scaled or given a unit.", mr.Line, mr.Column, mr.Entry?.Id);
            }
        }
        var times = Reference(usagePoints, document.LocalTimeParameters.Select(r => nodes[r]).ToList(), "LocalTimeParameters", "UsagePoint", diagnostics, null);
        foreach (var node in usagePoints)
        {
            if (times.TryGetValue(node, out var found))
            {
                var up = (UsagePoint)node.Resource;
                (up.LocalTimeParameters, up.LocalTimeParametersAttachment) = ((LocalTimeParameters)found.Target, found.How);
            }
        }

        FoldDecimalValues(document, diagnostics);
        foreach (var node in meterReadings)
        {
            PlaceUntimedReadings((MeterReading)node.Resource);
            CheckSequence((MeterReading)node.Resource, diagnostics);
        }
        ResolveCustomer(document, nodes, keys, diagnostics);
        ReportDanglingLinks(document, nodes, diagnostics);
    }

    private static List<T> Children<T>(Dictionary<Node, List<Node>> map, Node parent) where T : EspiResource
        => map.TryGetValue(parent, out var children) ? children.Select(c => (T)c.Resource).ToList() : [];

    /// <summary>Attaches each child to one parent: by link, else hierarchy, else document order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per document over every resource: no time in unoptimised code
    private static Dictionary<Node, List<Node>> Attach(List<Node> parents, List<Node> children, string childName, string parentName, DiagnosticCollector diagnostics)
    {
        var result = new Dictionary<Node, List<Node>>();
        if (children.Count == 0)
        {
            return result;
        }
        if (parents.Count == 0)
        {
            diagnostics.Report(DiagnosticSeverity.Warning, DiagnosticCodes.UnattachedEntry,
                $"{children.Count} {childName}(s) have no {parentName} to belong to: the document holds none.",
                children[0].Resource.Line, children[0].Resource.Column, children[0].Resource.Entry?.Id);
            return result;
        }
        var byRelated = new Dictionary<string, Node>(StringComparer.Ordinal);
        var bySelf = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var parent in parents)
        {
            foreach (var related in parent.Related)
            {
                byRelated.TryAdd(related, parent);
            }
            if (parent.Self is not null)
            {
                bySelf.TryAdd(parent.Self, parent);
            }
        }
        var sortedParents = parents.OrderBy(p => p.Order).ToList();
        foreach (var child in children)
        {
            var (parent, how) = FindParent(child, byRelated, bySelf, sortedParents);
            child.Resource.AttachedBy = how;
            if (how == Attachment.Hierarchy)
            {
                diagnostics.Quirk(DiagnosticCodes.AttachedByHierarchy, DiagnosticSeverity.Info,
                    $"{childName}s without a matching up/related link were attached by their self href's place under a {parentName}.",
                    child.Resource.Line, child.Resource.Column, child.Resource.Entry?.Id, "hierarchy:" + childName);
            }
            else if (how == Attachment.DocumentOrder)
            {
                diagnostics.Quirk(DiagnosticCodes.AttachedByDocumentOrder, DiagnosticSeverity.Warning,
                    $"{childName}s without matching links or hierarchy were attached to the {parentName} before them in the document.",
                    child.Resource.Line, child.Resource.Column, child.Resource.Entry?.Id, "order:" + childName);
            }
            if (!result.TryGetValue(parent, out var list))
            {
                result[parent] = list = [];
            }
            list.Add(child);
        }
        return result;
    }

    private static (Node Parent, Attachment How) FindParent(Node child, Dictionary<string, Node> byRelated, Dictionary<string, Node> bySelf, List<Node> sortedParents)
    {
        if (child.Up is not null && byRelated.TryGetValue(child.Up, out var parent))
        {
            return (parent, Attachment.Link);
        }
        if (child.Self is not null && byRelated.TryGetValue(child.Self, out parent))
        {
            return (parent, Attachment.Link);
        }
        foreach (var start in new[] { child.Self, child.Up })
        {
            for (var key = start is null ? null : HrefKey.Parent(start); key is not null; key = HrefKey.Parent(key))
            {
                if (bySelf.TryGetValue(key, out parent))
                {
                    return (parent, Attachment.Hierarchy);
                }
            }
        }
        var before = sortedParents.LastOrDefault(p => p.Order <= child.Order);
        return (before ?? sortedParents[0], Attachment.DocumentOrder);
    }

    /// <summary>
    /// Finds the target a parent's related link names (ReadingType, LocalTimeParameters); else none when the parent has an
    /// embedded one; else document order. A target's own <see cref="EspiResource.AttachedBy"/> is how its first user found it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per document over every resource: no time in unoptimised code
    private static Dictionary<Node, (EspiResource Target, Attachment How)> Reference(List<Node> parents, List<Node> targets, string targetName, string parentName,
        DiagnosticCollector diagnostics, Func<Node, EspiResource?>? embedded)
    {
        var result = new Dictionary<Node, (EspiResource Target, Attachment How)>();
        var bySelf = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            if (target.Self is not null)
            {
                bySelf.TryAdd(target.Self, target);
            }
        }
        var used = new HashSet<Node>();
        var sortedTargets = targets.OrderBy(t => t.Order).ToList();
        foreach (var parent in parents)
        {
            Node? found = null;
            var how = Attachment.Link;
            foreach (var related in parent.Related)
            {
                if (bySelf.TryGetValue(related, out found))
                {
                    break;
                }
            }
            if (found is null && embedded?.Invoke(parent) is not null)
            {
                continue; // the embedded one serves
            }
            if (found is null && sortedTargets.Count > 0)
            {
                // Document order: the nearest one after the parent (ReadingTypes follow their MeterReading), else before.
                found = sortedTargets.FirstOrDefault(t => t.Order > parent.Order && !used.Contains(t))
                    ?? sortedTargets.LastOrDefault(t => t.Order <= parent.Order)
                    ?? sortedTargets[0];
                how = Attachment.DocumentOrder;
                diagnostics.Quirk(DiagnosticCodes.AttachedByDocumentOrder, DiagnosticSeverity.Warning,
                    $"{parentName}s without a related link to their {targetName} were given the nearest one in document order.",
                    parent.Resource.Line, parent.Resource.Column, parent.Resource.Entry?.Id, "order:" + targetName);
            }
            if (found is not null)
            {
                used.Add(found);
                result[parent] = (found.Resource, how);
                if (found.Resource.AttachedBy == Attachment.None)
                {
                    found.Resource.AttachedBy = how;
                }
            }
        }
        return result;
    }

    /// <summary>Clears what an earlier resolution set: the resources of one document may be resolved again in another (merged downloads).</summary>
    private static void Detach(EspiResource resource)
    {
        resource.AttachedBy = Attachment.None;
        switch (resource)
        {
            case MeterReading meterReading:
                meterReading.UsagePoint = null;
                meterReading.ReadingType = null;
                meterReading.ReadingTypeAttachment = Attachment.None;
                meterReading.EmbeddedReadingType?.AttachedBy = Attachment.None;
                break;
            case UsagePoint usagePoint:
                usagePoint.LocalTimeParameters = null;
                usagePoint.LocalTimeParametersAttachment = Attachment.None;
                break;
            case IntervalBlock block:
                block.MeterReading = null;
                break;
            case UsageSummary summary:
                summary.UsagePoint = null;
                break;
            case ElectricPowerQualitySummary summary:
                summary.UsagePoint = null;
                break;
        }
    }

    /// <summary>Places the readings written without a timePeriod by the meter reading's intervalLength (<see cref="ReadingTimeline"/>'s rule).</summary>
    private static void PlaceUntimedReadings(MeterReading meterReading)
    {
        var length = meterReading.ReadingType?.IntervalLength;
        foreach (var block in meterReading.IntervalBlocks)
        {
            ReadingTimeline.PlaceIn(block, length);
        }
    }

    /// <summary>Reports readings of one meter reading that share a start (duplicates) or start inside another (overlaps).</summary>
    private static void CheckSequence(MeterReading meterReading, DiagnosticCollector diagnostics)
    {
        if (meterReading.IntervalBlocks.Count == 0)
        {
            return;
        }
        var timeline = ReadingTimeline.Of(meterReading);
        ReportSequence(timeline, meterReading.IntervalBlocks[0], diagnostics);
    }

    /// <summary>The duplicate and overlap diagnostics of a meter reading's timeline, at its first block (as every reading path reports them).</summary>
    internal static void ReportSequence(ReadingTimeline timeline, IntervalBlock first, DiagnosticCollector diagnostics)
    {
        diagnostics.Quirk(DiagnosticCodes.DuplicateReading, DiagnosticSeverity.Warning,
            "IntervalReadings of one MeterReading share a start time (duplicates); all are kept.", first.Line, first.Column, first.Entry?.Id, null, timeline.Duplicates);
        diagnostics.Quirk(DiagnosticCodes.OverlappingReading, DiagnosticSeverity.Warning,
            "IntervalReadings of one MeterReading overlap in time; all are kept.", first.Line, first.Column, first.Entry?.Id, null, timeline.Overlaps);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per document over every resource: no time in unoptimised code
    private static void ReportEntries(GreenButtonDocument document, DiagnosticCollector diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in document.Entries)
        {
            if (entry.Id is { } id && !seen.Add(id))
            {
                diagnostics.Quirk(DiagnosticCodes.DuplicateEntryId, DiagnosticSeverity.Info,
                    "Several entries share one Atom id; ids were not used to attach them.", entry.Line, entry.Column, id);
            }
            // Only resources that are attached or named (not UsagePoints, which stand alone), in a document that holds parents.
            if (entry.Links.Count == 0 && (document.UsagePoints.Count > 0 || document.MeterReadings.Count > 0)
                && entry.Resources.Any(r => r is MeterReading or IntervalBlock or UsageSummary or ElectricPowerQualitySummary or ReadingType or LocalTimeParameters))
            {
                diagnostics.Quirk(DiagnosticCodes.EntryWithoutLinks, DiagnosticSeverity.Info,
                    "Entries without links were attached by document order.", entry.Line, entry.Column, entry.Id);
            }
        }
    }

    /// <summary>Resources whose up link names a collection outside the document by design (a subscription's UsagePoints, global ReadingTypes).</summary>
    private static bool IsTopLevel(EspiResource resource)
        => resource is UsagePoint or ReadingType or LocalTimeParameters or ApplicationInformation or Authorization or ServiceStatus or BatchList or ProgramIdMappings
            || IsCustomerTopLevel(resource);

    /// <summary>Reports related and up links that match nothing in the document (the feed may be partial: info only).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per document over every resource: no time in unoptimised code
    private static void ReportDanglingLinks(GreenButtonDocument document, Dictionary<EspiResource, Node> nodes, DiagnosticCollector diagnostics)
    {
        var selves = new HashSet<string>(StringComparer.Ordinal);
        var ups = new HashSet<string>(StringComparer.Ordinal);
        var relateds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes.Values)
        {
            if (node.Self is not null)
            {
                selves.Add(node.Self);
            }
            if (node.Up is not null)
            {
                ups.Add(node.Up);
            }
            relateds.UnionWith(node.Related);
        }
        foreach (var entry in document.Entries)
        {
            if (entry.Resources.Count == 0)
            {
                continue;
            }
            var node = nodes[entry.Resources[0]];
            foreach (var related in node.Related)
            {
                if (!selves.Contains(related) && !ups.Contains(related))
                {
                    diagnostics.Quirk(DiagnosticCodes.DanglingLink, DiagnosticSeverity.Info,
                        "Related links point to resources the document does not hold (a partial feed?).", entry.Line, entry.Column, entry.Id, "dangling:related");
                }
            }
            // An up link names a collection: some entry relates to it, or it lies under (or is) an entry's self.
            if (node.Up is { } up && !relateds.Contains(up) && !selves.Contains(up) && !(HrefKey.Parent(up) is { } parent && selves.Contains(parent))
                && !IsTopLevel(node.Resource))
            {
                diagnostics.Quirk(DiagnosticCodes.DanglingLink, DiagnosticSeverity.Info,
                    "Up links point to collections no entry of the document relates to.", entry.Line, entry.Column, entry.Id, "dangling:up");
            }
        }
    }
}
