namespace GreenButton;

/// <summary>How much a <see cref="GreenButtonDiagnostic"/> matters to the data read.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Noted for completeness; the data is as the file meant it.</summary>
    Info = 0,

    /// <summary>A quirk was repaired or a guess was made; check the data if it matters.</summary>
    Warning = 1,

    /// <summary>Data was skipped (lenient mode) or could not be attached.</summary>
    Error = 2,
}
