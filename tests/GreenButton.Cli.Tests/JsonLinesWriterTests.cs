using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using GreenButton.Cli.Export;

namespace GreenButton.Cli.Tests;

/// <summary>
/// The JSON lines writer writes its bytes itself: for any row they are those of <see cref="Utf8JsonWriter"/> (compact,
/// the relaxed encoder) writing the same object, the form the export had, so the output did not change.
/// </summary>
public sealed class JsonLinesWriterTests
{
    // Any text but lone surrogates, which no input can hold (XML rejects them, the CSV reader decodes UTF-8).
    private static readonly Gen<string?> s_text = Gen.OneOf(
        Gen.Const((string?)null),
        Gen.String[Gen.OneOf(Gen.Char[(char)0, (char)0xD7FF], Gen.Char[(char)0xE000, (char)0xFFFF]), 0, 40].Select(s => (string?)s),
        Gen.OneOfConst<string?>("", "meter", "a \"quoted\" \\ value", "tab\tnew\nline\u0001", "<&>'", "ünïcødé €", "😀 pair", "\uFFFD"));

    private static readonly Gen<decimal?> s_decimal = Gen.OneOf(
        Gen.Const((decimal?)null),
        Gen.Select(Gen.Int, Gen.Int, Gen.Int, Gen.Bool, Gen.Byte[0, 28]).Select((lo, mid, hi, negative, scale) => (decimal?)new decimal(lo, mid, hi, negative, scale)));

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : struct => Gen.Frequency((1, Gen.Const((T?)null)), (3, gen.Select(v => (T?)v)));

    private static readonly Gen<ExportRow> s_row =
        Gen.Select(Gen.Select(s_text, s_text, s_text, s_text, s_text, s_text),
                   Gen.Select(Gen.Long[-62_135_596_800, 253_402_300_799], Maybe(Gen.Int[-50_400, 50_400]), Gen.Long, Gen.Int, Maybe(Gen.Long)),
                   Gen.Select(s_decimal, s_decimal, Maybe(Gen.Short), Gen.Int[0, 40].Array[0, 20]))
            .Select((texts, numbers, rest) => new ExportRow
            {
                UsagePoint = texts.Item1,
                MeterReading = texts.Item2,
                Series = texts.Item3 ?? "meter",
                FlowDirection = texts.Item4,
                Unit = texts.Item5,
                Currency = texts.Item6,
                StartUtc = numbers.Item1,
                UtcOffsetSeconds = numbers.Item2,
                DurationSeconds = numbers.Item3,
                Readings = numbers.Item4,
                RawValue = numbers.Item5,
                Value = rest.Item1,
                Cost = rest.Item2,
                Tou = rest.Item3,
                Quality = QualityCodes.Of(rest.Item4),
            });

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task Rows_are_written_as_Utf8JsonWriter_writes_them(bool localTime, bool withFile)
    {
        await s_row.Array[1, 6].Select(s_text).SampleAsync(async (rows, file) =>
        {
            var written = new MemoryStream();
            await using (var writer = new JsonLinesRowWriter(written, localTime, withFile))
            {
                writer.File = file;
                foreach (var row in rows)
                {
                    await writer.WriteAsync(row, default);
                }
                await writer.CompleteAsync(default);
            }
            Encoding.UTF8.GetString(written.ToArray()).Should().Be(Expected(rows, localTime, withFile, file));
        }, iter: 500);
    }

    /// <summary>The rows as the export wrote them before: one <see cref="Utf8JsonWriter"/> object per line.</summary>
    private static string Expected(ExportRow[] rows, bool localTime, bool withFile, string? file)
    {
        var output = new MemoryStream();
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
        foreach (var row in rows)
        {
            using (var json = new Utf8JsonWriter(output, options))
            {
                json.WriteStartObject();
                if (withFile)
                {
                    Text(json, "file", file);
                }
                Text(json, "usage_point", row.UsagePoint);
                Text(json, "meter_reading", row.MeterReading);
                Text(json, "series", row.Series);
                Text(json, "flow_direction", row.FlowDirection);
                json.WriteString("start_utc", DateTimeOffset.FromUnixTimeSeconds(row.StartUtc).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
                if (localTime)
                {
                    if (row.UtcOffsetSeconds is { } offset)
                    {
                        var local = Formats.AtOffset(row.StartUtc, offset); // UTC where the offset cannot be one
                        json.WriteString("start_local", local.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
                        json.WriteNumber("utc_offset_seconds", offset);
                    }
                    else
                    {
                        json.WriteNull("start_local");
                        json.WriteNull("utc_offset_seconds");
                    }
                }
                json.WriteNumber("duration_seconds", row.DurationSeconds);
                json.WriteNumber("readings", row.Readings);
                Number(json, "raw_value", row.RawValue);
                Number(json, "value", row.Value);
                Text(json, "unit", row.Unit);
                Number(json, "cost", row.Cost);
                Text(json, "currency", row.Currency);
                Text(json, "quality", row.Quality.Text());
                Number(json, "tou", row.Tou);
                json.WriteEndObject();
            }
            output.WriteByte((byte)'\n');
        }
        return Encoding.UTF8.GetString(output.ToArray());

        static void Text(Utf8JsonWriter json, string name, string? value)
        {
            if (value is null)
            {
                json.WriteNull(name);
            }
            else
            {
                json.WriteString(name, value);
            }
        }

        static void Number<T>(Utf8JsonWriter json, string name, T? value)
            where T : struct
        {
            switch (value)
            {
                case null:
                    json.WriteNull(name);
                    break;
                case long l:
                    json.WriteNumber(name, l);
                    break;
                case decimal d:
                    json.WriteNumber(name, d);
                    break;
                case short s:
                    json.WriteNumber(name, s);
                    break;
            }
        }
    }
}
