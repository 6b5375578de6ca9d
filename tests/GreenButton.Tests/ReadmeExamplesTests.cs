using System.Text.RegularExpressions;

namespace GreenButton.Tests;

/// <summary>
/// The README's code runs: each <c>&lt;!-- snippet: NAME --&gt;</c> block of README.md is the text of a
/// <c>#region snippet:NAME</c> below, which runs against a copy of Fixtures/usage.xml named "usage.xml" in the
/// current directory (as the README assumes).
/// </summary>
[Collection(SerialCollection.Name)]
public sealed partial class ReadmeExamplesTests
{
    [Fact]
    public void Load_snippet_runs_and_prints_the_usage_point_its_readings_and_local_time()
    {
        var output = RunInUsageFolder(() =>
        {
            #region snippet:load
            var doc = GreenButtonDocument.Load("usage.xml");
            foreach (var usagePoint in doc.UsagePoints)
            {
                Console.WriteLine($"{usagePoint.Title}: {usagePoint.ServiceKind}");
                foreach (var meterReading in usagePoint.MeterReadings)
                {
                    var type = meterReading.ReadingType!;
                    var total = meterReading.Readings.Sum(r => type.Scale(r.Value).Amount);
                    Console.WriteLine($"  {meterReading.IntervalBlocks.Count} blocks, {total} {Units.Symbol(type.Uom!.Value)}");
                    var first = meterReading.Readings.First();
                    var local = usagePoint.LocalTimeParameters?.ToLocal(first.Start);
                    Console.WriteLine($"  first reading {first.Start:u} (local {local:yyyy-MM-dd HH:mm zzz}), cost {first.CostAmount}");
                }
            }
            foreach (var diagnostic in doc.Diagnostics)
            {
                Console.WriteLine(diagnostic);
            }
            #endregion
        });
        output.Should().Equal(
            "Home: Electricity",
            "  1 blocks, 1693.800 Wh",
            "  first reading 2023-06-01 07:00:00Z (local 2023-06-01 00:00 -07:00), cost 0.12345");
    }

    [Fact]
    public void Stream_snippet_runs_and_prints_the_count_and_raw_sum()
    {
        var output = RunInUsageFolder(() =>
        {
            #region snippet:stream
            long count = 0, sum = 0;
            foreach (var reading in GreenButtonReader.ReadIntervalReadings("usage.xml"))
            {
                count++;
                sum += reading.Value; // raw value; reading.BlockHref names its IntervalBlock
            }
            Console.WriteLine($"{count} readings, raw sum {sum}");
            #endregion
        });
        output.Should().Equal("4 readings, raw sum 1693800");
    }

    [Fact]
    public void Validate_snippet_runs_and_prints_the_violations_and_the_verdict()
    {
        var output = RunInUsageFolder(() =>
        {
            #region snippet:validate
            var result = GreenButtonValidator.Validate("usage.xml", new GreenButtonValidationOptions { FunctionBlocks = [1, 4, 15] });
            foreach (var v in result.Violations)   // Source (Schema, Rule, Quirk), Code (D042, xsd, ...), Severity, Line, Column, Path, EntryId
            {
                Console.WriteLine($"{v.Line}:{v.Column} {v.Code} {v.Message} at {v.Path}");
            }
            Console.WriteLine(result.IsValid ? "valid" : $"{result.ErrorCount} errors");   // IsSchemaValid, FunctionBlocks, WarningCount too
            #endregion
        });
        output.Should().NotBeEmpty();
        output[^1].Should().MatchRegex(@"^(valid|\d+ errors)$");
        output.Should().Contain(l => l.Contains(" D083 ", StringComparison.Ordinal), "usage.xml holds no UsageSummary and block 15 asks for one");
    }

    [Theory]
    [InlineData("load")]
    [InlineData("stream")]
    [InlineData("validate")]
    public void Readme_snippet_is_the_code_these_tests_run(string name)
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var snippet = Regex.Match(readme, $@"<!-- snippet: {name} -->\s*```csharp\r?\n(.*?)```\s*<!-- /snippet -->", RegexOptions.Singleline);
        snippet.Success.Should().BeTrue($"README.md has a snippet '{name}'");
        var source = File.ReadAllText(Path.Combine(root, "tests", "GreenButton.Tests", "ReadmeExamplesTests.cs"));
        var region = Regex.Match(source, $@"#region snippet:{name}\r?\n(.*?)#endregion", RegexOptions.Singleline);
        region.Success.Should().BeTrue($"this file has a region 'snippet:{name}'");
        Lines(region.Groups[1].Value).Should().Equal(Lines(snippet.Groups[1].Value));
    }

    [Fact]
    public void Every_readme_snippet_has_a_test()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        Regex.Matches(readme, @"<!-- snippet: (\w+) -->").Select(m => m.Groups[1].Value).Should().BeSubsetOf(["load", "stream", "validate"]);
    }

    private static string[] Lines(string text)
        => [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GreenButton.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("GreenButton.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs <paramref name="snippet"/> with a temporary current directory holding usage.xml; returns what it printed.</summary>
    private static string[] RunInUsageFolder(Action snippet)
    {
        using var folder = new Fixture.TempFolder();
        File.Copy(Fixture.PathOf("usage.xml"), folder.File("usage.xml"));
        var previousDirectory = Environment.CurrentDirectory;
        var previousOut = Console.Out;
        using var output = new StringWriter();
        try
        {
            Environment.CurrentDirectory = folder.Path;
            Console.SetOut(output);
            snippet();
        }
        finally
        {
            Console.SetOut(previousOut);
            Environment.CurrentDirectory = previousDirectory;
        }
        return output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
    }
}
