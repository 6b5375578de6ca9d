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

    [Fact]
    public void Feed_snippet_runs_and_prints_series_readings_with_context_and_local_days()
    {
        var output = RunInUsageFolder(() =>
        {
            #region snippet:feed
            using var feed = GreenButtonFeed.Open("usage.xml"); // one pass: links resolved, figures measured
            foreach (var series in feed.Series)
            {
                var type = series.ReadingType!;
                Console.WriteLine($"{series.UsagePoint?.Title}: {series.Statistics.Count} readings every {type.IntervalLength} s, "
                    + $"{series.Timeline.Gaps} gap(s), {series.Timeline.Duplicates} duplicate(s)");
            }
            foreach (var item in feed.ReadIntervalReadings()) // one more pass, each reading with its context
            {
                var unit = Units.Symbol(item.Series.ReadingType!.Uom!.Value);
                Console.WriteLine($"  {item.Reading.Start:u} {item.Value} {unit}");
            }
            foreach (var day in feed.Aggregate(AggregationInterval.Day)) // local days, DST-correct
            {
                Console.WriteLine($"  {day.Start:yyyy-MM-dd zzz}: {day.Value} over {day.DurationSeconds / 3600} h");
            }
            #endregion
        });
        output.Should().Equal(
            "Home: 4 readings every 3600 s, 0 gap(s), 0 duplicate(s)",
            "  2023-06-01 07:00:00Z 493.800 Wh",
            "  2023-06-01 08:00:00Z 440.000 Wh",
            "  2023-06-01 09:00:00Z 400.000 Wh",
            "  2023-06-01 10:00:00Z 360.000 Wh",
            "  2023-06-01 -07:00: 1693.800 over 24 h");
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
