using System.Globalization;
using System.Text;
using System.Text.Json;
using GreenButton.Synthetic;
using Parquet;
using Parquet.Schema;

namespace GreenButton.Cli.Tests;

public sealed class ExportCommandTests
{
    private static readonly SyntheticFeedOptions s_solar = new()
    {
        UsagePoints = [new SyntheticUsagePoint { IntervalSeconds = 3600, WithCost = true, WithQuality = true, WithReverseFlow = true }],
        Days = 40,
        StartDate = new DateOnly(2023, 10, 20),
    };

    [Fact]
    public async Task Csv_of_the_small_fixture_is_the_golden_one()
    {
        var result = await CliRunner.RunAsync("export", TestPaths.Fixture("small.xml"), "--format", "csv", "--local-time", "-q");
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("\r\n").And.NotContain("\n\n");
        Golden.Check("small.export.csv", result.Out);
    }

    [Fact]
    public async Task Daily_jsonl_sums_a_25_hour_local_day_and_matches_the_row_schema()
    {
        var result = await CliRunner.RunAsync("export", TestPaths.Fixture("small.xml"), "--format", "jsonl", "--interval", "day", "--local-time", "-q");
        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        foreach (var line in lines)
        {
            Schemas.ShouldMatchExportRowSchema(line);
        }
        var rows = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        rows.Select(r => r.GetProperty("series").GetString()).Should().Equal("meter", "meter", "net");
        rows.Should().AllSatisfy(r => r.GetProperty("duration_seconds").GetInt64().Should().Be(25 * 3600));
        rows.Should().AllSatisfy(r => r.GetProperty("start_local").GetString().Should().Be("2023-11-05T00:00:00-07:00"));
        rows[0].GetProperty("value").GetDecimal().Should().Be(3600m);
        rows[0].GetProperty("cost").GetDecimal().Should().Be(0.275m);
        rows[0].GetProperty("readings").GetInt32().Should().Be(4);
        rows[1].GetProperty("value").GetDecimal().Should().Be(650m);
        rows[2].GetProperty("value").GetDecimal().Should().Be(2950m);
    }

    [Fact]
    public async Task Net_is_forward_minus_reverse_where_both_have_the_interval()
    {
        var result = await CliRunner.RunAsync("export", TestPaths.Fixture("small.xml"), "--format", "jsonl");
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Contain("2 row(s) without a partner");
        var net = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(r => r.GetProperty("series").GetString() == "net").ToList();
        net.Select(r => r.GetProperty("value").GetDecimal()).Should().Equal(900m, 1000m, 600m);
        net.Select(r => r.GetProperty("flow_direction").GetString()).Should().AllBe("net");
    }

