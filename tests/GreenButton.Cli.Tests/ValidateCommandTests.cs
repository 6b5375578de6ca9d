using System.Text.Json;
using Json.Schema;

namespace GreenButton.Cli.Tests;

public sealed class ValidateCommandTests
{
    private static readonly Lazy<JsonSchema> s_schema = new(() => JsonSchema.FromFile(TestPaths.Schema("greenbutton-validate.schema.json")));

    private static string Good => TestPaths.Fixture("validate-good.xml");

    private static string Bad => TestPaths.Fixture("validate-bad.xml");

    [Fact]
    public async Task A_valid_file_exits_0_with_its_verdict()
    {
        var result = await CliRunner.RunAsync("validate", Good);
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("validate-good.xml: valid (0 errors, 0 warnings)")
            .And.Contain("schema ESPI 4.0: valid; rules of blocks 1,4 (default: none claimed)");
    }

    [Fact]
    public async Task A_file_breaking_a_rule_exits_1_with_a_table_grouped_by_code()
    {
        var result = await CliRunner.RunAsync("validate", Bad);
        result.ExitCode.Should().Be(1);
        var lines = result.Out.Split('\n');
        lines.Should().Contain(l => l.StartsWith("  code ", StringComparison.Ordinal) && l.Contains("severity") && l.Contains("count") && l.Contains("first at"));
        lines.Should().Contain(l => l.TrimStart().StartsWith("D042 ", StringComparison.Ordinal) && l.Contains("error") && l.Contains("1  "));
        lines.Should().Contain(l => l.TrimStart().StartsWith("padded-number ", StringComparison.Ordinal) && l.Contains("warning"));
        lines.Skip(1).Should().OnlyContain(l => l.Length <= 80, "below the file's name, the report fits 80 columns");
    }

