namespace GreenButton.Cli.Feeds;

/// <summary>How a resource found its parent (or its ReadingType / LocalTimeParameters).</summary>
internal enum Attachment
{
    /// <summary>Not attached.</summary>
    None,

    /// <summary>An up/related link matched.</summary>
    Link,

    /// <summary>The self href lies under the parent's self href.</summary>
    Hierarchy,

    /// <summary>No link or hierarchy matched: the nearest candidate in document order.</summary>
    DocumentOrder,

    /// <summary>A ReadingType written inside its MeterReading.</summary>
    Embedded,
}

/// <summary>One resource of a scanned feed: where it is, its links, and how it was attached.</summary>
internal class FeedNode(string resourceName, int order, AtomEntry entry)
{
    public string ResourceName { get; } = resourceName;

    /// <summary>The entry's index in the document (resources of one content share it).</summary>
    public int Order { get; } = order;

    public int Line { get; } = entry.Line;

    public int Column { get; } = entry.Column;

    public string? EntryId { get; } = entry.Id;

    public string? Title { get; } = entry.Title;

    public string? SelfHref { get; } = entry.SelfHref;

    public string? UpHref { get; } = entry.UpHref;

    public string[] RelatedHrefs { get; } = [.. entry.RelatedHrefs];

    /// <summary>Normalised hrefs, set by the resolution.</summary>
    public string? SelfKey { get; set; }

    public string? UpKey { get; set; }

    public string[] RelatedKeys { get; set; } = [];

    /// <summary>The parent (or, for a ReadingType or LocalTimeParameters, the first resource that uses it).</summary>
    public FeedNode? Parent { get; set; }

    public Attachment How { get; set; }

    /// <summary>Why the resource is not attached, when it is not.</summary>
    public string? Unattached { get; set; }
}

/// <summary>A scanned resource kept whole (everything but IntervalBlocks, which are small).</summary>
internal sealed class ResourceNode(EspiResource resource, int order, AtomEntry entry) : FeedNode(resource.ResourceName, order, entry)
{
    public EspiResource Resource { get; } = resource;

    /// <summary>For a ReadingType or LocalTimeParameters: how many resources use it.</summary>
    public int Users { get; set; }
}

/// <summary>A UsagePoint with what was attached to it.</summary>
internal sealed class UsagePointNode(UsagePoint resource, int order, AtomEntry entry) : FeedNode(resource.ResourceName, order, entry)
{
    public UsagePoint Resource { get; } = resource;

    public List<MeterReadingNode> MeterReadings { get; } = [];

    public List<ResourceNode> UsageSummaries { get; } = [];

    public List<ResourceNode> PowerQualitySummaries { get; } = [];

    public LocalTimeParameters? LocalTimeParameters { get; set; }
}

/// <summary>A MeterReading with its ReadingType and blocks.</summary>
internal sealed class MeterReadingNode(MeterReading resource, int order, AtomEntry entry, int index) : FeedNode(resource.ResourceName, order, entry)
{
    public MeterReading Resource { get; } = resource;

    /// <summary>Index among the document's MeterReadings.</summary>
    public int Index { get; } = index;

    public ReadingType? ReadingType { get; set; }

    public Attachment ReadingTypeHow { get; set; }

    /// <summary>Blocks sorted by interval start (document order among equals and blocks without one).</summary>
    public List<BlockNode> Blocks { get; set; } = [];

    public UsagePointNode? UsagePoint => Parent as UsagePointNode;

    /// <summary>Whether the readings come in non-decreasing start order in the document (exports can then stream buckets).</summary>
    public bool InDocumentOrder { get; set; } = true;

    /// <summary>Extent, gaps, overlaps and duplicates of the readings; set by the resolution.</summary>
    public ReadingSequence Sequence { get; set; } = ReadingSequence.Empty;
}

/// <summary>An IntervalBlock reduced to its statistics: its readings are not kept.</summary>
internal sealed class BlockNode(int order, AtomEntry entry, int sequence, IntervalBlock block) : FeedNode(block.ResourceName, order, entry)
{
    /// <summary>Index among the document's IntervalBlocks (the same in every pass over the input).</summary>
    public int Sequence { get; } = sequence;

    public DateTimeInterval? Interval { get; } = block.Interval;

    public BlockStats Stats { get; } = BlockStats.Of(block);

    public MeterReadingNode? MeterReading => Parent as MeterReadingNode;
}
