using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace GreenButton.FuzzTests;

/// <summary>
/// Mutated files through the CLI's <c>summary</c> and <c>export</c> as real processes: exit codes 0, 1 or 3 only
/// (never 70, an internal error, nor 134, an abort), never a stack trace, and output in proportion to the input.
/// </summary>
public sealed class CliProcessTests : IDisposable
{
    private const int Files = 240;
    private const int PerProcess = 12;
    private static readonly string s_tool = Path.Combine(AppContext.BaseDirectory, "GreenButton.Cli.dll");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gb-fuzz-cli-" + Guid.NewGuid().ToString("N"));

    public CliProcessTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Commands() => ["summary", "summary --format json", "export --to csv --local-time", "export --to jsonl --lenient"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Mutated_files_exit_0_1_or_3_without_a_stack_trace(string command)
    {
        var paths = new List<string>();
        for (var seed = 1; seed <= Files; seed++)
        {
            var path = Path.Combine(_folder, $"seed-{seed.ToString(CultureInfo.InvariantCulture)}.xml");
            File.WriteAllBytes(path, Mutator.Make(seed, Seeds.Small).Input);
            paths.Add(path);
        }
        var problems = new List<string>();
        foreach (var batch in paths.Chunk(PerProcess))
        {
            var (code, output, error) = await RunAsync(command, batch);
            if (code is not (0 or 1 or 3) || error.Contains("   at ", StringComparison.Ordinal) || error.Contains("internal error", StringComparison.Ordinal))
            {
                problems.Add($"{command} {string.Join(' ', batch.Select(Path.GetFileName))}: exit {code}\n{Head(error)}");
            }
            if (output.Length > (batch.Sum(p => new FileInfo(p).Length) * 4) + 1_000_000)
            {
                problems.Add($"{command} {string.Join(' ', batch.Select(Path.GetFileName))}: {output.Length:N0} characters of output");
            }
        }
        problems.Should().BeEmpty();
    }

    /// <summary>The cases of issue 10 that crashed the CLI (exit 70) or amplified its memory.</summary>
    public static TheoryData<string, string> Defects() => new()
    {
        { "tz-28830", Feed(LocalTime(-28830), Block(1685602800, 3600)) },
        { "tz-90000", Feed(LocalTime(-90000), Block(1685602800, 3600)) },
        { "tz-huge", Feed(LocalTime(long.MaxValue), Block(1685602800, 3600)) },
        { "start-year-1", Feed(LocalTime(-28800), Block(-62135596800, 3600)) },
        { "duration-huge", Feed(LocalTime(-28800), Block(1685602800, long.MaxValue)) },
        { "title-4mb", Feed($"<title>{new string('T', 4_000_000)}</title>", Block(1685602800, 3600)) },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public async Task The_inputs_that_crashed_the_cli_are_summarised_and_exported(string name, string xml)
    {
        var path = Path.Combine(_folder, name + ".xml");
        await File.WriteAllTextAsync(path, xml);
        foreach (var command in new[] { "summary", "export --to csv --local-time", "inspect" })
        {
            var (code, output, error) = await RunAsync(command, [path]);
            code.Should().Be(0, $"{command}: {Head(error)}");
            output.Length.Should().BeLessThan(100_000, $"{command} echoes no value whole");
        }
    }

    private static string Head(string text) => text.Length > 2000 ? text[..2000] + "..." : text;

    private const string Atom = "http://www.w3.org/2005/Atom";
    private const string Espi = "http://naesb.org/espi";

    private static string Feed(params string[] parts) => $"<feed xmlns=\"{Atom}\"><id>f</id>{string.Concat(parts)}"
        + $"<entry><id>u</id><link rel=\"self\" href=\"https://x/UsagePoint/1\"/><link rel=\"related\" href=\"https://x/LocalTimeParameters/1\"/><link rel=\"related\" href=\"https://x/UsagePoint/1/MeterReading\"/><content><UsagePoint xmlns=\"{Espi}\"><ServiceCategory><kind>0</kind></ServiceCategory></UsagePoint></content></entry>"
        + $"<entry><id>m</id><link rel=\"self\" href=\"https://x/UsagePoint/1/MeterReading/1\"/><link rel=\"up\" href=\"https://x/UsagePoint/1/MeterReading\"/><content><MeterReading xmlns=\"{Espi}\"/></content></entry></feed>";

    private static string LocalTime(long tzOffset)
        => $"<entry><id>l</id><link rel=\"self\" href=\"https://x/LocalTimeParameters/1\"/><content><LocalTimeParameters xmlns=\"{Espi}\"><dstEndRule>B40E2000</dstEndRule><dstOffset>3600</dstOffset><dstStartRule>360E2000</dstStartRule><tzOffset>{tzOffset}</tzOffset></LocalTimeParameters></content></entry>";

    private static string Block(long start, long duration)
        => $"<entry><id>b</id><link rel=\"self\" href=\"https://x/UsagePoint/1/MeterReading/1/IntervalBlock/1\"/><link rel=\"up\" href=\"https://x/UsagePoint/1/MeterReading/1/IntervalBlock\"/><content><IntervalBlock xmlns=\"{Espi}\"><interval><duration>{duration}</duration><start>{start}</start></interval><IntervalReading><timePeriod><duration>{duration}</duration><start>{start}</start></timePeriod><value>5</value></IntervalReading></IntervalBlock></content></entry>";

    private async Task<(int Code, string Out, string Error)> RunAsync(string command, IEnumerable<string> files)
    {
        File.Exists(s_tool).Should().BeTrue("the tool is built next to the tests");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(s_tool);
        var words = command.Split(' ');
        foreach (var word in words)
        {
            start.ArgumentList.Add(word);
        }
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }
        if (words[0] == "export")
        {
            start.ArgumentList.Add("-o");
            start.ArgumentList.Add(Path.Combine(_folder, "out-" + Guid.NewGuid().ToString("N")));
        }
        start.ArgumentList.Add("-q");
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