    [Fact]
    public async Task Warnings_fail_only_with_warnings_as_errors()
    {
        var padded = Path.Combine(Path.GetTempPath(), $"validate-padded-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(padded, (await File.ReadAllTextAsync(Good)).Replace("<intervalLength>900<", "<intervalLength> 900 <", StringComparison.Ordinal));
        try
        {
            (await CliRunner.RunAsync("validate", padded)).ExitCode.Should().Be(0);
            (await CliRunner.RunAsync("validate", "--warnings-as-errors", padded)).ExitCode.Should().Be(1);
        }
        finally
        {
            File.Delete(padded);
        }
    }

    [Theory]
    [InlineData("not-xml.xml")]
    [InlineData("truncated.xml")]
    public async Task An_unreadable_file_exits_3_and_the_others_are_still_validated(string fixture)
    {
        var result = await CliRunner.RunAsync("validate", "--format", "json", TestPaths.Fixture(fixture), Good);
        result.ExitCode.Should().Be(3);
        using var json = JsonDocument.Parse(result.Out);
        var files = json.RootElement.GetProperty("files");
        files.GetArrayLength().Should().Be(2);
        files[0].GetProperty("readable").GetBoolean().Should().BeFalse();
        files[0].GetProperty("violations")[0].GetProperty("code").GetString().Should().Be("xml");
        files[1].GetProperty("valid").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task A_missing_file_exits_3()
        => (await CliRunner.RunAsync("validate", Path.Combine(Path.GetTempPath(), $"none-{Guid.NewGuid():N}", "x.xml"))).ExitCode.Should().BeOneOf(2, 3);

    [Fact]
    public async Task The_JSON_follows_the_published_contract()
    {
        var result = await CliRunner.RunAsync("validate", "--format", "json", Bad, Good);
        result.ExitCode.Should().Be(1);
        ShouldMatchSchema(result.Out);
        using var json = JsonDocument.Parse(result.Out);
        var bad = json.RootElement.GetProperty("files")[0];
        bad.GetProperty("file").GetString().Should().EndWith("validate-bad.xml");
        bad.GetProperty("valid").GetBoolean().Should().BeFalse();
        bad.GetProperty("schemaValid").GetBoolean().Should().BeTrue();
        bad.GetProperty("functionBlocks").EnumerateArray().Select(e => e.GetInt32()).Should().Equal(1, 4);
        var d042 = bad.GetProperty("violations").EnumerateArray().Single(v => v.GetProperty("code").GetString() == "D042");
        d042.GetProperty("source").GetString().Should().Be("rule");
        d042.GetProperty("severity").GetString().Should().Be("error");
        d042.GetProperty("line").GetInt32().Should().BeGreaterThan(0);
        d042.GetProperty("column").GetInt32().Should().BeGreaterThan(0);
        d042.GetProperty("path").GetString().Should().MatchRegex(@"^feed/entry\[5\]/content/IntervalBlock$");
        d042.GetProperty("entryId").GetString().Should().Be("urn:uuid:ib");
        d042.GetProperty("message").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Schema_and_rules_can_be_switched_off_and_blocks_given()
    {
        var result = await CliRunner.RunAsync("validate", "--format", "json", "--schema", "none", "--rules", "none", Bad);
        using (var json = JsonDocument.Parse(result.Out))
        {
            var file = json.RootElement.GetProperty("files")[0];
            file.GetProperty("schemaValid").ValueKind.Should().Be(JsonValueKind.Null);
            file.GetProperty("functionBlocks").GetArrayLength().Should().Be(0);
            file.GetProperty("violations").EnumerateArray().Should().OnlyContain(v => v.GetProperty("source").GetString() == "quirk");
        }
        result.ExitCode.Should().Be(0, "quirks are warnings");
        var blocks = await CliRunner.RunAsync("validate", "--format", "json", "--function-blocks", "1,4,12", "--schema", "3.3", Good);
        using var withBlocks = JsonDocument.Parse(blocks.Out);
        var good = withBlocks.RootElement.GetProperty("files")[0];
        good.GetProperty("functionBlocks").EnumerateArray().Select(e => e.GetInt32()).Should().Equal(1, 4, 12);
        good.GetProperty("functionBlocksFrom").GetString().Should().Be("option");
        good.GetProperty("schema").GetString().Should().Be("3.3");
        good.GetProperty("violations").EnumerateArray().Should().Contain(v => v.GetProperty("code").GetString() == "D043");
        blocks.ExitCode.Should().Be(1);
    }

    [Theory]
    [InlineData("--function-blocks", "1,x")]
    [InlineData("--schema", "5.0")]
    [InlineData("--rules", "all")]
    [InlineData("--format", "xml")]
    public async Task A_bad_option_is_a_usage_error(string option, string value)
        => (await CliRunner.RunAsync("validate", option, value, Good)).ExitCode.Should().Be(2);

    [Fact]
    public async Task SARIF_2_1_0_carries_rules_results_and_locations()
    {
        var result = await CliRunner.RunAsync("validate", "--format", "sarif", Bad);
        result.ExitCode.Should().Be(1);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        root.GetProperty("version").GetString().Should().Be("2.1.0");
        root.GetProperty("$schema").GetString().Should().Contain("sarif-2.1.0");
        var run = root.GetProperty("runs")[0];
        run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString().Should().Be("greenbutton");
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var d042 = results.Single(r => r.GetProperty("ruleId").GetString() == "D042");
        d042.GetProperty("level").GetString().Should().Be("error");
        rules[d042.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString().Should().Be("D042");
        var location = d042.GetProperty("locations")[0];
        location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32().Should().BeGreaterThan(0);
        location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().Should().EndWith("validate-bad.xml");
        location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString().Should().Contain("IntervalBlock");
        results.Should().Contain(r => r.GetProperty("ruleId").GetString() == "padded-number" && r.GetProperty("level").GetString() == "warning");
    }

    [Fact]
    public async Task Redact_keeps_values_out_of_the_messages()
    {
        var plain = await CliRunner.RunAsync("validate", "--format", "json", Bad);
        plain.Out.Should().Contain("2023-06-01T07:00:01Z");
        var redacted = await CliRunner.RunAsync("validate", "--format", "json", "--redact", Bad);
        redacted.Out.Should().NotContain("2023-06-01T07:00:01Z").And.Contain("(time redacted)");
    }

    internal static void ShouldMatchSchema(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = s_schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"));
        result.IsValid.Should().BeTrue(string.Join("; ", errors));
    }
}

/// <summary><c>validate</c> reads a utility's CSV download as summary and export do: converted to ESPI, then validated.</summary>
public sealed class ValidateCsvTests
{
    private static string Csv => TestPaths.Fixture("validate-sdge.csv");

    [Fact]
    public async Task A_csv_download_is_converted_and_the_output_says_so()
    {
        var result = await CliRunner.RunAsync("validate", Csv);
        result.ExitCode.Should().BeOneOf([0, 1], result.Out + result.Error);
        result.Out.Should().Contain("validate-sdge.csv: ")
            .And.Contain("converted from CSV to ESPI XML: schema and rule findings are the converted document's")
            .And.Contain("schema ESPI 4.0: valid");
        result.Out.Should().NotContain("not a Green Button XML file").And.NotContain("VALIDATE TEST");
    }

    [Fact]
    public async Task The_JSON_says_csv_and_follows_the_contract()
    {
        var result = await CliRunner.RunAsync("validate", "--format", "json", Csv, TestPaths.Fixture("validate-good.xml"));
        ValidateCommandTests.ShouldMatchSchema(result.Out);
        using var json = JsonDocument.Parse(result.Out);
        var files = json.RootElement.GetProperty("files");
        files[0].GetProperty("convertedFrom").GetString().Should().Be("csv");
        files[0].GetProperty("readable").GetBoolean().Should().BeTrue();
        files[0].GetProperty("schemaValid").GetBoolean().Should().BeTrue();
        files[1].GetProperty("convertedFrom").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_bad_row_is_skipped_and_reported_with_its_csv_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gb-validate-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, File.ReadAllText(Csv).Replace("\"1:00 AM\"", "\"1:00 XM\"", StringComparison.Ordinal));
        try
        {
            var result = await CliRunner.RunAsync("validate", "--format", "json", path);
            result.ExitCode.Should().NotBe(3, result.Out + result.Error);
            using var json = JsonDocument.Parse(result.Out);
            var file = json.RootElement.GetProperty("files")[0];
            file.GetProperty("convertedFrom").GetString().Should().Be("csv");
            var skipped = file.GetProperty("violations").EnumerateArray()
                .Where(v => v.GetProperty("message").GetString()!.Contains("(line 9 of the CSV input)", StringComparison.Ordinal)).ToList();
            skipped.Should().NotBeEmpty(result.Out);
            skipped[0].GetProperty("source").GetString().Should().Be("quirk");
            skipped[0].GetProperty("line").GetInt32().Should().Be(0, "a violation's position is the converted document's; the CSV line is in the message");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_csv_that_cannot_be_read_is_unreadable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gb-validate-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "just,some\ncolumns,here\n");
        try
        {
            var result = await CliRunner.RunAsync("validate", path);
            result.ExitCode.Should().Be(3, result.Out + result.Error);
            result.Out.Should().Contain("unreadable");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
