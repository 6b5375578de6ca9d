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
    public void Write_snippet_saves_merges_and_anonymises()
    {
        var output = RunInUsageFolder(() =>
        {
            #region snippet:write
            var doc = GreenButtonDocument.Load("usage.xml");
            var diagnostics = doc.Save("copy.xml"); // what the output could not hold validly: none here
            Console.WriteLine($"{diagnostics.Count} diagnostics");
            using (var output = File.Create("merged.xml"))
            {
                var result = GreenButtonMerger.Merge(["usage.xml", "copy.xml"], output);
                Console.WriteLine($"{result.ReadingsWritten} readings, {result.DuplicateReadings} duplicates, {result.Conflicts.Count} conflicts");
            }
            GreenButtonAnonymizer.Anonymize("merged.xml", "shareable.xml", new GreenButtonAnonymizerOptions { Key = "my key", ShiftDays = 364 });
            #endregion
        });
        output.Should().Equal("0 diagnostics", "4 readings, 4 duplicates, 0 conflicts");
    }

    [Theory]
    [InlineData("load")]
    [InlineData("stream")]
    [InlineData("write")]
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
        Regex.Matches(readme, @"<!-- snippet: (\w+) -->").Select(m => m.Groups[1].Value).Should().BeSubsetOf(["load", "stream", "write"]);
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
