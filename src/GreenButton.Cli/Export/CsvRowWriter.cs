using System.Globalization;
using System.Text;

namespace GreenButton.Cli.Export;

/// <summary>
/// RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a quote, CR or LF (quotes doubled);
/// empty fields for nulls; times ISO 8601, numbers in invariant culture. UTF-8 without BOM.
/// </summary>
internal sealed class CsvRowWriter : RowWriter
{
    private readonly StreamWriter _writer;
    private readonly bool _localTime;
    private bool _headerWritten;

    public CsvRowWriter(Stream output, bool localTime, bool withFile = false)
        : base(withFile)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        _localTime = localTime;
    }

    /// <summary>The header goes out with the first row (or at the end): a failure before any row leaves standard output empty.</summary>
    private void Header()
    {
        if (!_headerWritten)
        {
            _headerWritten = true;
            _writer.Write(string.Join(',', Columns(_localTime, WithFile)));
            _writer.Write("\r\n");
        }
    }

    public override ValueTask WriteAsync(ExportRow row, CancellationToken cancellationToken)
    {
        Header();
        var w = _writer;
        if (WithFile)
        {
            Field(File).Append(',');
        }
        Field(row.UsagePoint).Append(',');
        Field(row.MeterReading).Append(',');
        Field(row.Series).Append(',');
        Field(row.FlowDirection).Append(',');
        w.Write(Formats.Utc(row.StartUtc));
        w.Write(',');
        if (_localTime)
        {
            if (LocalStart(row) is { } local)
            {
                w.Write(Formats.Local(local));
            }
            w.Write(',');
            if (row.UtcOffsetSeconds is { } offset)
            {
                w.Write(offset.ToString(CultureInfo.InvariantCulture));
            }
            w.Write(',');
        }
        w.Write(row.DurationSeconds.ToString(CultureInfo.InvariantCulture));
        w.Write(',');
        w.Write(row.Readings.ToString(CultureInfo.InvariantCulture));
        w.Write(',');
        if (row.RawValue is { } raw)
        {
            w.Write(raw.ToString(CultureInfo.InvariantCulture));
        }
        w.Write(',');
        if (row.Value is { } value)
        {
            w.Write(value.ToString(CultureInfo.InvariantCulture));
        }
        w.Write(',');
        Field(row.Unit).Append(',');
        if (row.Cost is { } cost)
        {
            w.Write(cost.ToString(CultureInfo.InvariantCulture));
        }
        w.Write(',');
        Field(row.Currency).Append(',');
        Field(row.Quality).Append(',');
        if (row.Tou is { } tou)
        {
            w.Write(tou.ToString(CultureInfo.InvariantCulture));
        }
        w.Write("\r\n");
        return ValueTask.CompletedTask;
    }

    public override async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        Header();
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override ValueTask DisposeAsync() => _writer.DisposeAsync();

    private Appender Field(string? value)
    {
        if (value is not null)
        {
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                _writer.Write('"');
                _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                _writer.Write('"');
            }
            else
            {
                _writer.Write(value);
            }
        }
        return new Appender(_writer);
    }

    private readonly struct Appender(StreamWriter writer)
    {
        public void Append(char c) => writer.Write(c);
    }
}
