using System.Globalization;

namespace GreenButton;

/// <summary>
/// Links for resources built in code, from their resolved graph, with the ESPI URL patterns:
/// <c>{base}/UsagePoint/{n}</c>, <c>.../MeterReading/{n}</c>, <c>.../IntervalBlock/{n}</c>, <c>.../UsageSummary/{n}</c>,
/// <c>{base}/ReadingType/{n}</c>, <c>{base}/LocalTimeParameters/{n}</c>. A resource's href is assigned once (a parent
/// may be named by its children before it is written); only descriptive resources are remembered, never blocks.
/// </summary>
internal sealed class EspiLinks(string baseUri)
{
    private readonly string _base = baseUri.TrimEnd('/');
    private readonly Dictionary<EspiResource, string> _assigned = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);

    public List<AtomLink> Generate(EspiResource resource)
    {
        var self = HrefOf(resource);
        var links = new List<AtomLink>(4) { new(AtomLink.SelfRel, self), new(AtomLink.UpRel, Collection(self)) };
        switch (resource)
        {
            case UsagePoint usagePoint:
                links.Add(new(AtomLink.RelatedRel, self + "/MeterReading"));
                if (usagePoint.UsageSummaries.Count > 0)
                {
                    links.Add(new(AtomLink.RelatedRel, self + "/UsageSummary"));
                }
                if (usagePoint.PowerQualitySummaries.Count > 0)
                {
                    links.Add(new(AtomLink.RelatedRel, self + "/ElectricPowerQualitySummary"));
                }
                if (usagePoint.LocalTimeParameters is { } parameters)
                {
                    links.Add(new(AtomLink.RelatedRel, HrefOf(parameters)));
                }
                break;
            case MeterReading meterReading:
                links.Add(new(AtomLink.RelatedRel, self + "/IntervalBlock"));
                if (meterReading.ReadingType is { } type && !ReferenceEquals(type, meterReading.EmbeddedReadingType))
                {
                    links.Add(new(AtomLink.RelatedRel, HrefOf(type)));
                }
                break;
        }
        return links;
    }

    /// <summary>The resource's self href: as read when its entry has one, else the one assigned to it.</summary>
    public string HrefOf(EspiResource resource)
    {
        if (resource.Entry is { } entry && (entry.Links.Count > 0 || entry.Line > 0) && entry.SelfHref is { } read)
        {
            return read;
        }
        if (_assigned.TryGetValue(resource, out var href))
        {
            return href;
        }
        EspiResource? parent = resource switch
        {
            MeterReading m => m.UsagePoint,
            IntervalBlock b => b.MeterReading,
            UsageSummary s => s.UsagePoint,
            ElectricPowerQualitySummary q => q.UsagePoint,
            _ => null,
        };
        var collection = (parent is null ? _base : HrefOf(parent)) + "/" + resource.ResourceName;
        _counters.TryGetValue(collection, out var count);
        _counters[collection] = ++count;
        href = collection + "/" + count.ToString(CultureInfo.InvariantCulture);
        if (resource is not IntervalBlock)
        {
            _assigned[resource] = href;
        }
        return href;
    }

    /// <summary>The collection of a self href: without its last segment.</summary>
    private static string Collection(string self)
    {
        var slash = self.LastIndexOf('/');
        return slash > 0 ? self[..slash] : self;
    }
}
