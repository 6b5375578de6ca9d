using System.Text.Json;
using GreenButton.Synthetic;

namespace GreenButton.Cli.Tests;

public sealed class SummaryCommandTests
{
    [Fact]
    public async Task No_arguments_summarises_the_bundled_sample_as_tables()
    {
        var result = await CliRunner.RunAsync();
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.Out.Should().Contain("sample.xml").And.Contain("2 usage points").And.Contain("17,520 readings")
            .And.Contain("therm").And.Contain("kWh").And.Contain("12 usage summaries");
    }

    [Fact]
    public async Task Json_summary_of_the_sample_matches_the_generator_truth_and_the_schema()
    {
        SyntheticFeed.ToBytes(Samples.BundledSample.Options, out var truth);
        var result = await CliRunner.RunAsync("summary", "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        Schemas.ShouldMatchSummarySchema(result.Out);
        using var json = JsonDocument.Parse(result.Out);
        var file = json.RootElement.GetProperty("files")[0];
        var totals = file.GetProperty("totals");
        totals.GetProperty("intervalReadings").GetInt64().Should().Be(truth.IntervalReadings);
        totals.GetProperty("intervalBlocks").GetInt32().Should().Be(truth.IntervalBlocks);
        totals.GetProperty("usageSummaries").GetInt32().Should().Be(truth.UsageSummaries);
        file.GetProperty("sumRawValue").GetInt64().Should().Be(truth.SumValue);
        file.GetProperty("sumRawCost").GetInt64().Should().Be(truth.SumCost);
        var points = file.GetProperty("usagePoints");
        points[0].GetProperty("serviceKind").GetString().Should().Be("electricity");
        points[1].GetProperty("serviceKind").GetString().Should().Be("gas");
        var gas = points[1].GetProperty("meterReadings")[0];
        gas.GetProperty("unit").GetString().Should().Be("therm");
        gas.GetProperty("firstStart").GetString().Should().Be("2023-01-01T08:00:00Z");
        gas.GetProperty("firstStartLocal").GetString().Should().Be("2023-01-01T00:00:00-08:00");
        gas.GetProperty("gaps").GetInt64().Should().Be(0);
        var electricity = points[0].GetProperty("meterReadings")[0];
        electricity.GetProperty("readingType").GetProperty("intervalLength").GetInt64().Should().Be(3600);
        electricity.GetProperty("qualities").EnumerateObject().Sum(q => q.Value.GetInt64()).Should().Be(8760);
    }

    [Fact]
    public async Task Json_summary_of_the_small_fixture_is_the_golden_one()
    {
        var result = await CliRunner.RunAsync("summary", TestPaths.Fixture("small.xml"), "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        Schemas.ShouldMatchSummarySchema(result.Out);
        var actual = result.Out.Replace(TestPaths.Fixture("small.xml"), "small.xml", StringComparison.Ordinal).ReplaceLineEndings("\n");
        Golden.Check("small.summary.json", actual);
    }

    [Fact]
    public async Task Text_summary_of_the_small_fixture_is_the_golden_one()
    {
        var result = await CliRunner.RunAsync("summary", TestPaths.Fixture("small.xml"));
        result.ExitCode.Should().Be(0, result.Error);
        Golden.Check("small.summary.txt", result.Out.Replace(TestPaths.Fixture("small.xml"), "small.xml", StringComparison.Ordinal).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Gaps_and_local_extent_are_reported()
    {
        var result = await CliRunner.RunAsync("summary", TestPaths.Fixture("small.xml"), "--format", "json");
        using var json = JsonDocument.Parse(result.Out);
        var mr = json.RootElement.GetProperty("files")[0].GetProperty("usagePoints")[0].GetProperty("meterReadings")[0];
        mr.GetProperty("gaps").GetInt64().Should().Be(1);
        mr.GetProperty("missingIntervals").GetInt64().Should().Be(1);
        mr.GetProperty("lastEndLocal").GetString().Should().Be("2023-11-05T04:00:00-08:00");
        mr.GetProperty("totalCost").GetDecimal().Should().Be(0.275m);
        mr.GetProperty("meanValue").GetDecimal().Should().Be(900m);
    }

    [Theory]
    [InlineData(false, 0, 30)]
    [InlineData(true, 3, 30)]
    public async Task Streaming_summary_equals_the_documents_view(bool reverse, int seed, int days)
    {
        var options = new SyntheticFeedOptions
        {
            UsagePoints = [new SyntheticUsagePoint { WithReverseFlow = reverse, WithCost = true, WithQuality = true }, new SyntheticUsagePoint { Kind = ServiceKind.Gas, IntervalSeconds = 3600 }],
            Days = days,
            Seed = seed,
        };
        var path = TestPaths.Generated($"stream-{reverse}-{seed}-{days}", options);
        var result = await CliRunner.RunAsync("summary", path, "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        DocumentComparison.ShouldAgree(path, result.Out, lenient: false);
    }

    [Fact]
    public async Task Several_files_directories_globs_archives_and_stdin_are_all_summarised()
    {
        var dir = TestPaths.TempDirectory();
        try
        {
            File.Copy(TestPaths.Fixture("small.xml"), Path.Combine(dir, "a.xml"));
            Directory.CreateDirectory(Path.Combine(dir, "sub"));
            File.Copy(TestPaths.Fixture("small.xml"), Path.Combine(dir, "sub", "b.XML"));
            var zip = Path.Combine(dir, "download.zip");
            using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
            {
                using (var entry = archive.CreateEntry("inner/c.xml").Open())
                using (var source = File.OpenRead(TestPaths.Fixture("small.xml")))
                {
                    source.CopyTo(entry);
                }
                archive.CreateEntry("notes.txt");
            }
            var stdin = await File.ReadAllBytesAsync(TestPaths.Fixture("small.xml"));
            var result = await CliRunner.RunAsync(["summary", "--format", "json", dir, Path.Combine(dir, "**", "*.xml"), zip, "-"], stdin);
            result.ExitCode.Should().Be(0, result.Error);
            using var json = JsonDocument.Parse(result.Out);
            var names = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("file").GetString()).ToList();
            names.Should().Equal(
                Path.Combine(dir, "a.xml"), Path.Combine(dir, "sub", "b.XML"),
                Path.Combine(dir, "a.xml"),
                zip + "!inner/c.xml",
                "-");
            json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("sumRawValue").GetInt64()).Should().AllBeEquivalentTo(4250);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_failing_file_is_reported_and_the_others_are_still_summarised()
    {
        var result = await CliRunner.RunAsync("summary", "--format", "json", TestPaths.Fixture("small.xml"), TestPaths.Fixture("truncated.xml"), TestPaths.Fixture("bad-number.xml"));
        result.ExitCode.Should().Be(3, "the worst failure wins");
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("files").GetArrayLength().Should().Be(1);
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
    }
}
