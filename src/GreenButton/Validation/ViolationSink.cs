namespace GreenButton;

/// <summary>Keeps the first violations up to the cap, counts every one by severity, and knows whether values may be quoted.</summary>
internal sealed class ViolationSink(int max, bool redact)
{
    private readonly List<ValidationViolation> _kept = [];

    public bool Redact { get; } = redact;

    public int Omitted { get; private set; }
    public int Errors { get; private set; }
    public int Warnings { get; private set; }
    public int SchemaErrors { get; private set; }

    public List<ValidationViolation> Kept => _kept;

    public void Add(ValidationViolation violation)
    {
        var count = Math.Max(1, violation.Count);
        Errors += violation.Severity == DiagnosticSeverity.Error ? 1 : 0;
        Warnings += violation.Severity == DiagnosticSeverity.Warning ? 1 : 0;
        SchemaErrors += violation.Source == ViolationSource.Schema && violation.Severity == DiagnosticSeverity.Error ? 1 : 0;
        if (_kept.Count < max)
        {
            _kept.Add(violation);
        }
        else
        {
            Omitted += count;
        }
    }

    /// <summary>A value for a message: quoted, or a placeholder when values are redacted.</summary>
    public string Quote(string? value) => Redact ? "(value redacted)" : value is null ? "(none)" : $"'{(value.Length > 200 ? value[..200] + "..." : value)}'";

    /// <summary>A time for a message.</summary>
    public string Time(long unixSeconds) => Redact ? "(time redacted)" : EspiTime.FromUnixSeconds(unixSeconds).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
