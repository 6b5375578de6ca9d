using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GreenButton.Cli;

/// <summary>
/// The CLI's JSON outputs, by source generation (no reflection, so the tool trims and publishes native AOT): camelCase,
/// indented, nulls written, <c>m³</c> and <c>°C</c> as written (the output is not embedded in HTML).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(Summary.SummaryReport))]
[JsonSerializable(typeof(Inspect.InspectReport))]
[JsonSerializable(typeof(Validate.ValidateReport))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class CliJson : JsonSerializerContext
{
    /// <summary>The context every JSON output goes through (its <see cref="JsonSerializerContext.Options"/> also write JSON nodes).</summary>
    public static CliJson Output { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
