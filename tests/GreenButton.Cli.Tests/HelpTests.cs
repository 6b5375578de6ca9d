using System.CommandLine;
using System.Text.RegularExpressions;

namespace GreenButton.Cli.Tests;

/// <summary>Help and usage errors: the command is greenbutton, choices are lower case, no .NET type name, one spelling per option.</summary>
public sealed partial class HelpTests
{
    public static TheoryData<string> Commands => ["", "summary", "export", "inspect", "sandbox", "fetch"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_names_the_command_greenbutton_and_shows_choices_and_defaults_as_typed(string command)
    {
        var result = await CliRunner.RunAsync(command.Length == 0 ? ["--help"] : [command, "--help"]);
        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain($"Usage:{Environment.NewLine}  greenbutton {command}".TrimEnd());
        result.Out.Should().NotContain("GreenButton.Cli").And.NotContain("System.");
        CapitalisedChoices().IsMatch(result.Out).Should().BeFalse("choices are shown in lower case, as they are typed: " + CapitalisedChoices().Match(result.Out).Value);
        CapitalisedDefault().IsMatch(result.Out).Should().BeFalse("defaults are shown as they are typed: " + CapitalisedDefault().Match(result.Out).Value);
        result.Out.Should().NotMatchRegex(@"\d\d/\d\d/\d{4}", "dates are shown as they are typed: yyyy-MM-dd");
    }

    [Fact]
    public async Task Help_of_each_command_shows_its_choices_and_defaults()
    {
        (await CliRunner.RunAsync("export", "--help")).Out.Should().Contain("-f, --format <csv|jsonl|parquet>").And.Contain("-o, --output <FILE>")
            .And.Contain("-i, --interval <raw|hour|day|month>").And.Contain("[default: raw]").And.NotContain("--to");
        (await CliRunner.RunAsync("summary", "--help")).Out.Should().Contain("-f, --format <text|json>").And.Contain("[default: text]").And.Contain("--wide");
        (await CliRunner.RunAsync("sandbox", "--help")).Out.Should().Contain("--start <yyyy-MM-dd>").And.Contain("[default: 2023-01-01]").And.NotContain("--json");
        var fetch = (await CliRunner.RunAsync("fetch", "--help")).Out;
        fetch.Should().Contain("-o, --output <FILE>").And.Contain("-f, --format <text|json>").And.Contain("greenbutton fetch <WHAT>");
        fetch.Should().NotContain("--out ").And.NotContain("--json");
    }

    [Theory]
    [InlineData("'xlsx' is not one of csv, jsonl or parquet", "export", "x.xml", "--format", "xlsx")]
    [InlineData("'xlsx' is not one of csv, jsonl or parquet", "export", "x.xml", "--to", "xlsx")]
    [InlineData("'weekly' is not one of raw, hour, day or month", "export", "x.xml", "--interval", "weekly")]
    [InlineData("'yaml' is not one of text or json", "summary", "--format", "yaml")]
    [InlineData("'yaml' is not one of text or json", "inspect", "x.xml", "--format", "yaml")]
    [InlineData("'yaml' is not one of text or json", "fetch", "service-status", "--format", "yaml")]
    [InlineData("'01/02/2023' is not a date written yyyy-MM-dd", "sandbox", "--start", "01/02/2023")]
    [InlineData("'many' is not a whole number", "sandbox", "--days", "many")]
    [InlineData("'soon' is not a whole number", "fetch", "service-status", "--timeout", "soon")]
    [InlineData("'long' is not a number", "fetch", "service-status", "--max-window", "long")]
    [InlineData("WHAT: 'bogus' is not one of usage-point, subscription, bulk", "fetch", "bogus")]
    [InlineData("--profile: 'x' is not one of generic or pge.", "fetch", "service-status", "--profile", "x")]
    [InlineData("--dates: 'y' is not one of xs or epoch.", "fetch", "service-status", "--dates", "y")]
    public async Task A_wrong_value_says_what_to_type_and_never_a_type_name(string message, params string[] args)
    {
        var result = await CliRunner.RunAsync(args);
        result.ExitCode.Should().Be(ExitCodes.Usage);
        result.Error.Should().Contain(message).And.NotContain("GreenButton.").And.NotContain("System.").And.NotContain("expected type");
        result.Error.Should().Contain($"Run 'greenbutton {args[0]} --help' for usage.");
    }

    [Fact]
    public void Every_command_spells_output_and_format_the_same_way()
    {
        var root = GreenButtonCli.CreateRootCommand(new CliEnvironment { Out = TextWriter.Null, Error = TextWriter.Null });
        root.Name.Should().Be("greenbutton");
        foreach (var command in root.Subcommands)
        {
            foreach (var option in command.Options.Where(o => !o.Hidden))
            {
                string[] names = [option.Name, .. option.Aliases];
                if (names.Contains("-o") || names.Contains("--out") || names.Contains("--output"))
                {
                    names.Should().BeEquivalentTo(["--output", "-o"], $"{command.Name} writes a file with -o, --output");
                }
                if (names.Contains("-f") || names.Contains("--format") || names.Contains("--json"))
                {
                    names.Should().BeEquivalentTo(["--format", "-f"], $"{command.Name} chooses its output with -f, --format");
                }
            }
        }
    }

    [Fact]
    public void The_former_spellings_still_parse()
    {
        var root = GreenButtonCli.CreateRootCommand(new CliEnvironment { Out = TextWriter.Null, Error = TextWriter.Null });
        root.Parse(["export", "x.xml", "--to", "jsonl"]).Errors.Should().BeEmpty();
        root.Parse(["export", "x.xml", "-t", "csv"]).Errors.Should().BeEmpty();
        root.Parse(["fetch", "service-status", "--out", "x.xml", "--json"]).Errors.Should().BeEmpty();
        root.Parse(["sandbox", "--json"]).Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Export_takes_its_format_from_the_output_extension()
    {
        var directory = TestPaths.TempDirectory();
        try
        {
            var parquet = Path.Combine(directory, "usage.parquet");
            (await CliRunner.RunAsync("export", TestPaths.Fixture("small.xml"), "-o", parquet, "-q")).ExitCode.Should().Be(0);
            (await File.ReadAllBytesAsync(parquet))[..4].Should().Equal("PAR1"u8.ToArray());
            var jsonl = Path.Combine(directory, "usage.jsonl");
            (await CliRunner.RunAsync("export", TestPaths.Fixture("small.xml"), "-o", jsonl, "-q")).ExitCode.Should().Be(0);
            (await File.ReadAllTextAsync(jsonl)).Should().StartWith("{");
            var csv = await CliRunner.RunAsync("export", TestPaths.Fixture("small.xml"), "-q");
            csv.Out.Should().StartWith("usage_point,", "CSV without -o or --format");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [GeneratedRegex(@"<[A-Z][a-z]+(\|[A-Z][a-z]+)+>")]
    private static partial Regex CapitalisedChoices();

    [GeneratedRegex(@"\[default: [A-Z][a-z]+\]")]
    private static partial Regex CapitalisedDefault();
}
