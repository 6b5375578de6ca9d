namespace GreenButton.Cli.Tests;

/// <summary>Every failure has its exit code and a one-line message naming the file (and line:column when there is one).</summary>
public sealed class ErrorTests
{
    [Theory]
    [InlineData("bad-number.xml", 1, "bad-number.xml:89:165: Invalid number 'l2O' in 'value'.")]
    [InlineData("truncated.xml", 3, "truncated.xml:12:40: Malformed XML:")]
    [InlineData("empty.xml", 3, "empty.xml: the file is empty.")]
    [InlineData("not-xml.xml", 3, "not-xml.xml: this is a CSV file, not a Green Button XML file")]
    [InlineData("missing.xml", 3, "missing.xml: cannot open the file:")]
    [InlineData("no-xml", 2, "greenbutton: ")]
    public async Task Each_failure_has_its_exit_code_and_one_line(string fixture, int exitCode, string message)
    {
        foreach (var command in new[] { "summary", "export", "inspect" })
        {
            string[] args = command == "export" ? [command, TestPaths.Fixture(fixture), "--format", "csv"] : [command, TestPaths.Fixture(fixture)];
            var result = await CliRunner.RunAsync(args);
            result.ExitCode.Should().Be(exitCode, $"{command}: {result.Error}");
            var lines = result.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
            lines.Should().ContainSingle($"{command} writes one line");
            lines[0].Should().Contain(message.Replace(fixture, "", StringComparison.Ordinal)).And.Contain(fixture);
            lines[0].Should().NotContain("   at ", "no stack trace without --verbose");
            result.Out.Should().BeEmpty($"{command} writes nothing to standard output");
        }
    }

    [Fact]
    public async Task Lenient_mode_skips_the_invalid_reading_and_succeeds()
    {
        var result = await CliRunner.RunAsync("summary", TestPaths.Fixture("bad-number.xml"), "--lenient", "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("\"code\": \"skipped-reading\"");
    }

    [Fact]
    public async Task Malformed_xml_fails_even_in_lenient_mode()
        => (await CliRunner.RunAsync("summary", TestPaths.Fixture("truncated.xml"), "--lenient")).ExitCode.Should().Be(3);

    [Fact]
    public async Task Verbose_adds_the_stack_trace()
    {
        var result = await CliRunner.RunAsync("summary", TestPaths.Fixture("bad-number.xml"), "--verbose");
        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("GreenButtonException").And.Contain("   at ");
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("summary", "--format", "yaml")]
    [InlineData("export")]
    [InlineData("export", "x.xml", "--format", "xlsx")]
    [InlineData("summary", "--no-such-option")]
    public async Task Usage_errors_exit_with_2(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);
        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("greenbutton: ");
    }

    [Fact]
    public async Task A_glob_matching_nothing_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("summary", Path.Combine(TestPaths.Fixture("no-xml"), "*.xml"));
        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("no file matches");
    }

    [Fact]
    public async Task A_broken_archive_is_unreadable()
    {
        var dir = TestPaths.TempDirectory();
        try
        {
            var zip = Path.Combine(dir, "broken.zip");
            await File.WriteAllTextAsync(zip, "not a zip");
            var result = await CliRunner.RunAsync("summary", zip);
            result.ExitCode.Should().Be(3);
            result.Error.Should().Contain("broken.zip: not a readable .zip archive");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Help_lists_the_commands()
    {
        var result = await CliRunner.RunAsync("--help");
        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("summary").And.Contain("export").And.Contain("inspect");
    }
}
