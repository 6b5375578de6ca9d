using System.Reflection;
using System.Text.Json.Nodes;

namespace GreenButton.Cli.Validate;

/// <summary>
/// The SARIF 2.1.0 form (OASIS Static Analysis Results Interchange Format): one run of the greenbutton tool, a rule
/// descriptor per code found, a result per violation located by file, line and column, with the element path as its
/// logical location, so that code-scanning tools show them.
/// </summary>
internal static class ValidateSarif
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Serialize(IReadOnlyList<GreenButtonValidationResult> results, bool warningsAsErrors)
    {
        var rules = new JsonArray();
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var artifacts = new JsonArray();
        var sarifResults = new JsonArray();
        for (var fileIndex = 0; fileIndex < results.Count; fileIndex++)
        {
            var result = results[fileIndex];
            var uri = Uri(result.Source);
            artifacts.Add((JsonNode)new JsonObject
            {
                ["location"] = new JsonObject { ["uri"] = uri },
                ["properties"] = new JsonObject
                {
                    ["valid"] = !result.Fails(warningsAsErrors),
                    ["readable"] = result.IsReadable,
                    ["schemaValid"] = result.IsSchemaValid,
                    ["functionBlocks"] = new JsonArray([.. (result.RulesChecked ? result.FunctionBlocks : []).Select(b => (JsonNode)b)]),
                    ["convertedFrom"] = result.ConvertedFrom?.ToLowerInvariant(),
                },
            });
            foreach (var violation in result.Violations)
            {
                if (!ruleIndex.TryGetValue(violation.Code, out var index))
                {
                    index = ruleIndex[violation.Code] = rules.Count;
                    rules.Add((JsonNode)Descriptor(violation));
                }
                var location = new JsonObject
                {
                    ["physicalLocation"] = Physical(uri, fileIndex, violation),
                };
                if (violation.Path is not null)
                {
                    location["logicalLocations"] = new JsonArray(new JsonObject { ["fullyQualifiedName"] = violation.Path, ["kind"] = "element" });
                }
                var level = violation.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => warningsAsErrors ? "error" : "warning",
                    _ => "note",
                };
                var properties = new JsonObject { ["source"] = ValidateJson.Source(violation.Source) };
                if (violation.EntryId is not null)
                {
                    properties["entryId"] = violation.EntryId;
                }
                if (violation.Count > 1)
                {
                    properties["count"] = violation.Count;
                }
                sarifResults.Add((JsonNode)new JsonObject
                {
                    ["ruleId"] = violation.Code,
                    ["ruleIndex"] = index,
                    ["level"] = level,
                    ["message"] = new JsonObject { ["text"] = violation.Message },
                    ["locations"] = new JsonArray(location),
                    ["properties"] = properties,
                });
            }
        }
        var version = typeof(ValidateSarif).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var log = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "greenbutton",
                        ["informationUri"] = "https://github.com/greenbutton-dotnet/greenbutton",
                        ["semanticVersion"] = version.Split('+')[0],
                        ["rules"] = rules,
                    },
                },
                ["artifacts"] = artifacts,
                ["results"] = sarifResults,
                ["columnKind"] = "utf16CodeUnits",
            }),
        };
        return log.ToJsonString(CliJson.Output.Options);
    }

    private static JsonObject Physical(string uri, int fileIndex, ValidationViolation violation)
    {
        var physical = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = uri, ["index"] = fileIndex } };
        if (violation.Line > 0)
        {
            var region = new JsonObject { ["startLine"] = violation.Line };
            if (violation.Column > 0)
            {
                region["startColumn"] = violation.Column;
            }
            physical["region"] = region;
        }
        return physical;
    }

    private static JsonObject Descriptor(ValidationViolation violation)
    {
        var rule = GreenButtonValidator.Rules.FirstOrDefault(r => r.Code == violation.Code);
        var (name, shortText, fullText) = rule is not null
            ? ($"FB{rule.FunctionBlock:00}-{rule.Code}", $"{rule.Subject}: {rule.Check}", $"Green Button Alliance data rule {rule.Code} (function block {rule.FunctionBlock}), on {rule.AppliesTo}: {rule.Subject}: {rule.Check}.")
            : violation.Code switch
            {
                ValidationCodes.Xsd => ("SchemaError", "The document breaks the ESPI XML schema.", "The document is not valid against the ESPI XML schema (XSD) it was validated with."),
                ValidationCodes.Xml => ("MalformedXml", "The input is not well-formed XML.", "The input is not well-formed XML, is truncated, or cannot be decoded; nothing else could be checked."),
                ValidationCodes.Io => ("Unreadable", "The input cannot be read.", "The input could not be opened or read."),
                _ => ($"Quirk-{violation.Code}", $"Quirk: {violation.Code}.", "A quirk of the data that breaks no rule but is worth a look (see the README's list of quirk codes)."),
            };
        var descriptor = new JsonObject
        {
            ["id"] = violation.Code,
            ["name"] = name,
            ["shortDescription"] = new JsonObject { ["text"] = shortText },
            ["fullDescription"] = new JsonObject { ["text"] = fullText },
            ["defaultConfiguration"] = new JsonObject
            {
                ["level"] = violation.Source == ViolationSource.Quirk ? "warning" : "error",
            },
        };
        if (rule is not null)
        {
            descriptor["properties"] = new JsonObject { ["functionBlock"] = rule.FunctionBlock, ["appliesTo"] = rule.AppliesTo };
        }
        return descriptor;
    }

    /// <summary>The file as a SARIF artifact URI: a relative path with forward slashes, or a file URI for an absolute one.</summary>
    private static string Uri(string? source)
    {
        if (source is null || source == "-")
        {
            return "stdin";
        }
        if (Path.IsPathRooted(source))
        {
            return new Uri(Path.GetFullPath(source)).AbsoluteUri;
        }
        return string.Join('/', source.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
    }
}
