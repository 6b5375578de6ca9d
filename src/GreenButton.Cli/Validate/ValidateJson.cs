using System.Text.Json;

namespace GreenButton.Cli.Validate;

// The JSON contract of `validate --format json` (schemas/greenbutton-validate.schema.json): camelCase, nulls written.

internal sealed record ValidateReport(IReadOnlyList<FileValidation> Files);

internal sealed record FileValidation
{
    public required string File { get; init; }

    /// <summary>No error (and, with --warnings-as-errors, no warning): the file's exit code is 0.</summary>
    public required bool Valid { get; init; }

    /// <summary>Valid against the schema; null with --schema none.</summary>
    public required bool? SchemaValid { get; init; }

    public required IReadOnlyList<int> FunctionBlocks { get; init; }

    public required IReadOnlyList<ViolationJson> Violations { get; init; }

    /// <summary>False when the file cannot be opened or is not well-formed XML (exit code 3).</summary>
    public required bool Readable { get; init; }

    /// <summary><c>4.0</c>, <c>3.3</c> or <c>none</c>.</summary>
    public required string Schema { get; init; }

    /// <summary><c>claimed</c> (the feed's scope), <c>option</c> (--function-blocks) or <c>default</c>.</summary>
    public required string FunctionBlocksFrom { get; init; }

    public required int Errors { get; init; }

    public required int Warnings { get; init; }

    /// <summary>Violations beyond the cap, counted but not listed.</summary>
    public required int Omitted { get; init; }

    /// <summary><c>csv</c> when the input was a utility's CSV download, validated as the ESPI document it converts to; null for XML.</summary>
    public string? ConvertedFrom { get; init; }
}

internal sealed record ViolationJson(string Source, string Code, string Severity, int Line, int Column, string? Path, string? EntryId, string Message, int Count);

/// <summary>Builds and writes the JSON form.</summary>
internal static class ValidateJson
{
    public static string Serialize(IEnumerable<GreenButtonValidationResult> results, bool warningsAsErrors)
        => JsonSerializer.Serialize(new ValidateReport([.. results.Select(r => Build(r, warningsAsErrors))]), CliJson.Output.ValidateReport);

    public static FileValidation Build(GreenButtonValidationResult result, bool warningsAsErrors) => new()
    {
        File = result.Source ?? "-",
        Valid = !result.Fails(warningsAsErrors),
        SchemaValid = result.IsSchemaValid,
        FunctionBlocks = result.RulesChecked ? result.FunctionBlocks : [],
        Violations = [.. result.Violations.Select(v => new ViolationJson(Source(v.Source), v.Code, Severity(v.Severity), v.Line, v.Column, v.Path, v.EntryId, v.Message, v.Count))],
        Readable = result.IsReadable,
        Schema = Schema(result.Schema),
        FunctionBlocksFrom = result.FunctionBlockSource.ToString().ToLowerInvariant(),
        Errors = result.ErrorCount,
        Warnings = result.WarningCount,
        Omitted = result.OmittedViolations,
        ConvertedFrom = result.ConvertedFrom?.ToLowerInvariant(),
    };

    public static string Source(ViolationSource source) => source.ToString().ToLowerInvariant();

    public static string Severity(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();

    public static string Schema(EspiSchemaVersion schema) => schema switch
    {
        EspiSchemaVersion.Espi40 => "4.0",
        EspiSchemaVersion.Espi33 => "3.3",
        _ => "none",
    };
}
