using System.Diagnostics;

namespace GreenButton.Cli.Tests;

/// <summary>The tool as a real process: exit codes, standard output and standard error.</summary>
public sealed class ProcessTests
{
    private static readonly string s_tool = Path.Combine(AppContext.BaseDirectory, "GreenButton.Cli.dll");

    [Fact]
    public async Task Without_arguments_it_summarises_the_sample()
    {
        var (code, output, error) = await RunAsync();
        code.Should().Be(0, error);
        output.Should().Contain("sample.xml").And.Contain("therm");
        error.Should().BeEmpty();
    }

    [Fact]
    public async Task A_data_error_exits_1_with_one_line_and_no_stack_trace()
    {
        var (code, output, error) = await RunAsync("summary", TestPaths.Fixture("bad-number.xml"));
        code.Should().Be(1);
        error.TrimEnd().Should().Be($"{TestPaths.Fixture("bad-number.xml")}:89:165: Invalid number 'l2O' in 'value'. at feed/entry[7]/content/IntervalBlock/IntervalReading[2]/value (entry urn:uuid:ib-1)");
        output.Should().NotContain("Exception");
    }

    [Fact]
    public async Task A_missing_file_exits_3()
    {
        var (code, _, error) = await RunAsync("export", "/nonexistent/usage.xml", "--format", "csv");
        code.Should().Be(3);
        error.Should().StartWith("/nonexistent/usage.xml: cannot open the file:");
    }

    [Fact]
    public async Task A_usage_error_exits_2()
    {
        var (code, _, error) = await RunAsync("export", "--format", "csv");
        code.Should().Be(2);
        error.Should().StartWith("greenbutton: ");
    }

    [Fact]
    public async Task Json_lines_go_to_standard_output()
    {
        var (code, output, error) = await RunAsync("export", TestPaths.Fixture("small.xml"), "--format", "jsonl", "-q");
        code.Should().Be(0, error);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(11);
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        File.Exists(s_tool).Should().BeTrue("the tool is built next to the tests");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(s_tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
