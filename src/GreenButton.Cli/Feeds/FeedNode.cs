namespace GreenButton.Cli.Feeds;

/// <summary>
/// One resource of an inspected feed, as the core resolved it: where its entry is, its links, its parent and how it was
/// attached (<see cref="EspiResource.AttachedBy"/>).
/// </summary>
internal abstract class FeedNode(int order)
{
    /// <summary>The resource (for an IntervalBlock, the feed's, without readings).</summary>
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

/// <summary>A resource other than the three below.</summary>
internal sealed class ResourceNode(EspiResource resource, int order) : FeedNode(order)
{
    public override EspiResource Resource { get; } = resource;

    /// <summary>For a ReadingType or LocalTimeParameters: how many resources use it.</summary>
    public int Users { get; set; }
}

/// <summary>A UsagePoint.</summary>
internal sealed class UsagePointNode(UsagePoint resource, int order) : FeedNode(order)
{
    public override UsagePoint Resource { get; } = resource;
}

/// <summary>A MeterReading, with its series (ReadingType, blocks, figures).</summary>
internal sealed class MeterReadingNode(ReadingSeries series, int order) : FeedNode(order)
{
    public ReadingSeries Series { get; } = series;

    public override MeterReading Resource => Series.MeterReading;
}

/// <summary>An IntervalBlock (the feed's, without readings) and what its readings add up to.</summary>
internal sealed class BlockNode(IntervalBlock withoutReadings, int order, ReadingStatistics statistics) : FeedNode(order)
{
    public override IntervalBlock Resource { get; } = withoutReadings;

    public DateTimeInterval? Interval => Resource.Interval;

    public ReadingStatistics Statistics { get; } = statistics;
}
