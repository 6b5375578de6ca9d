using System.Text.Encodings.Web;
using System.Text.Json;

namespace GreenButton.Cli.Export;

/// <summary>JSON lines: one object per row and per line (LF), the keys of <see cref="RowWriter.Columns"/>, nulls written.</summary>
internal sealed class JsonLinesRowWriter(Stream output, bool localTime, bool withFile = false) : RowWriter(withFile)
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private readonly BufferedStream _buffer = new(output, 1 << 16);
    private Utf8JsonWriter? _json;

    public override ValueTask WriteAsync(ExportRow row, CancellationToken cancellationToken)
    {
        var json = _json ??= new Utf8JsonWriter(_buffer, s_options);
        json.Reset(_buffer);
        json.WriteStartObject();
        if (WithFile)
        {
            String(json, "file", File);
        }
        String(json, "usage_point", row.UsagePoint);
        String(json, "meter_reading", row.MeterReading);
        json.WriteString("series", row.Series);
        String(json, "flow_direction", row.FlowDirection);
        json.WriteString("start_utc", Formats.Utc(row.StartUtc));
        if (localTime)
        {
            String(json, "start_local", LocalStart(row) is { } local ? Formats.Local(local) : null);
            if (row.UtcOffsetSeconds is { } offset)
            {
                json.WriteNumber("utc_offset_seconds", offset);
            }
            else
            {
                json.WriteNull("utc_offset_seconds");
            }
        }
        json.WriteNumber("duration_seconds", row.DurationSeconds);
        json.WriteNumber("readings", row.Readings);
        if (row.RawValue is { } raw)
        {
            json.WriteNumber("raw_value", raw);
        }
        else
        {
            json.WriteNull("raw_value");
        }
        Number(json, "value", row.Value);
        String(json, "unit", row.Unit);
        Number(json, "cost", row.Cost);
        String(json, "currency", row.Currency);
        String(json, "quality", row.Quality);
        if (row.Tou is { } tou)
        {
            json.WriteNumber("tou", tou);
        }
        else
        {
            json.WriteNull("tou");
        }
        json.WriteEndObject();
        json.Flush();
        _buffer.WriteByte((byte)'\n');
        return ValueTask.CompletedTask;
    }

    public override async ValueTask CompleteAsync(CancellationToken cancellationToken) => await _buffer.FlushAsync(cancellationToken).ConfigureAwait(false);

    public override async ValueTask DisposeAsync()
    {
        if (_json is not null)
        {
            await _json.DisposeAsync().ConfigureAwait(false);
        }
        await _buffer.DisposeAsync().ConfigureAwait(false);
    }

    private static void String(Utf8JsonWriter json, string name, string? value)
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

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
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
