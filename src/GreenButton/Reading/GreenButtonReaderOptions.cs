namespace GreenButton;

/// <summary>
/// How <see cref="GreenButtonReader"/> and <see cref="GreenButtonDocument"/> read their input.
/// The default is strict, with raw values shown in error messages.
/// </summary>
public readonly record struct GreenButtonReaderOptions
{
    /// <summary>
    /// When true, an entry that cannot be read (an invalid number, an impossible value) is skipped, reported as a
    /// <see cref="DiagnosticCodes.SkippedEntry"/> error diagnostic, and reading goes on. XML that is not well-formed
    /// fails in every mode: the reader cannot know where the next entry starts.
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>
    /// When true, exception and diagnostic messages never quote values from the input (they may be personal data:
    /// addresses, account numbers, usage); they name only the element and position.
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
