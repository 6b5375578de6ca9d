using System.Text.Encodings.Web;
using System.Text.Json;

namespace GreenButton.Cli.Export;

/// <summary>
/// JSON lines: one object per row and per line (LF), the keys of <see cref="RowWriter.Columns"/>, nulls written. The
/// bytes go straight into a pooled buffer, as <see cref="Utf8JsonWriter"/> would write them (compact, strings escaped by
/// the relaxed encoder): each key with its separator is encoded once, a column's text once while it repeats, numbers with
/// <see cref="IUtf8SpanFormattable"/> as the JSON writer formats them, times and quality codes digit by digit.
/// </summary>
internal sealed class JsonLinesRowWriter(Stream output, bool localTime, bool withFile = false) : RowWriter(withFile)
{
    private static readonly JavaScriptEncoder s_encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private static readonly byte[] s_file = Key("file", first: true);
    private static readonly byte[] s_usagePointFirst = Key("usage_point", first: true);
    private static readonly byte[] s_usagePoint = Key("usage_point");
    private static readonly byte[] s_meterReading = Key("meter_reading");
    private static readonly byte[] s_series = Key("series");
    private static readonly byte[] s_flow = Key("flow_direction");
    private static readonly byte[] s_startUtc = Key("start_utc");
    private static readonly byte[] s_startLocal = Key("start_local");
    private static readonly byte[] s_offset = Key("utc_offset_seconds");
    private static readonly byte[] s_duration = Key("duration_seconds");
    private static readonly byte[] s_readings = Key("readings");
    private static readonly byte[] s_raw = Key("raw_value");
    private static readonly byte[] s_value = Key("value");
    private static readonly byte[] s_unit = Key("unit");
    private static readonly byte[] s_cost = Key("cost");
    private static readonly byte[] s_currency = Key("currency");
    private static readonly byte[] s_quality = Key("quality");
    private static readonly byte[] s_tou = Key("tou");

    private readonly Utf8Output _out = new(output);
    private readonly string?[] _lastText = new string?[8];
    private readonly byte[][] _lastQuoted = new byte[8][];

    public override ValueTask WriteAsync(ExportRow row, CancellationToken cancellationToken)
    {
        var o = _out;
        o.Byte((byte)'{');
        if (WithFile)
        {
            String(s_file, 0, File);
        }
        String(WithFile ? s_usagePoint : s_usagePointFirst, 1, row.UsagePoint);
        String(s_meterReading, 2, row.MeterReading);
        String(s_series, 3, row.Series);
        String(s_flow, 4, row.FlowDirection);
        o.Bytes(s_startUtc);
        o.Byte((byte)'"');
        o.Utc(row.StartUtc);
        o.Byte((byte)'"');
        if (localTime)
        {
            o.Bytes(s_startLocal);
            if (LocalStart(row) is { } local)
            {
                o.Byte((byte)'"');
                o.Local(local);
                o.Byte((byte)'"');
            }
            else
            {
                o.Bytes("null"u8);
            }
            Number(s_offset, row.UtcOffsetSeconds);
        }
        o.Bytes(s_duration);
        o.Number(row.DurationSeconds);
        o.Bytes(s_readings);
        o.Number(row.Readings);
        Number(s_raw, row.RawValue);
        Number(s_value, row.Value);
        String(s_unit, 5, row.Unit);
        Number(s_cost, row.Cost);
        String(s_currency, 6, row.Currency);
        o.Bytes(s_quality);
        if (row.Quality.Count == 0)
        {
            o.Bytes("null"u8);
        }
        else
        {
            o.Byte((byte)'"');
            var span = o.GetSpan(row.Quality.Count * 12);
            o.Advance(row.Quality.Format(span)); // digits, '-' and ';': nothing to escape
            o.Byte((byte)'"');
        }
        Number(s_tou, row.Tou);
        o.Bytes("}\n"u8);
        return ValueTask.CompletedTask;
    }

    public override async ValueTask CompleteAsync(CancellationToken cancellationToken) => await _out.FlushAsync(cancellationToken).ConfigureAwait(false);

    public override ValueTask DisposeAsync()
    {
        _out.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary><c>"name":</c>, after a comma unless it is the object's first key.</summary>
    private static byte[] Key(string name, bool first = false)
        => [.. first ? ""u8 : ","u8, .. Quoted(name), .. ":"u8];

    private static byte[] Quoted(string text) => [.. "\""u8, .. JsonEncodedText.Encode(text, s_encoder).EncodedUtf8Bytes, .. "\""u8];

    /// <summary>A text field; a column's last value is escaped and encoded once (a series' labels repeat on every row).</summary>
    private void String(byte[] key, int column, string? value)
    {
        _out.Bytes(key);
        if (value is null)
        {
            _out.Bytes("null"u8);
            return;
        }
        if (!ReferenceEquals(value, _lastText[column]))
        {
            _lastQuoted[column] = Quoted(value);
            _lastText[column] = value;
        }
        _out.Bytes(_lastQuoted[column]);
    }

    private void Number<T>(byte[] key, T? value)
        where T : struct, IUtf8SpanFormattable
    {
        _out.Bytes(key);
        if (value is { } v)
        {
            _out.Number(v);
        }
        else
        {
            _out.Bytes("null"u8);
        }
    }
}
