using System.Globalization;
using System.Text.Json;
using GreenButton.Cli.Export;
using Parquet;
using Parquet.Schema;

namespace GreenButton.Cli.Tests;

/// <summary>
/// Several inputs exported together: every row starts with a <c>file</c> column naming its input (as messages name it),
/// so rows of two files with the same hrefs can be told apart; a single input's output keeps its columns.
/// </summary>
public sealed class ExportSeveralFilesTests
{
    [Fact]
    public async Task Csv_rows_of_two_files_name_their_file()
    {
        await WithTwoCopiesAsync(async (a, b) =>
        {
            var single = await CliRunner.RunAsync("export", a, "--format", "csv", "--local-time", "-q");
            var both = await CliRunner.RunAsync("export", a, b, "--format", "csv", "--local-time", "-q");
            both.ExitCode.Should().Be(0, both.Error);
            var expected = Csv.Read(single.Out);
            var actual = Csv.Read(both.Out);
            expected[0].Should().Equal(RowWriter.Columns(localTime: true), "one input: no file column");
            actual[0].Should().Equal(RowWriter.Columns(localTime: true, file: true));
            actual[0][0].Should().Be("file");
            var rows = expected.Count - 1;
            rows.Should().BeGreaterThan(0);
            actual.Should().HaveCount((2 * rows) + 1);
            actual.Skip(1).Select(r => r[0]).Should().Equal(Enumerable.Repeat(a, rows).Concat(Enumerable.Repeat(b, rows)));
            foreach (var (row, i) in actual.Skip(1).Select((r, i) => (r, i)))
            {
                row.Skip(1).Should().Equal(expected[1 + (i % rows)], $"row {i} is the single-file row after its file");
            }
        });
    }

    [Fact]
    public async Task Jsonl_rows_of_two_files_name_their_file_and_match_the_row_schema()
    {
        await WithTwoCopiesAsync(async (a, b) =>
        {
            var single = await CliRunner.RunAsync("export", a, "--format", "jsonl", "--interval", "hour", "-q");
            var both = await CliRunner.RunAsync("export", a, b, "--format", "jsonl", "--interval", "hour", "-q");
            both.ExitCode.Should().Be(0, both.Error);
            var expected = Lines(single.Out);
            var actual = Lines(both.Out);
            expected.Should().NotBeEmpty();
            actual.Should().HaveCount(2 * expected.Count);
            foreach (var (line, i) in actual.Select((l, i) => (l, i)))
            {
                Schemas.ShouldMatchExportRowSchema(line);
                using var row = JsonDocument.Parse(line);
                var properties = row.RootElement.EnumerateObject().ToList();
                properties[0].Name.Should().Be("file");
                properties[0].Value.GetString().Should().Be(i < expected.Count ? a : b);
                using var alone = JsonDocument.Parse(expected[i % expected.Count]);
                alone.RootElement.TryGetProperty("file", out _).Should().BeFalse("one input: no file column");
                properties.Skip(1).Select(p => (p.Name, p.Value.GetRawText())).Should().Equal(
                    alone.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetRawText())));
            }
        });
    }

    [Fact]
    public async Task Parquet_rows_of_two_files_name_their_file()
    {
        await WithTwoCopiesAsync(async (a, b) =>
        {
            var dir = Path.GetDirectoryName(a)!;
            var singlePath = Path.Combine(dir, "single.parquet");
            var bothPath = Path.Combine(dir, "both.parquet");
            (await CliRunner.RunAsync("export", a, "--format", "parquet", "-o", singlePath, "--local-time", "-q")).ExitCode.Should().Be(0);
            var both = await CliRunner.RunAsync("export", a, b, "--format", "parquet", "-o", bothPath, "--local-time", "-q");
            both.ExitCode.Should().Be(0, both.Error);
            var (singleNames, expected) = await ReadAsync(singlePath);
            var (names, actual) = await ReadAsync(bothPath);
            singleNames.Should().Equal(RowWriter.Columns(localTime: true), "one input: no file column");
            names.Should().Equal(RowWriter.Columns(localTime: true, file: true));
            expected.Should().NotBeEmpty();
            actual.Should().HaveCount(2 * expected.Count);
            actual.Select(r => r.File).Should().Equal(Enumerable.Repeat(a, expected.Count).Concat(Enumerable.Repeat(b, expected.Count)));
            actual.Select(r => r with { File = null }).Should().Equal(expected.Concat(expected));
        });
    }

    [Fact]
    public async Task One_file_found_in_a_directory_has_no_file_column()
    {
        await WithTwoCopiesAsync(async (a, b) =>
        {
            File.Delete(b);
            var fromDirectory = await CliRunner.RunAsync("export", Path.GetDirectoryName(a)!, "--format", "csv", "-q");
            var fromFile = await CliRunner.RunAsync("export", a, "--format", "csv", "-q");
            fromDirectory.ExitCode.Should().Be(0, fromDirectory.Error);
            fromDirectory.Out.Should().Be(fromFile.Out);
            fromDirectory.Out.Should().StartWith("usage_point,");
        });
    }

    /// <summary>Two copies of small.xml (the same hrefs) in a fresh directory: a.xml and b.xml.</summary>
    private static async Task WithTwoCopiesAsync(Func<string, string, Task> test)
    {
        var dir = TestPaths.TempDirectory();
        try
        {
            var a = Path.Combine(dir, "a.xml");
            var b = Path.Combine(dir, "b.xml");
            File.Copy(TestPaths.Fixture("small.xml"), a);
            File.Copy(TestPaths.Fixture("small.xml"), b);
            await test(a, b);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    private sealed record ParquetRow(string? File, string? UsagePoint, string? MeterReading, string? Series, string StartUtc, long? Raw, decimal? Value);

    private static async Task<(List<string> Names, List<ParquetRow> Rows)> ReadAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name);
        var rows = new List<ParquetRow>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            async Task<string?[]> Strings(string name)
            {
                var values = new string?[n];
                if (fields.TryGetValue(name, out var field))
                {
                    await group.ReadAsync(field, values.AsMemory());
                }
                return values;
            }
            var file = await Strings("file");
            var usagePoint = await Strings("usage_point");
            var meterReading = await Strings("meter_reading");
            var series = await Strings("series");
            var start = new DateTime[n];
            await group.ReadAsync<DateTime>(fields["start_utc"], start.AsMemory());
            var raw = new long?[n];
            await group.ReadAsync<long>(fields["raw_value"], raw.AsMemory());
            var value = new decimal?[n];
            await group.ReadAsync<decimal>(fields["value"], value.AsMemory());
            for (var i = 0; i < n; i++)
            {
                rows.Add(new ParquetRow(file[i], usagePoint[i], meterReading[i], series[i],
                    start[i].ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), raw[i], value[i]));
            }
        }
        return ([.. reader.Schema.GetDataFields().Select(f => f.Name)], rows);
    }
}
