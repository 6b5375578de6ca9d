using System.Text.Json;
using Json.Schema;

namespace GreenButton.Cli.Tests;

/// <summary>The published JSON Schemas (schemas/*.schema.json), and validation of real outputs against them.</summary>
internal static class Schemas
{
    private static readonly Lazy<JsonSchema> s_summary = new(() => JsonSchema.FromFile(TestPaths.Schema("greenbutton-summary.schema.json")));
    private static readonly Lazy<JsonSchema> s_inspect = new(() => JsonSchema.FromFile(TestPaths.Schema("greenbutton-inspect.schema.json")));
    private static readonly Lazy<JsonSchema> s_exportRow = new(() => JsonSchema.FromFile(TestPaths.Schema("greenbutton-export-row.schema.json")));

    public static void ShouldMatchSummarySchema(string json) => Validate(s_summary.Value, json);

    public static void ShouldMatchInspectSchema(string json) => Validate(s_inspect.Value, json);

    public static void ShouldMatchExportRowSchema(string line) => Validate(s_exportRow.Value, line);

    private static void Validate(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"));
        result.IsValid.Should().BeTrue(string.Join("; ", errors));
    }
}
