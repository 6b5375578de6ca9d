namespace GreenButton;

/// <summary>
/// The input could not be read: malformed or truncated XML, a prohibited DTD, an invalid number or date.
/// Carries where it happened: <see cref="Source"/>, <see cref="Line"/>, <see cref="Column"/>,
/// <see cref="ElementPath"/> and <see cref="EntryId"/>.
/// </summary>
public sealed class GreenButtonException : Exception
{
    /// <summary>Creates an exception with a bare message.</summary>
    public GreenButtonException() : this("The Green Button input could not be read.") { }

    /// <summary>Creates an exception with a bare message.</summary>
    public GreenButtonException(string message) : base(message) => Reason = message;

    /// <summary>Creates an exception with a bare message and its cause.</summary>
    public GreenButtonException(string message, Exception innerException) : base(message, innerException) => Reason = message;

    /// <summary>
    /// Creates an exception located in an input, as the readers make them: its <see cref="Exception.Message"/> is
    /// <c>source:line:column: reason at elementPath (entry entryId)</c>, each part present when given. For readers of other
    /// formats built on this library (the CSV reader) that report errors as the ESPI reader does.
    /// </summary>
    /// <param name="reason">What went wrong, without the location (<see cref="Reason"/>).</param>
    /// <param name="source">The file path or input name; null when unknown.</param>
    /// <param name="line">1-based line; 0 when unknown (the message then names the source alone).</param>
    /// <param name="column">1-based column; 0 when unknown.</param>
    /// <param name="elementPath">Where in an XML document; null for other inputs.</param>
    /// <param name="entryId">The Atom id of the entry being read; null when none.</param>
    /// <param name="innerException">The cause, if any.</param>
    public GreenButtonException(string reason, string? source, int line, int column, string? elementPath = null, string? entryId = null, Exception? innerException = null)
        : base(Compose(reason, source, line, column, elementPath, entryId), innerException)
    {
        Reason = reason;
        Source = source;
        Line = line;
        Column = column;
        ElementPath = elementPath;
        EntryId = entryId;
    }

    /// <summary>What went wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The file path or input name, if known.</summary>
    public new string? Source { get; }

    /// <summary>1-based line; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column; 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>Where in the document, e.g. <c>feed/entry[3]/content/IntervalBlock/IntervalReading[17]/value</c>.</summary>
    public string? ElementPath { get; }

    /// <summary>The Atom id of the entry being read, if any.</summary>
    public string? EntryId { get; }

    /// <summary>
    /// Whether the data was at fault (an invalid number, a resource in a wrong namespace, a CSV row that does not read)
    /// rather than the XML itself or the input (not well-formed, truncated, unreadable). Lenient mode skips such an entry
    /// (or row) and goes on. Set it when making a located exception for bad data.
    /// </summary>
    public bool IsDataError { get; init; }

    private static string Compose(string reason, string? source, int line, int column, string? path, string? entryId)
    {
        var where = line > 0 ? $"{source ?? "<input>"}:{line}:{column}" : source ?? "<input>";
        var at = path is null ? "" : $" at {path}";
        var entry = entryId is null ? "" : $" (entry {entryId})";
        return $"{where}: {reason}{at}{entry}";
    }
}
