namespace GreenButton.Cli.Export;

/// <summary>The export formats.</summary>
internal enum ExportFormat
{
    /// <summary>RFC 4180 CSV with a header, CRLF line ends.</summary>
    Csv,

    /// <summary>One JSON object per line (LF).</summary>
    Jsonl,

    /// <summary>Apache Parquet with typed columns.</summary>
    Parquet,
}

/// <summary>
/// Writes export rows in one format; <see cref="CompleteAsync"/> finishes the output. With <c>withFile</c> (more than one
/// input exported together) every row starts with a <c>file</c> column: the input being exported (<see cref="File"/>).
/// </summary>
internal abstract class RowWriter(bool withFile) : IAsyncDisposable
{
    /// <summary>Whether rows carry the <c>file</c> column.</summary>
    protected bool WithFile { get; } = withFile;

    /// <summary>The input whose rows are written now, as messages name it (the <c>file</c> column).</summary>
    public string? File { get; set; }

    /// <summary>The column names, in order (the same in every format); <c>file</c> first when <paramref name="file"/>.</summary>
    public static IReadOnlyList<string> Columns(bool localTime, bool file = false) =>
    [
        .. file ? (string[])["file"] : [],
        "usage_point", "meter_reading", "series", "flow_direction", "start_utc",
        .. localTime ? (string[])["start_local", "utc_offset_seconds"] : [],
        "duration_seconds", "readings", "raw_value", "value", "unit", "cost", "currency", "quality", "tou",
    ];

    public static RowWriter Create(ExportFormat format, Stream output, bool localTime, bool withFile = false) => format switch
    {
        ExportFormat.Csv => new CsvRowWriter(output, localTime, withFile),
        ExportFormat.Jsonl => new JsonLinesRowWriter(output, localTime, withFile),
        _ => new ParquetRowWriter(output, localTime, withFile),
    };

    public abstract ValueTask WriteAsync(ExportRow row, CancellationToken cancellationToken);

    public abstract ValueTask CompleteAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    /// <summary>The local wall-clock start with its offset, or null without LocalTimeParameters.</summary>
    protected static DateTimeOffset? LocalStart(in ExportRow row)
        => row.UtcOffsetSeconds is { } offset ? Formats.AtOffset(row.StartUtc, offset) : null;
}
