namespace GreenButton.Cli.Feeds;

/// <summary>The resources of a feed in document order, each with the parent the core attached it to (what <c>inspect</c> shows).</summary>
internal static class FeedGraph
{
    public static List<FeedNode> Nodes(GreenButtonFeed feed)
    {
        var doc = feed.Document;
        var nodes = new List<FeedNode>(doc.Resources.Count);
        var byResource = new Dictionary<EspiResource, FeedNode>(ReferenceEqualityComparer.Instance);
        for (var order = 0; order < doc.Entries.Count; order++)
        {
            foreach (var resource in doc.Entries[order].Resources)
            {
                FeedNode node = resource switch
                {
                    UsagePoint up => new UsagePointNode(up, order),
                    MeterReading mr => new MeterReadingNode(feed.SeriesOf(mr)!, order),
                    IntervalBlock block => new BlockNode(block, order, feed.StatisticsOf(block)),
                    _ => new ResourceNode(resource, order),
                };
                nodes.Add(node);
                byResource[resource] = node;
            }
        }
        foreach (var up in doc.UsagePoints)
        {
            var parent = byResource[up];
            Adopt(parent, up.MeterReadings);
            Adopt(parent, up.UsageSummaries);
            Adopt(parent, up.PowerQualitySummaries);
            if (up.LocalTimeParameters is { } time)
            {
                Use(time, parent);
            }
        }
        foreach (var mr in doc.MeterReadings)
        {
            var parent = byResource[mr];
            Adopt(parent, mr.IntervalBlocks);
            if (mr.ReadingType is { } type)
            {
                Use(type, parent); // an embedded ReadingType is no entry of its own: it has no node
            }
        }
        return nodes;

        void Adopt(FeedNode parent, IEnumerable<EspiResource> children)
        {
            foreach (var child in children)
            {
                byResource[child].Parent = parent;
            }
        }

        void Use(EspiResource target, FeedNode user)
        {
            if (byResource.TryGetValue(target, out var node) && node is ResourceNode resource)
            {
                resource.Users++;
                resource.Parent ??= user;
            }
        }
    }
}
