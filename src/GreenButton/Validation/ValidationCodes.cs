namespace GreenButton;

/// <summary>
/// The codes of <see cref="ValidationViolation.Code"/> that are neither a D-code (<see cref="GreenButtonValidator.Rules"/>)
/// nor a reader diagnostic (<see cref="DiagnosticCodes"/>, reported as quirks). Stable: tools may match on them.
/// </summary>
public static class ValidationCodes
{
    /// <summary>The document breaks the XML schema.</summary>
    public const string Xsd = "xsd";
    /// <summary>The input is not well-formed XML, is truncated, or cannot be decoded: nothing else could be checked.</summary>
    public const string Xml = "xml";
    /// <summary>The input could not be opened or read.</summary>
    public const string Io = "io";
    /// <summary>The readings of a billing period do not add up to the UsageSummary's consumption of that period.</summary>
    public const string SummaryMismatch = "summary-mismatch";
    /// <summary>A MeterReading's readings leave time uncovered between one reading's end and the next one's start.</summary>
    public const string ReadingGap = "reading-gap";
    /// <summary>The readings look like local wall-clock time written as UTC: an hour missing at the spring DST change, or repeated at the autumn one.</summary>
    public const string DstShifted = "dst-shifted";
}
