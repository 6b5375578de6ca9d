using System.Buffers.Binary;
using System.Text;
using CsCheck;
using GreenButton.Cli.Export;
using GreenButton.Cli.Export.Parquet;
using Parquet;
using Parquet.Schema;

namespace GreenButton.Cli.Tests;

/// <summary>
/// The export's own Parquet writer, read back by Parquet.Net (an independent implementation): every value, null and
/// statistic of generated tables, with runs and without (the RLE hybrid's both forms), few distinct values and all
/// distinct (dictionary and plain chunks), and row groups of a few rows to thousands.
/// </summary>
public sealed class ParquetFileWriterTests
{
    private static readonly string[] s_texts = ["a", "b", "forward", "é", "日本語", "😀 emoji", "", "https://example.test/UsagePoint/1"];

    internal sealed record TableRow(string? Text, long? Int64, int Int32, decimal? Decimal, long Utc, long? Local);

    internal sealed record Table(int Capacity, TableRow[] Rows)
    {
        public override string ToString() => $"capacity {Capacity}, {Rows.Length} rows: "
            + string.Join("; ", Rows.Take(20).Select(r => $"{r.Text}|{r.Int64}|{r.Int32}|{r.Decimal}|{r.Utc}|{r.Local}"));
    }

    /// <summary>Tables whose columns have few or many distinct values, short or long runs, no nulls to all nulls.</summary>
    private static readonly Gen<Table> s_tables = Gen.Select(Gen.Int[0, 3000], Gen.OneOfConst(3, 64, 1000, 100_000), Gen.OneOfConst(1, 3, 40, int.MaxValue),
        Gen.OneOfConst(0.0, 0.1, 0.5, 1.0), Gen.OneOfConst(1, 4, 30), Gen.Int).Select((rows, capacity, distinct, nulls, run, seed) =>
    {
        var random = new Random(seed);
        var table = new TableRow[rows];
        TableRow? previous = null;
        for (var i = 0; i < rows; i++)
        {
            if (previous is not null && random.Next(run) != 0)
            {
                table[i] = previous with { Utc = previous.Utc + 900_000 };
            }
            else
            {
                var pick = distinct == int.MaxValue ? random.Next() : random.Next(distinct);
                bool Null() => random.NextDouble() < nulls;
                table[i] = new TableRow(
                    Null() ? null : distinct == int.MaxValue ? "t" + pick : s_texts[pick % s_texts.Length] + (pick / s_texts.Length),
                    Null() ? null : distinct == int.MaxValue ? random.NextInt64(long.MinValue, long.MaxValue) : pick - 1,
                    distinct == int.MaxValue ? random.Next(int.MinValue, int.MaxValue) : pick,
                    Null() ? null : new decimal(random.Next(), distinct == int.MaxValue ? random.Next() : 0, distinct == int.MaxValue ? random.Next() : 0,
                        random.Next(2) == 0, (byte)random.Next(10)),
                    random.NextInt64(-62_135_596_800_000, 253_402_300_000_000),
                    Null() ? null : random.NextInt64(-62_135_596_800_000, 253_402_300_000_000));
            }
            previous = table[i];
        }
        return new Table(capacity, table);
    });

    [Fact]
    public Task Every_value_and_null_reads_back_as_written() => s_tables.SampleAsync(async table =>
    {
        var (bytes, _) = await WriteAsync(table);
        var read = await ReadAsync(bytes);
        read.Should().Equal(table.Rows, $"{table}");
    }, iter: 200);

