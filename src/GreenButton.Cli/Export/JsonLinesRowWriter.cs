using System.Text.Encodings.Web;
using System.Text.Json;

namespace GreenButton.Cli.Export;

/// <summary>
/// JSON lines: one object per row and per line (LF), the keys of <see cref="RowWriter.Columns"/>, nulls written. Times
/// and quality codes are formatted as UTF-8 in place; the JSON goes into a pooled byte buffer (no string per row).
/// </summary>
internal sealed class JsonLinesRowWriter(Stream output, bool localTime, bool withFile = false) : RowWriter(withFile)
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private static readonly JsonEncodedText s_file = Name("file");
    private static readonly JsonEncodedText s_usagePoint = Name("usage_point");
    private static readonly JsonEncodedText s_meterReading = Name("meter_reading");
    private static readonly JsonEncodedText s_series = Name("series");
    private static readonly JsonEncodedText s_flow = Name("flow_direction");
    private static readonly JsonEncodedText s_startUtc = Name("start_utc");
    private static readonly JsonEncodedText s_startLocal = Name("start_local");
    private static readonly JsonEncodedText s_offset = Name("utc_offset_seconds");
    private static readonly JsonEncodedText s_duration = Name("duration_seconds");
    private static readonly JsonEncodedText s_readings = Name("readings");
    private static readonly JsonEncodedText s_raw = Name("raw_value");
    private static readonly JsonEncodedText s_value = Name("value");
    private static readonly JsonEncodedText s_unit = Name("unit");
    private static readonly JsonEncodedText s_cost = Name("cost");
    private static readonly JsonEncodedText s_currency = Name("currency");
    private static readonly JsonEncodedText s_quality = Name("quality");
    private static readonly JsonEncodedText s_tou = Name("tou");

    private readonly Utf8Output _out = new(output);
    private readonly string?[] _lastText = new string?[8];
    private readonly JsonEncodedText[] _lastEncoded = new JsonEncodedText[8];
    private Utf8JsonWriter? _json;

    public override ValueTask WriteAsync(ExportRow row, CancellationToken cancellationToken)
    {
        var json = _json ??= new Utf8JsonWriter(_out, s_options);
        json.Reset(_out);
        json.WriteStartObject();
        if (WithFile)
        {
            String(json, 0, s_file, File);
        }
        String(json, 1, s_usagePoint, row.UsagePoint);
        String(json, 2, s_meterReading, row.MeterReading);
        String(json, 3, s_series, row.Series);
        String(json, 4, s_flow, row.FlowDirection);
        Span<byte> text = stackalloc byte[32];
        Utf8Output.DateTimeText(text, Formats.FromUnix(row.StartUtc).UtcDateTime);
        text[19] = (byte)'Z';
        json.WriteString(s_startUtc, text[..20]);
        if (localTime)
        {
            if (LocalStart(row) is { } local)
            {
                json.WriteString(s_startLocal, text[..Utf8Output.LocalText(text, local)]);
            }
            else
            {
                json.WriteNull(s_startLocal);
            }
            if (row.UtcOffsetSeconds is { } offset)
            {
                json.WriteNumber(s_offset, offset);
            }
            else
            {
                json.WriteNull(s_offset);
            }
        }
        json.WriteNumber(s_duration, row.DurationSeconds);
        json.WriteNumber(s_readings, row.Readings);
        if (row.RawValue is { } raw)
        {
            json.WriteNumber(s_raw, raw);
        }
        else
        {
            json.WriteNull(s_raw);
        }
        Number(json, s_value, row.Value);
        String(json, 5, s_unit, row.Unit);
        Number(json, s_cost, row.Cost);
        String(json, 6, s_currency, row.Currency);
        if (row.Quality.Count == 0)
        {
            json.WriteNull(s_quality);
        }
        else
        {
            Span<byte> codes = row.Quality.Count <= 16 ? stackalloc byte[16 * 12] : new byte[row.Quality.Count * 12];
            json.WriteString(s_quality, codes[..row.Quality.Format(codes)]);
        }
        if (row.Tou is { } tou)
        {
            json.WriteNumber(s_tou, tou);
        }
        else
        {
            json.WriteNull(s_tou);
        }
        json.WriteEndObject();
        json.Flush();
        _out.Byte((byte)'\n');
        return ValueTask.CompletedTask;
    }

    public override async ValueTask CompleteAsync(CancellationToken cancellationToken) => await _out.FlushAsync(cancellationToken).ConfigureAwait(false);

    public override async ValueTask DisposeAsync()
    {
        if (_json is not null)
        {
            await _json.DisposeAsync().ConfigureAwait(false);
        }
        _out.Dispose();
    }

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    /// <summary>A text field; a column's last value is escaped and encoded once (a series' labels repeat on every row).</summary>
    private void String(Utf8JsonWriter json, int column, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
            return;
        }
        if (!ReferenceEquals(value, _lastText[column]))
        {
            _lastEncoded[column] = JsonEncodedText.Encode(value, s_options.Encoder);
            _lastText[column] = value;
        }
        json.WriteString(name, _lastEncoded[column]);
    }

    private static void Number(Utf8JsonWriter json, JsonEncodedText name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
