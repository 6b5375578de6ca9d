using System.Globalization;

namespace GreenButton.Cli.Validate;

/// <summary>
/// The text form: a verdict line per file, then a table of the violations grouped by code (errors first), each with its
/// count, its first positions and the first message.
/// </summary>
internal static class ValidateText
{
    private const int Positions = 3;
    private const int LineWidth = 80;
    private const int MaxCodeWidth = 26;

    public static async Task WriteAsync(TextWriter output, GreenButtonValidationResult result, bool warningsAsErrors)
    {
        await output.WriteLineAsync($"{result.Source ?? "-"}: {Verdict(result, warningsAsErrors)}").ConfigureAwait(false);
        if (result.ConvertedFrom is { } from)
        {
            await output.WriteLineAsync($"  converted from {from} to ESPI XML: schema and rule findings are the converted document's").ConfigureAwait(false);
        }
        await output.WriteLineAsync($"  {Checked(result)}").ConfigureAwait(false);
        var groups = result.Violations.GroupBy(v => (v.Source, v.Code))
            .Select(g => (g.Key.Source, g.Key.Code, Items: g.ToList(), Severity: g.Max(v => v.Severity), Count: g.Sum(v => Math.Max(1, v.Count))))
            .OrderByDescending(g => g.Severity).ThenBy(g => g.Source).ThenBy(g => g.Code, StringComparer.Ordinal).ToList();
        if (groups.Count == 0)
        {
            return;
        }
        var width = Math.Clamp(groups.Max(g => g.Code.Length), 4, MaxCodeWidth);
        await output.WriteLineAsync($"  {"code".PadRight(width)}  {"severity",-8} {"count",6}  first at").ConfigureAwait(false);
        foreach (var group in groups)
        {
            var at = string.Join(", ", group.Items.Take(Positions).Select(Position));
            if (group.Items.Count > Positions)
            {
                at += ", ...";
            }
            var count = group.Count.ToString(CultureInfo.InvariantCulture);
            await output.WriteLineAsync($"  {group.Code.PadRight(width)}  {Severity(group.Severity),-8} {count,6}  {at}").ConfigureAwait(false);
            foreach (var line in Wrap(group.Items[0].Message, LineWidth - 4))
            {
                await output.WriteLineAsync($"    {line}").ConfigureAwait(false);
            }
        }
        if (result.OmittedViolations > 0)
        {
            await output.WriteLineAsync($"  ... and {result.OmittedViolations} more violation(s) not listed.").ConfigureAwait(false);
        }
    }

    /// <summary>Splits a message into lines of at most <paramref name="width"/> characters, at spaces where it can.</summary>
    internal static IEnumerable<string> Wrap(string text, int width)
    {
        var rest = text.AsMemory();
        while (rest.Length > width)
        {
            var cut = rest.Span[..(width + 1)].LastIndexOf(' ');
            if (cut <= 0)
            {
                cut = width;
            }
            yield return rest[..cut].ToString().TrimEnd();
            rest = rest[cut..].TrimStart(' ');
        }
        if (rest.Length > 0)
        {
            yield return rest.ToString();
        }
    }

    private static string Verdict(GreenButtonValidationResult result, bool warningsAsErrors)
    {
        if (!result.IsReadable)
        {
            return "unreadable";
        }
        var counts = $"{Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")}";
        return result.Fails(warningsAsErrors) ? $"not valid ({counts})" : $"valid ({counts})";
    }

    private static string Checked(GreenButtonValidationResult result)
    {
        var schema = result.Schema == EspiSchemaVersion.None ? "schema not checked"
            : $"schema ESPI {ValidateJson.Schema(result.Schema)}: {(result.IsSchemaValid == true ? "valid" : "not valid")}";
        var rules = !result.RulesChecked ? "rules not checked"
            : $"rules of blocks {string.Join(",", result.FunctionBlocks)} ({From(result.FunctionBlockSource)})";
        return $"{schema}; {rules}";
    }

    private static string From(FunctionBlockSource source) => source switch
    {
        FunctionBlockSource.Claimed => "claimed by the feed",
        FunctionBlockSource.Option => "as asked",
        _ => "default: none claimed",
    };

    private static string Position(ValidationViolation violation) => violation.Line > 0
        ? $"{violation.Line.ToString(CultureInfo.InvariantCulture)}:{violation.Column.ToString(CultureInfo.InvariantCulture)}"
        : violation.Path ?? "-";

    private static string Severity(DiagnosticSeverity severity) => ValidateJson.Severity(severity);

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count.ToString(CultureInfo.InvariantCulture)} {noun}s";
}
