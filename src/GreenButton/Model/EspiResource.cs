namespace GreenButton;

/// <summary>
/// Base of every ESPI resource carried in an Atom entry's <c>content</c>.
/// Resources are immutable; the navigation properties of derived types (a UsagePoint's MeterReadings, ...)
/// are filled in by <see cref="GreenButtonDocument"/> when it resolves the link graph and stay empty when
/// resources come from the streaming <see cref="GreenButtonReader"/>.
/// </summary>
public abstract class EspiResource
{
    private protected EspiResource() { }

    /// <summary>The element's local name, e.g. <c>IntervalBlock</c>.</summary>
    public abstract string ResourceName { get; }

    /// <summary>The Atom entry that carries this resource; null for a bare resource document.</summary>
    public AtomEntry? Entry { get; internal set; }

    /// <summary>
    /// How <see cref="GreenButtonDocument"/> attached this resource: a MeterReading to its UsagePoint, an IntervalBlock to its
    /// MeterReading, a summary to its UsagePoint; for a ReadingType or LocalTimeParameters, how its first user found it.
    /// <see cref="Attachment.None"/> until a document resolves it, and for top-level or unattached resources.
    /// </summary>
    public Attachment AttachedBy { get; internal set; }

    /// <summary>ESPI <c>batchItemInfo</c>, present in batch (POST/PUT) payloads.</summary>
    public BatchItemInfo? BatchItemInfo { get; init; }

    /// <summary>1-based line of the resource element.</summary>
    public int Line { get; init; }

    /// <summary>1-based column of the resource element.</summary>
    public int Column { get; init; }

    /// <summary>The <c>self</c> href of the carrying entry, as written.</summary>
    public string? SelfHref => Entry?.SelfHref;

    /// <summary>The title of the carrying entry.</summary>
    public string? Title => Entry?.Title;

    /// <inheritdoc/>
    public override string ToString() => SelfHref is { } self ? $"{ResourceName} {self}" : ResourceName;
}