    [Fact]
    public Task Each_chunks_statistics_are_its_least_and_greatest_value_and_its_nulls() => s_tables.SampleAsync(async table =>
    {
        var (bytes, columns) = await WriteAsync(table);
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(bytes));
        var at = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var metadata = reader.Metadata!.RowGroups[g];
            var rows = table.Rows.Skip(at).Take((int)metadata.NumRows).ToArray();
            at += rows.Length;
            for (var c = 0; c < columns.Length; c++)
            {
                var statistics = metadata.Columns[c].MetaData!.Statistics!;
                var values = rows.Select(r => Value(r, c)).Where(v => v is not null).ToArray();
                statistics.NullCount.Should().Be(rows.Length - values.Length, $"{columns[c]} of group {g}");
                if (values.Length == 0)
                {
                    statistics.MinValue.Should().BeNull();
                    continue;
                }
                var expected = Encode(c, values.Min(Comparer<object?>.Create((a, b) => Compare(c, a, b)))!);
                var expectedMax = Encode(c, values.Max(Comparer<object?>.Create((a, b) => Compare(c, a, b)))!);
                statistics.MinValue.Should().Equal(expected, $"{columns[c]} of group {g}");
                statistics.MaxValue.Should().Equal(expectedMax, $"{columns[c]} of group {g}");
            }
        }
        at.Should().Be(table.Rows.Length);
    }, iter: 100);

    [Fact]
    public async Task A_file_without_rows_has_the_schema_and_no_row_group()
    {
        var (bytes, _) = await WriteAsync(new Table(10, []));
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(bytes));
        reader.RowGroupCount.Should().Be(0);
        reader.Schema.GetDataFields().Select(f => f.Name).Should().Equal("text", "int64", "int32", "decimal", "utc", "local");
        bytes[..4].Should().Equal("PAR1"u8.ToArray());
        bytes[^4..].Should().Equal("PAR1"u8.ToArray());
    }

    [Fact]
    public async Task The_schema_types_each_column()
    {
        var (bytes, _) = await WriteAsync(new Table(10, [new TableRow("x", 1, 2, 3.5m, 0, 0)]));
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(bytes));
        var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name);
        var text = reader.Metadata!.Schema.Single(e => e.Name == "text");
        (text.Type, text.ConvertedType, text.LogicalType?.STRING is not null).Should().Be((Parquet.Meta.Type.BYTE_ARRAY, Parquet.Meta.ConvertedType.UTF8, true));
        fields["text"].IsNullable.Should().BeTrue();
        fields["int64"].ClrType.Should().Be<long>();
        fields["int32"].ClrType.Should().Be<int>();
        fields["int32"].IsNullable.Should().BeFalse();
        var value = fields["decimal"].Should().BeOfType<DecimalDataField>().Which;
        (value.Precision, value.Scale).Should().Be((38, 9));
        fields["utc"].Should().BeOfType<DateTimeDataField>().Which.IsAdjustedToUTC.Should().BeTrue();
        fields["utc"].IsNullable.Should().BeFalse();
        fields["local"].Should().BeOfType<DateTimeDataField>().Which.IsAdjustedToUTC.Should().BeFalse();
        reader.Metadata!.CreatedBy.Should().StartWith("greenbutton version ");
    }

    [Fact]
    public async Task Long_distinct_texts_flush_a_row_group_early_and_every_row_is_kept()
    {
        using var output = new MemoryStream();
        await using (var writer = new ParquetRowWriter(output, localTime: false, maxGroupTextChars: 1000))
        {
            for (var i = 0; i < 10; i++)
            {
                await writer.WriteAsync(new ExportRow { UsagePoint = new string('u', 299) + i, Series = "meter", StartUtc = i * 900, DurationSeconds = 900, Readings = 1 }, CancellationToken.None);
            }
            await writer.CompleteAsync(CancellationToken.None);
        }
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(output.ToArray()));
        reader.RowGroupCount.Should().Be(3, "a group is flushed once a text column's new characters pass 1,000: 4, 4 and 2 rows");
        var usagePoints = new List<string?>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var values = new string?[group.RowCount];
            await group.ReadAsync(reader.Schema.GetDataFields()[0], values.AsMemory());
            usagePoints.AddRange(values);
        }
        usagePoints.Should().Equal(Enumerable.Range(0, 10).Select(i => new string('u', 299) + i));
    }

    private static object? Value(TableRow row, int column) => column switch
    {
        0 => row.Text,
        1 => row.Int64,
        2 => (long)row.Int32,
        3 => row.Decimal is { } d ? DecimalColumn.Unscaled(d, 9) : null,
        4 => row.Utc,
        _ => row.Local,
    };

    private static int Compare(int column, object? a, object? b) => column switch
    {
        0 => Encoding.UTF8.GetBytes((string)a!).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes((string)b!)),
        3 => ((Int128)a!).CompareTo((Int128)b!),
        _ => ((long)a!).CompareTo((long)b!),
    };

    private static byte[] Encode(int column, object value)
    {
        switch (column)
        {
            case 0:
                return Encoding.UTF8.GetBytes((string)value);
            case 2:
                var int32 = new byte[4];
                BinaryPrimitives.WriteInt32LittleEndian(int32, (int)(long)value);
                return int32;
            case 3:
                var int128 = new byte[16];
                BinaryPrimitives.WriteInt128BigEndian(int128, (Int128)value);
                return int128;
            default:
                var int64 = new byte[8];
                BinaryPrimitives.WriteInt64LittleEndian(int64, (long)value);
                return int64;
        }
    }

    private static async Task<(byte[] Bytes, string[] Columns)> WriteAsync(Table table)
    {
        var text = new TextColumn("text", table.Capacity);
        var int64 = IntegerColumn.Int64("int64", optional: true, table.Capacity);
        var int32 = IntegerColumn.Int32("int32", optional: false, table.Capacity);
        var dec = new DecimalColumn("decimal", 9, table.Capacity);
        var utc = IntegerColumn.Timestamp("utc", optional: false, adjustedToUtc: true, table.Capacity);
        var local = IntegerColumn.Timestamp("local", optional: true, adjustedToUtc: false, table.Capacity);
        ParquetColumn[] columns = [text, int64, int32, dec, utc, local];
        using var output = new MemoryStream();
        var writer = new ParquetFileWriter(output, columns, table.Capacity);
        foreach (var row in table.Rows)
        {
            text.Append(row.Text);
            int64.Append(row.Int64);
            int32.Append(row.Int32);
            dec.Append(row.Decimal);
            utc.Append(row.Utc);
            local.Append(row.Local);
            if (writer.Rows == table.Capacity)
            {
                await writer.FlushRowGroupAsync(CancellationToken.None);
            }
        }
        await writer.CompleteAsync(CancellationToken.None);
        return (output.ToArray(), [.. columns.Select(c => c.Name)]);
    }

    private static async Task<List<TableRow>> ReadAsync(byte[] bytes)
    {
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(bytes));
        var fields = reader.Schema.GetDataFields();
        var rows = new List<TableRow>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            var text = new string?[n];
            var int64 = new long?[n];
            var int32 = new int[n];
            var dec = new decimal?[n];
            var utc = new DateTime[n];
            var local = new DateTime?[n];
            await group.ReadAsync(fields[0], text.AsMemory());
            await group.ReadAsync<long>(fields[1], int64.AsMemory());
            await group.ReadAsync<int>(fields[2], int32.AsMemory());
            await group.ReadAsync<decimal>(fields[3], dec.AsMemory());
            await group.ReadAsync<DateTime>(fields[4], utc.AsMemory());
            await group.ReadAsync<DateTime>(fields[5], local.AsMemory());
            for (var i = 0; i < n; i++)
            {
                rows.Add(new TableRow(text[i], int64[i], int32[i], dec[i], Milliseconds(utc[i]), local[i] is { } l ? Milliseconds(l) : null));
            }
        }
        return rows;
    }

    private static long Milliseconds(DateTime time) => (time.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;
}
