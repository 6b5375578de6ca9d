namespace GreenButton.Cli.Feeds;

/// <summary>
/// One resource of a scanned feed, as <see cref="GreenButtonDocument.FromEntries"/> resolved it: where its entry is,
/// its links, its parent and how it was attached (<see cref="EspiResource.AttachedBy"/>).
/// </summary>
internal abstract class FeedNode(int order)
{
    /// <summary>The resource (for an IntervalBlock, its copy without readings).</summary>
    public abstract EspiResource Resource { get; }

    public string ResourceName => Resource.ResourceName;

    /// <summary>The entry's index in the document (resources of one content share it).</summary>
    public int Order { get; } = order;

    public int Line => Resource.Entry?.Line ?? 0;

    public int Column => Resource.Entry?.Column ?? 0;

    public string? EntryId => Resource.Entry?.Id;

    public string? Title => Resource.Entry?.Title;

    public string? SelfHref => Resource.SelfHref;

    public string? UpHref => Resource.Entry?.UpHref;

    public IEnumerable<string> RelatedHrefs => Resource.Entry?.RelatedHrefs ?? [];

    /// <summary>The parent (or, for a ReadingType or LocalTimeParameters, the first resource that uses it).</summary>
    public FeedNode? Parent { get; set; }

    public Attachment How => Resource.AttachedBy;

    /// <summary>Why the resource is not attached, when it is one the document attaches and it is not.</summary>
    public string? Unattached => Parent is not null ? null : Resource switch
    {
        MeterReading or UsageSummary or ElectricPowerQualitySummary => "the document holds no UsagePoint",
        IntervalBlock => "the document holds no MeterReading",
        ReadingType => "no MeterReading names it in a related link",
        LocalTimeParameters => "no UsagePoint names it in a related link",
        _ => null,
    };
}

/// <summary>A scanned resource kept whole (everything but IntervalBlocks, which are small).</summary>
internal sealed class ResourceNode(EspiResource resource, int order) : FeedNode(order)
{
    public override EspiResource Resource { get; } = resource;

    /// <summary>For a ReadingType or LocalTimeParameters: how many resources use it.</summary>
    public int Users { get; set; }
}

/// <summary>A UsagePoint with what was attached to it.</summary>
internal sealed class UsagePointNode(UsagePoint resource, int order) : FeedNode(order)
{
    public override UsagePoint Resource { get; } = resource;

    public List<MeterReadingNode> MeterReadings { get; } = [];

    public List<ResourceNode> UsageSummaries { get; } = [];

    public List<ResourceNode> PowerQualitySummaries { get; } = [];

    public LocalTimeParameters? LocalTimeParameters => Resource.LocalTimeParameters;
}

/// <summary>A MeterReading with its ReadingType and blocks.</summary>
internal sealed class MeterReadingNode(MeterReading resource, int order, int index) : FeedNode(order)
{
    public override MeterReading Resource { get; } = resource;

    /// <summary>Index among the document's MeterReadings.</summary>
    public int Index { get; } = index;

    public ReadingType? ReadingType => Resource.ReadingType;

    public Attachment ReadingTypeHow => Resource.ReadingTypeAttachment;

    /// <summary>Blocks sorted by interval start (document order among equals and blocks without one).</summary>
    public List<BlockNode> Blocks { get; } = [];

    public UsagePointNode? UsagePoint => Parent as UsagePointNode;

    /// <summary>Whether the readings come in non-decreasing start order in the document (exports can then stream buckets).</summary>
    public bool InDocumentOrder { get; set; } = true;

    /// <summary>Extent, gaps, overlaps and duplicates of the readings; set once the links are resolved.</summary>
    public ReadingSequence Sequence { get; set; } = ReadingSequence.Empty;
}

/// <summary>An IntervalBlock reduced to its statistics: the node holds a copy of the block without its readings.</summary>
internal sealed class BlockNode(IntervalBlock withoutReadings, int order, int sequence, BlockStats stats) : FeedNode(order)
{
    public override IntervalBlock Resource { get; } = withoutReadings;

    /// <summary>Index among the document's IntervalBlocks (the same in every pass over the input).</summary>
    public int Sequence { get; } = sequence;

    public DateTimeInterval? Interval => Resource.Interval;

    public BlockStats Stats { get; } = stats;

    public MeterReadingNode? MeterReading => Parent as MeterReadingNode;
}
