namespace GreenButton;

/// <summary>
/// What <see cref="GreenButtonValidator"/> checks. The default checks everything: the ESPI 4.0 schema, the Green Button
/// Alliance's data rules of the function blocks the feed claims, and quirks.
/// </summary>
public readonly record struct GreenButtonValidationOptions
{
    /// <summary>The default cap on the violations kept per file.</summary>
    public const int DefaultMaxViolations = 1000;

    /// <summary>The schema set to validate against; <see cref="EspiSchemaVersion.None"/> skips schema validation.</summary>
    public EspiSchemaVersion Schema { get; init; }

    /// <summary>The data rules to check; <see cref="ValidationRuleSet.None"/> skips them.</summary>
    public ValidationRuleSet Rules { get; init; }

    /// <summary>
    /// The NAESB function blocks whose rules apply (1 common, 4 interval metering, 5, ..., 99 for the Alliance's optional
    /// fields). Null takes the feed's claim (ApplicationInformation or Authorization scope <c>FB=1_4_...</c>), else the default
    /// of <see cref="FunctionBlockSource.Default"/>.
    /// </summary>
    public IReadOnlyList<int>? FunctionBlocks { get; init; }

    /// <summary>When true, quirks (what the reader repaired, gaps, summaries that disagree with readings) are not reported.</summary>
    public bool IgnoreQuirks { get; init; }

    /// <summary>When true, messages never quote values from the input (they may be personal data); they name the element and position only.</summary>
    public bool RedactValues { get; init; }

    /// <summary>The input's name in the result (a file path is used by default when validating a path).</summary>
    public string? SourceName { get; init; }

    /// <summary>
    /// How many violations to keep per file (0 means <see cref="DefaultMaxViolations"/>); the rest are counted in
    /// <see cref="GreenButtonValidationResult.OmittedViolations"/>.
    /// </summary>
    public int MaxViolations { get; init; }

    /// <summary>
    /// What the document was converted from (<c>"CSV"</c> for a utility's CSV download converted to ESPI), named in
    /// <see cref="GreenButtonValidationResult.ConvertedFrom"/>: the schema and rule findings then refer to the converted document.
    /// </summary>
    public string? ConvertedFrom { get; init; }

    /// <summary>
    /// The conversion's own diagnostics (what the CSV reader repaired or skipped), reported as quirks beside the reader's;
    /// their messages name their line in the original input (the violations' own positions, which would be the
    /// converted document's, are left at 0).
    /// </summary>
    public IReadOnlyList<GreenButtonDiagnostic>? ConversionDiagnostics { get; init; }

    /// <summary>
    /// Validates with .NET's validating <see cref="System.Xml.XmlReader"/> instead of the push validator: the reference the
    /// push validator's schema errors are tested and measured against.
    /// </summary>
    internal bool ValidatingReader { get; init; }
}
