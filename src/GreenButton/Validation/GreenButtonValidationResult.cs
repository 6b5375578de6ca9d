namespace GreenButton;

/// <summary>What <see cref="GreenButtonValidator"/> found in one input.</summary>
public sealed class GreenButtonValidationResult
{
    internal GreenButtonValidationResult(string? source, bool isReadable, EspiSchemaVersion schema, bool schemaValid,
        IReadOnlyList<int> functionBlocks, FunctionBlockSource functionBlockSource, bool rulesChecked,
        IReadOnlyList<ValidationViolation> violations, int omitted, int errors, int warnings)
    {
        Source = source;
        IsReadable = isReadable;
        Schema = schema;
        IsSchemaValid = !isReadable ? false : schema == EspiSchemaVersion.None ? null : schemaValid;
        FunctionBlocks = functionBlocks;
        FunctionBlockSource = functionBlockSource;
        RulesChecked = rulesChecked;
        Violations = violations;
        OmittedViolations = omitted;
        ErrorCount = errors;
        WarningCount = warnings;
    }

    /// <summary>
    /// The result for an input that could not be opened or read, for callers that open inputs themselves: not readable,
    /// with one <see cref="ValidationCodes.Io"/> violation when the file could not be opened or read, else one
    /// <see cref="ValidationCodes.Xml"/> violation (its content is not well-formed Green Button XML).
    /// </summary>
    public static GreenButtonValidationResult Unreadable(string? source, GreenButtonException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var code = error.InnerException is IOException or UnauthorizedAccessException ? ValidationCodes.Io : ValidationCodes.Xml;
        return new ValidationRun(new GreenButtonValidationOptions { SourceName = source }, source).Unreadable(error, code);
    }

    /// <summary>
    /// What the document was converted from before validation (<see cref="GreenButtonValidationOptions.ConvertedFrom"/>,
    /// e.g. <c>"CSV"</c>); null when the input was ESPI XML itself.
    /// </summary>
    public string? ConvertedFrom { get; internal init; }

    /// <summary>The input's name (the path, or <see cref="GreenButtonValidationOptions.SourceName"/>).</summary>
    public string? Source { get; }

    /// <summary>False when the input could not be opened or is not well-formed XML: nothing but that was checked.</summary>
    public bool IsReadable { get; }

    /// <summary>The schema set validated against.</summary>
    public EspiSchemaVersion Schema { get; }

    /// <summary>Whether the document is valid against <see cref="Schema"/>; null when schema validation was off.</summary>
    public bool? IsSchemaValid { get; }

    /// <summary>The function blocks whose rules were checked, ascending.</summary>
    public IReadOnlyList<int> FunctionBlocks { get; }

    /// <summary>Where <see cref="FunctionBlocks"/> came from.</summary>
    public FunctionBlockSource FunctionBlockSource { get; }

    /// <summary>Whether the data rules were checked (<see cref="GreenButtonValidationOptions.Rules"/> and a readable input).</summary>
    public bool RulesChecked { get; }

    /// <summary>Every violation kept, schema errors first (in document order), then rules, then quirks.</summary>
    public IReadOnlyList<ValidationViolation> Violations { get; }

    /// <summary>Violations found beyond <see cref="GreenButtonValidationOptions.MaxViolations"/>, counted but not kept.</summary>
    public int OmittedViolations { get; }

    /// <summary>How many violations are errors, omitted ones included.</summary>
    public int ErrorCount { get; }

    /// <summary>How many violations are warnings, omitted ones included.</summary>
    public int WarningCount { get; }

    /// <summary>Readable, and no error among the violations (warnings and info allowed).</summary>
    public bool IsValid => IsReadable && ErrorCount == 0;

    /// <summary>Whether the input fails: not valid, or (with <paramref name="warningsAsErrors"/>) any warning.</summary>
    public bool Fails(bool warningsAsErrors) => !IsValid || (warningsAsErrors && WarningCount > 0);
}
