namespace GreenButton;

/// <summary>
/// Something the reader noticed, repaired or skipped: an unknown element, a quirk it worked around,
/// an entry it could not attach. Repeated quirks are reported once with their <see cref="Count"/>
/// and the position of the first occurrence.
/// </summary>
public sealed record GreenButtonDiagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    public GreenButtonDiagnostic(DiagnosticSeverity severity, string code, string message)
    {
        Severity = severity;
        Code = code;
        Message = message;
    }

    /// <summary>How much it matters.</summary>
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>A stable, kebab-case code from <see cref="DiagnosticCodes"/>.</summary>
    public string Code { get; init; }

    /// <summary>A human-readable sentence; holds no raw values when <see cref="GreenButtonReaderOptions.RedactValues"/> is set.</summary>
    public string Message { get; init; }

    /// <summary>The input's name (file path or the name given in the options), if known.</summary>
    public string? Source { get; init; }

    /// <summary>1-based line of the (first) occurrence; 0 when unknown.</summary>
    public int Line { get; init; }

    /// <summary>1-based column of the (first) occurrence; 0 when unknown.</summary>
    public int Column { get; init; }

    /// <summary>The Atom id of the entry concerned, if any.</summary>
    public string? EntryId { get; init; }

    /// <summary>How many times this was seen (1 for one-off diagnostics).</summary>
    public int Count { get; init; } = 1;

    /// <inheritdoc/>
    public override string ToString()
    {
        var where = Line > 0 ? $"{Source ?? "<input>"}:{Line}:{Column}: " : Source is null ? "" : Source + ": ";
        var count = Count > 1 ? $" (x{Count})" : "";
        return $"{where}{Severity.ToString().ToLowerInvariant()} {Code}: {Message}{count}";
    }
}
