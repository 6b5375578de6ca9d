namespace GreenButton;

/// <summary>
/// One finding of <see cref="GreenButtonValidator"/>: a schema error, a broken data rule, or a quirk, with where it is.
/// </summary>
public sealed record ValidationViolation
{
    /// <summary>Creates a violation.</summary>
    public ValidationViolation(ViolationSource source, string code, DiagnosticSeverity severity, string message)
    {
        Source = source;
        Code = code;
        Severity = severity;
        Message = message;
    }

    /// <summary>Which check found it.</summary>
    public ViolationSource Source { get; init; }

    /// <summary>
    /// The D-code for rules (<c>D042</c>), <see cref="ValidationCodes.Xsd"/> for schema errors, <see cref="ValidationCodes.Xml"/>
    /// when the XML cannot be read, a <see cref="DiagnosticCodes"/> or <see cref="ValidationCodes"/> code for quirks.
    /// </summary>
    public string Code { get; init; }

    /// <summary>Errors break conformance; warnings are quirks worth a look; info is noted only.</summary>
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>A sentence; quotes no value from the input when <see cref="GreenButtonValidationOptions.RedactValues"/> is set.</summary>
    public string Message { get; init; }

    /// <summary>1-based line; 0 when unknown (a rule about the whole feed).</summary>
    public int Line { get; init; }

    /// <summary>1-based column; 0 when unknown.</summary>
    public int Column { get; init; }

    /// <summary>Where in the document, e.g. <c>feed/entry[3]/content/IntervalBlock</c>; null when unknown.</summary>
    public string? Path { get; init; }

    /// <summary>The Atom id of the entry concerned, if any.</summary>
    public string? EntryId { get; init; }

    /// <summary>How many times it was seen (a quirk repeated in every reading is reported once); 1 otherwise.</summary>
    public int Count { get; init; } = 1;

    /// <inheritdoc/>
    public override string ToString()
    {
        var where = Line > 0 ? $"{Line}:{Column}: " : "";
        var count = Count > 1 ? $" (x{Count})" : "";
        return $"{where}{Severity.ToString().ToLowerInvariant()} {Code}: {Message}{count}";
    }
}
