using System.Text.Json;
using GreenButton.Cli.Summary;
using GreenButton.Tests.Corpus;

namespace GreenButton.Cli.Tests;

/// <summary>
/// What the one-shot process skips at start-up changes no output: the summary's hand-written JSON is the
/// source-generated serializer's, byte for byte, and a command line builds only the subcommand it runs.
/// </summary>
public sealed class StartupTests
{
    private static string CustomerFull => Path.Combine(TestPaths.Repository, "tests", "GreenButton.Tests", "Fixtures", "customer-full.xml");

    [Theory]
    [InlineData("small.xml")]
    [InlineData("unordered.xml")]
    [InlineData("bad-number.xml")]
    public async Task Summary_json_is_the_serializers_on_fixtures(string fixture)
    {
        await ShouldMatchSerializer("summary", TestPaths.Fixture(fixture), "--format", "json", "--lenient");
    }

    [Fact]
    public async Task Summary_json_is_the_serializers_with_customer_fields_several_files_and_the_sample()
    {
        await ShouldMatchSerializer("summary", CustomerFull, "--format", "json", "--show-personal-data");
        await ShouldMatchSerializer("summary", CustomerFull, "--format", "json");
        await ShouldMatchSerializer("summary", TestPaths.Fixture("small.xml"), TestPaths.Fixture("unordered.xml"), "--format", "json");
        await ShouldMatchSerializer("summary", "--format", "json");
    }

    [CorpusTheory]
    [MemberData(nameof(SharedCorpus.WellFormedFiles), MemberType = typeof(SharedCorpus))]
    public async Task Summary_json_is_the_serializers_on_the_corpus(string file)
    {
        await ShouldMatchSerializer("summary", SharedCorpus.PathOf(file), "--lenient", "--format", "json", "--show-personal-data");
    }

    [Fact]
    public void Each_subcommands_name_is_its_commands_name()
    {
        var environment = new CliEnvironment { Out = TextWriter.Null, Error = TextWriter.Null };
        GreenButtonCli.Subcommands().Select(c => c.Create(environment).Name).Should().Equal(Names);
        Names.Should().Equal("summary", "export", "inspect", "convert", "validate", "merge", "anonymize", "sandbox", "fetch");
    }

    private static string[] Names => [.. GreenButtonCli.Subcommands().Select(c => c.Name)];

    [Theory]
    [InlineData(new[] { "summary", "a.xml" }, "summary")]
    [InlineData(new[] { "-q", "--verbose", "export", "--to", "csv" }, "export")]
    [InlineData(new[] { "--time-zone", "summary", "inspect" }, "inspect")]
    [InlineData(new[] { "--time-zone=UTC", "fetch" }, "fetch")]
    [InlineData(new[] { "--wide", "--quiet", "false", "summary" }, null)]
    [InlineData(new[] { "--", "summary" }, null)]
    [InlineData(new[] { "-", "summary" }, null)]
    [InlineData(new[] { "@args.rsp", "summary" }, null)]
    [InlineData(new[] { "summarize" }, null)]
    [InlineData(new[] { "--help" }, null)]
    [InlineData(new string[0], null)]
    public void Only_a_certain_subcommand_is_built_alone(string[] args, string? expected)
    {
        var index = GreenButtonCli.InvokedSubcommand(args, GreenButtonCli.Subcommands());
        (index < 0 ? null : Names[index]).Should().Be(expected);
        var root = GreenButtonCli.CreateRootCommand(new CliEnvironment { Out = TextWriter.Null, Error = TextWriter.Null }, args);
        root.Subcommands.Select(c => c.Name).Should().Equal(expected is null ? Names : [expected]);
    }

    [Theory]
    [InlineData("summary", "--format", "bogus", "a.xml")]
    [InlineData("--quiet", "export", "--to")]
    [InlineData("export", "a.xml", "--from", "2024-13-01", "--interval", "week")]
    [InlineData("inspect", "--format", "json", "--nope", "summary")]
    [InlineData("validate", "--help")]
    [InlineData("fetch", "usage-point", "--retries", "x")]
    [InlineData("--time-zone", "merge", "merge", "-o")]
    public void A_command_built_alone_parses_as_in_the_whole_tree(params string[] args)
    {
        var environment = new CliEnvironment { Out = TextWriter.Null, Error = TextWriter.Null };
        var whole = GreenButtonCli.CreateRootCommand(environment).Parse(args);
        var alone = GreenButtonCli.CreateRootCommand(environment, args).Parse(args);
        GreenButtonCli.InvokedSubcommand(args, GreenButtonCli.Subcommands()).Should().BeGreaterThanOrEqualTo(0);
        alone.Errors.Select(e => e.Message).Should().Equal(whole.Errors.Select(e => e.Message));
        alone.CommandResult.Command.Name.Should().Be(whole.CommandResult.Command.Name);
        alone.Tokens.Select(t => (t.Value, t.Type)).Should().Equal(whole.Tokens.Select(t => (t.Value, t.Type)));
    }

    [Fact]
    public async Task Help_of_a_command_built_alone_is_the_same()
    {
        foreach (var name in Names)
        {
            var alone = await CliRunner.RunAsync(name, "--help");
            var output = new StringWriter();
            var environment = new CliEnvironment { Out = output, Error = TextWriter.Null };
            var whole = GreenButtonCli.CreateRootCommand(environment).Parse([name, "--help"]);
            await whole.InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = TextWriter.Null });
            alone.Out.Should().Be(output.ToString(), name);
        }
    }

    /// <summary>Runs the command, reads its JSON back into the model and writes it again with the serializer: the same text.</summary>
    private static async Task ShouldMatchSerializer(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);
        result.ExitCode.Should().BeOneOf([0, 1], result.Error);
        var report = JsonSerializer.Deserialize(result.Out, CliJson.Output.SummaryReport);
        report.Should().NotBeNull();
        report!.Files.Should().NotBeEmpty();
        var serialized = JsonSerializer.Serialize(report, CliJson.Output.SummaryReport);
        result.Out.Should().Be(serialized + Environment.NewLine);
        SummaryJson.Serialize(report).Should().Be(serialized);
    }
}
