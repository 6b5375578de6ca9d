using System.Text;

namespace GreenButton.Cli.Export;

/// <summary>
/// RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a quote, CR or LF (quotes doubled);
/// empty fields for nulls; times ISO 8601, numbers in invariant culture. UTF-8 without BOM, written straight into a
/// pooled byte buffer (no string per row).
/// </summary>
internal sealed class CsvRowWriter : RowWriter
{
    private readonly Utf8Output _out;
    private readonly bool _localTime;
    private readonly string?[] _lastText = new string?[8];
    private readonly byte[]?[] _lastBytes = new byte[8][];
    private bool _headerWritten;

    public CsvRowWriter(Stream output, bool localTime, bool withFile = false)
        : base(withFile)
    {
        _out = new Utf8Output(output);
        _localTime = localTime;
    }

    /// <summary>The header goes out with the first row (or at the end): a failure before any row leaves standard output empty.</summary>
    private void Header()
    {
        if (!_headerWritten)
        {
            _headerWritten = true;
            _out.Text(string.Join(',', Columns(_localTime, WithFile)));
            _out.Bytes("\r\n"u8);
        }
    }

    public override ValueTask WriteAsync(ExportRow row, CancellationToken cancellationToken)
    {
        Header();
        var o = _out;
        if (WithFile)
        {
            Field(0, File);
            o.Byte((byte)',');
        }
        Field(1, row.UsagePoint);
        o.Byte((byte)',');
        Field(2, row.MeterReading);
        o.Byte((byte)',');
        Field(3, row.Series);
        o.Byte((byte)',');
        Field(4, row.FlowDirection);
        o.Byte((byte)',');
        o.Utc(row.StartUtc);
        o.Byte((byte)',');
        if (_localTime)
        {
            if (LocalStart(row) is { } local)
            {
                o.Local(local);
            }
            o.Byte((byte)',');
            if (row.UtcOffsetSeconds is { } offset)
            {
                o.Number(offset);
            }
            o.Byte((byte)',');
        }
        o.Number(row.DurationSeconds);
        o.Byte((byte)',');
        o.Number(row.Readings);
        o.Byte((byte)',');
        if (row.RawValue is { } raw)
        {
            o.Number(raw);
        }
        o.Byte((byte)',');
        if (row.Value is { } value)
        {
            o.Number(value);
        }
        o.Byte((byte)',');
        Field(5, row.Unit);
        o.Byte((byte)',');
        if (row.Cost is { } cost)
        {
            o.Number(cost);
        }
        o.Byte((byte)',');
        Field(6, row.Currency);
        o.Byte((byte)',');
        if (row.Quality.Count > 0)
        {
            var span = o.GetSpan(row.Quality.Count * 12);
            o.Advance(row.Quality.Format(span)); // digits, '-' and ';': never quoted
        }
        o.Byte((byte)',');
        if (row.Tou is { } tou)
        {
            o.Number(tou);
        }
        o.Bytes("\r\n"u8);
        return ValueTask.CompletedTask;
    }

    public override async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        Header();
        await _out.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override ValueTask DisposeAsync()
    {
        _out.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>A text field, quoted as RFC 4180 needs; a column's last value is encoded once (a series' labels repeat on every row).</summary>
    private void Field(int column, string? value)
    {
        if (value is null)
        {
            return;
        }
        if (!ReferenceEquals(value, _lastText[column]))
        {
            var text = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
            _lastBytes[column] = Encoding.UTF8.GetBytes(text);
            _lastText[column] = value;
        }
        _out.Bytes(_lastBytes[column]);
    }
}
