using System.Text.Json;

namespace GreenButton.Cli.Summary;

/// <summary>The JSON form of the summary (schemas/greenbutton-summary.schema.json).</summary>
internal static class SummaryJson
{
    public static string Serialize(SummaryReport report) => JsonSerializer.Serialize(report, CliJson.Output.SummaryReport);
}
