namespace GreenButton;

/// <summary>
/// How <see cref="GreenButtonDocument"/> attached a resource to its parent, or found a MeterReading's ReadingType or a
/// UsagePoint's LocalTimeParameters. Anything but <see cref="Link"/> means the file's links did not say.
/// </summary>
public enum Attachment
{
    /// <summary>Not attached: a top-level resource (a UsagePoint), or one with nothing to attach to or nothing naming it.</summary>
    None,

    /// <summary>The links said: the child's <c>up</c> href (or its <c>self</c>) equals one of the parent's <c>related</c> hrefs.</summary>
    Link,

    /// <summary>The child's self href lies under the parent's (<c>.../MeterReading/1/IntervalBlock/5</c> under <c>.../MeterReading/1</c>).</summary>
    Hierarchy,

    /// <summary>Neither links nor hierarchy matched: the nearest candidate in document order was taken.</summary>
    DocumentOrder,

    /// <summary>A ReadingType written inside its MeterReading (<see cref="MeterReading.EmbeddedReadingType"/>).</summary>
    Embedded,
}