    [Theory]
    [InlineData("raw")]
    [InlineData("hour")]
    [InlineData("day")]
    [InlineData("month")]
    public async Task Csv_jsonl_and_parquet_hold_the_same_rows_value_by_value(string interval)
    {
        var feed = TestPaths.Generated("solar", s_solar);
        var dir = TestPaths.TempDirectory();
        try
        {
            var csvPath = Path.Combine(dir, "out.csv");
            var parquetPath = Path.Combine(dir, "out.parquet");
            (await CliRunner.RunAsync("export", feed, "--format", "csv", "-o", csvPath, "--interval", interval, "--local-time", "-q")).ExitCode.Should().Be(0);
            (await CliRunner.RunAsync("export", feed, "--format", "parquet", "-o", parquetPath, "--interval", interval, "--local-time", "-q")).ExitCode.Should().Be(0);
            var jsonl = await CliRunner.RunAsync("export", feed, "--format", "jsonl", "--interval", interval, "--local-time", "-q");
            jsonl.ExitCode.Should().Be(0, jsonl.Error);
            Directory.GetFiles(dir).Should().HaveCount(2, "no partial file is left behind");

            var expected = jsonl.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JsonRow).ToList();
            Schemas.ShouldMatchExportRowSchema(jsonl.Out.Split('\n')[0]);
            var csv = Csv.Read(await File.ReadAllTextAsync(csvPath));
            csv[0].Should().Equal(GreenButton.Cli.Export.RowWriter.Columns(localTime: true));
            var csvRows = csv.Skip(1).Select(CsvRow).ToList();
            var parquetRows = await ParquetRows(parquetPath);

            csvRows.Should().HaveCount(expected.Count);
            parquetRows.Should().HaveCount(expected.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                csvRows[i].Should().Be(expected[i], $"CSV row {i}");
                parquetRows[i].Should().Be(expected[i], $"Parquet row {i}");
            }
            var meter = expected.Where(r => r.Series == "meter").ToList();
            SyntheticFeed.ToBytes(s_solar, out var truth);
            meter.Sum(r => r.Readings).Should().Be((int)truth.IntervalReadings, "every reading of both flows, whatever the bucket");
            meter.Sum(r => r.Raw).Should().Be(truth.SumValue);
            if (interval == "day")
            {
                meter.Select(r => r.Duration).Distinct().Order().Should().Equal(86400, 90000); // 2023-11-05 lasts 25 hours
                meter.Should().OnlyContain(r => r.StartLocal!.EndsWith("T00:00:00", StringComparison.Ordinal));
            }
            if (interval == "month")
            {
                meter.Select(r => r.StartLocal).Distinct().Should().Equal("2023-10-01T00:00:00", "2023-11-01T00:00:00");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Parquet_columns_are_typed()
    {
        var dir = TestPaths.TempDirectory();
        try
        {
            var path = Path.Combine(dir, "small.parquet");
            (await CliRunner.RunAsync("export", TestPaths.Fixture("small.xml"), "--format", "parquet", "-o", path, "--local-time", "-q")).ExitCode.Should().Be(0);
            await using var stream = File.OpenRead(path);
            await using var reader = await ParquetReader.CreateAsync(stream);
            var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name);
            fields["start_utc"].Should().BeOfType<DateTimeDataField>().Which.IsAdjustedToUTC.Should().BeTrue();
            fields["start_local"].Should().BeOfType<DateTimeDataField>().Which.IsAdjustedToUTC.Should().BeFalse();
            var value = fields["value"].Should().BeOfType<DecimalDataField>().Which;
            (value.Precision, value.Scale).Should().Be((38, 9));
            var cost = fields["cost"].Should().BeOfType<DecimalDataField>().Which;
            (cost.Precision, cost.Scale).Should().Be((38, 5));
            fields["raw_value"].ClrType.Should().Be<long>();
            fields["duration_seconds"].ClrType.Should().Be<long>();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Parquet_to_standard_output_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("export", TestPaths.Fixture("small.xml"), "--format", "parquet");
        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("-o");
    }

    [Fact]
    public async Task A_failed_export_leaves_no_output_file()
    {
        var dir = TestPaths.TempDirectory();
        try
        {
            var path = Path.Combine(dir, "out.csv");
            var result = await CliRunner.RunAsync("export", TestPaths.Fixture("small.xml"), TestPaths.Fixture("bad-number.xml"), "--format", "csv", "-o", path);
            result.ExitCode.Should().Be(1);
            Directory.GetFiles(dir).Should().BeEmpty();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Cancellation_stops_with_130_and_leaves_no_output_file()
    {
        var dir = TestPaths.TempDirectory();
        try
        {
            using var cancelled = new CancellationTokenSource();
            await cancelled.CancelAsync();
            var path = Path.Combine(dir, "out.csv");
            var result = await CliRunner.RunAsync(["export", TestPaths.Fixture("small.xml"), "--format", "csv", "-o", path], null, cancelled.Token);
            result.ExitCode.Should().Be(130);
            result.Error.Should().Be("greenbutton: cancelled." + Environment.NewLine);
            Directory.GetFiles(dir).Should().BeEmpty();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Standard_input_exports_like_the_file()
    {
        var bytes = await File.ReadAllBytesAsync(TestPaths.Fixture("small.xml"));
        var fromStdin = await CliRunner.RunAsync(["export", "-", "--format", "csv", "-q"], bytes);
        var fromFile = await CliRunner.RunAsync("export", TestPaths.Fixture("small.xml"), "--format", "csv", "-q");
        fromStdin.ExitCode.Should().Be(0, fromStdin.Error);
        fromStdin.Out.Should().Be(fromFile.Out);
    }

    private static async Task<T[]> Read<T>(ParquetRowGroupReader group, DataField field, int n) where T : struct
    {
        var values = new T[n];
        await group.ReadAsync<T>(field, values.AsMemory());
        return values;
    }

    private static async Task<T?[]> ReadNullable<T>(ParquetRowGroupReader group, DataField field, int n) where T : struct
    {
        var values = new T?[n];
        await group.ReadAsync<T>(field, values.AsMemory());
        return values;
    }

    private static async Task<string?[]> ReadStrings(ParquetRowGroupReader group, DataField field, int n)
    {
        var values = new string?[n];
        await group.ReadAsync(field, values.AsMemory());
        return values;
    }

    /// <summary>A row as compared across formats: every column, as text in one canonical form.</summary>
    internal sealed record Row(string? UsagePoint, string? MeterReading, string Series, string? Flow, string StartUtc, string? StartLocal, int? Offset,
        long Duration, int Readings, long? Raw, decimal? Value, string? Unit, decimal? Cost, string? Currency, string? Quality, int? Tou);

    private static Row JsonRow(string line)
    {
        var r = JsonDocument.Parse(line).RootElement;
        string? S(string name) => r.GetProperty(name).ValueKind == JsonValueKind.Null ? null : r.GetProperty(name).GetString();
        decimal? D(string name) => r.GetProperty(name).ValueKind == JsonValueKind.Null ? null : r.GetProperty(name).GetDecimal();
        long? L(string name) => r.GetProperty(name).ValueKind == JsonValueKind.Null ? null : r.GetProperty(name).GetInt64();
        var local = S("start_local");
        return new Row(S("usage_point"), S("meter_reading"), S("series")!, S("flow_direction"), S("start_utc")!,
            local is null ? null : DateTimeOffset.Parse(local, CultureInfo.InvariantCulture).DateTime.ToString("s", CultureInfo.InvariantCulture),
            (int?)L("utc_offset_seconds"), L("duration_seconds")!.Value, (int)L("readings")!.Value, L("raw_value"), D("value"), S("unit"), D("cost"),
            S("currency"), S("quality"), (int?)L("tou"));
    }

    private static Row CsvRow(string[] f)
    {
        string? S(int i) => f[i].Length == 0 ? null : f[i];
        decimal? D(int i) => f[i].Length == 0 ? null : decimal.Parse(f[i], CultureInfo.InvariantCulture);
        long? L(int i) => f[i].Length == 0 ? null : long.Parse(f[i], CultureInfo.InvariantCulture);
        return new Row(S(0), S(1), f[2], S(3), f[4],
            S(5) is { } local ? DateTimeOffset.Parse(local, CultureInfo.InvariantCulture).DateTime.ToString("s", CultureInfo.InvariantCulture) : null,
            (int?)L(6), L(7)!.Value, (int)L(8)!.Value, L(9), D(10), S(11), D(12), S(13), S(14), (int?)L(15));
    }

    private static async Task<List<Row>> ParquetRows(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        var rows = new List<Row>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            var columns = new Dictionary<string, Array>();
            foreach (var field in fields)
            {
                columns[field.Name] = field.Name switch
                {
                    "start_utc" => await Read<DateTime>(group, field, n),
                    "duration_seconds" => await Read<long>(group, field, n),
                    "readings" => await Read<int>(group, field, n),
                    "start_local" => await ReadNullable<DateTime>(group, field, n),
                    "utc_offset_seconds" or "tou" => await ReadNullable<int>(group, field, n),
                    "raw_value" => await ReadNullable<long>(group, field, n),
                    "value" or "cost" => await ReadNullable<decimal>(group, field, n),
                    _ => await ReadStrings(group, field, n),
                };
            }
            for (var i = 0; i < group.RowCount; i++)
            {
                T? V<T>(string name) => (T?)columns[name].GetValue(i);
                var start = (DateTime)columns["start_utc"].GetValue(i)!;
                var local = (DateTime?)columns["start_local"].GetValue(i);
                rows.Add(new Row(V<string>("usage_point"), V<string>("meter_reading"), V<string>("series")!, V<string>("flow_direction"),
                    start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), local?.ToString("s", CultureInfo.InvariantCulture),
                    (int?)columns["utc_offset_seconds"].GetValue(i), (long)columns["duration_seconds"].GetValue(i)!, (int)columns["readings"].GetValue(i)!,
                    (long?)columns["raw_value"].GetValue(i), (decimal?)columns["value"].GetValue(i), V<string>("unit"), (decimal?)columns["cost"].GetValue(i),
                    V<string>("currency"), V<string>("quality"), (int?)columns["tou"].GetValue(i)));
            }
        }
        return rows;
    }
}

/// <summary>A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records.</summary>
internal static class Csv
{
    public static List<string[]> Read(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                c.Should().NotBe('\n', "records end with CRLF");
                field.Append(c);
            }
        }
        fields.Count.Should().Be(0, "the last record ends with CRLF");
        return records;
    }
}

public sealed class UnorderedExportTests
{
    [Fact]
    public async Task A_series_out_of_time_order_is_bucketed_and_netted_correctly()
    {
        var result = await CliRunner.RunAsync("export", TestPaths.Fixture("unordered.xml"), "--format", "jsonl", "--interval", "day", "--local-time");
        result.ExitCode.Should().Be(0, result.Error);
        var rows = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        string Key(System.Text.Json.JsonElement r) => $"{r.GetProperty("series").GetString()} {r.GetProperty("flow_direction").GetString()} {r.GetProperty("start_local").GetString()} {r.GetProperty("value").GetDecimal()} {r.GetProperty("readings").GetInt32()}";
        // A series out of time order keeps its buckets until its last block, then writes them in time order.
        rows.Select(Key).Should().Equal(
            "meter reverse 2023-11-05T00:00:00-07:00 650 4",
            "meter forward 2023-11-04T00:00:00-07:00 100 2",
            "meter forward 2023-11-05T00:00:00-07:00 3600 4",
            "net net 2023-11-05T00:00:00-07:00 2950 4");
        result.Error.Should().Contain("1 row(s) without a partner");
    }

    [Fact]
    public async Task Raw_net_of_an_unordered_series_joins_by_time()
    {
        var result = await CliRunner.RunAsync("export", TestPaths.Fixture("unordered.xml"), "--format", "csv", "-q");
        result.ExitCode.Should().Be(0, result.Error);
        var net = Csv.Read(result.Out).Skip(1).Where(f => f[2] == "net").Select(f => (f[4], f[8])).ToList();
        net.Should().Equal(("2023-11-05T07:00:00Z", "900"), ("2023-11-05T08:00:00Z", "1000"), ("2023-11-05T09:00:00Z", "600"));
    }
}
