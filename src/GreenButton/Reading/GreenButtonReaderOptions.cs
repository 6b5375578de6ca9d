namespace GreenButton;

/// <summary>
/// How <see cref="GreenButtonReader"/> and <see cref="GreenButtonDocument"/> read their input.
/// The default is strict, with raw values shown in error messages.
/// </summary>
public readonly record struct GreenButtonReaderOptions
{
    /// <summary>The nesting depth <see cref="MaxDepth"/> stands for when it is left at 0.</summary>
    public const int DefaultMaxDepth = 256;

    /// <summary>
    /// When true, data that cannot be read (an invalid number, an impossible value) is skipped in the smallest unit that
    /// holds it, and reading goes on: the IntervalReading alone (<see cref="DiagnosticCodes.SkippedReading"/>, counted),
    /// else the resource or entry element (<see cref="DiagnosticCodes.SkippedResource"/>, saying how many readings went
    /// with it). XML that is not well-formed fails in every mode: the reader cannot know where the next element starts.
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>
    /// The deepest nesting of elements read, the root being level 1; deeper input is a located
    /// <see cref="GreenButtonException"/> in every mode, as <c>JsonReaderOptions.MaxDepth</c> is for JSON. 0 (the
    /// default) means <see cref="DefaultMaxDepth"/> (256; real feeds nest about 8 levels). No path recurses per level.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative (raised when reading starts).</exception>
    public int MaxDepth { get; init; }

    /// <summary>
    /// When true, exception and diagnostic messages never quote values from the input (they may be personal data:
    /// addresses, account numbers, usage): no value, href, Atom id or title reaches a message, a <c>ToString()</c>, or
    /// the <c>EntryId</c> of an exception or diagnostic; they name only the element and position.
    /// </summary>
    public bool RedactValues { get; init; }

    /// <summary>The input's name in messages (a file path is used by default when reading from a path).</summary>
    public string? SourceName { get; init; }

    /// <summary>Base for relative hrefs; by default the feed's own <c>self</c> link, then the hrefs are kept as written.</summary>
    public Uri? BaseUri { get; init; }

    /// <summary>
    /// Receives every diagnostic as it is found (streaming API). Repeated quirks come once, with their count,
    /// when the input ends. <see cref="GreenButtonDocument.Diagnostics"/> gathers them without this.
    /// </summary>
    public Action<GreenButtonDiagnostic>? OnDiagnostic { get; init; }
}
