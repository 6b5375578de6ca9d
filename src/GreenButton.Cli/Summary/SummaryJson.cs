using System.Text.Encodings.Web;
using System.Text.Json;

namespace GreenButton.Cli.Summary;

/// <summary>The JSON form of the summary (schemas/greenbutton-summary.schema.json).</summary>
internal static class SummaryJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // m³, °C as written; the output is not embedded in HTML
    };

    public static string Serialize(SummaryReport report) => JsonSerializer.Serialize(report, Options);
}
