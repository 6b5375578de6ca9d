using GreenButton.Cli.Export.Parquet;

namespace GreenButton.Cli.Export;

/// <summary>
/// Apache Parquet, typed: <c>start_utc</c> a UTC timestamp (milliseconds), <c>start_local</c> a local wall-clock
/// timestamp (not adjusted to UTC), <c>value</c> DECIMAL(38,9), <c>cost</c> DECIMAL(38,5) (ESPI costs are in
/// 1/100000 of the currency: exact), integers as INT32/INT64, text as UTF-8 strings. Rows are written in row groups
/// of <see cref="RowGroupSize"/>, so memory stays bounded by one group; the file is written forward, by the export's
/// own writer (<see cref="ParquetFileWriter"/>).
/// </summary>
internal sealed class ParquetRowWriter : RowWriter
{
    /// <summary>Rows per row group: about 13 MB of column buffers, reused from group to group.</summary>
    public const int RowGroupSize = 65_536;

    /// <summary>
    /// A row group is flushed early when its text columns' new characters pass this (hostile input: 65,536 distinct
    /// links of 32 KB would not fit a page's array): 16 M characters are at most 48 MB of UTF-8 per column.
    /// </summary>
    public const long MaxGroupTextChars = 16 << 20;
    public const int ValuePrecision = DecimalColumn.Precision;
    public const int ValueScale = 9;
    public const int CostScale = 5;

    private readonly bool _localTime;
    private readonly ParquetFileWriter _writer;
    private readonly TextColumn? _file;
    private readonly TextColumn _usagePoint = new("usage_point", RowGroupSize);
    private readonly TextColumn _meterReading = new("meter_reading", RowGroupSize);
    private readonly TextColumn _series = new("series", RowGroupSize);
    private readonly TextColumn _flow = new("flow_direction", RowGroupSize);
    private readonly IntegerColumn _startUtc = IntegerColumn.Timestamp("start_utc", optional: false, adjustedToUtc: true, RowGroupSize);
    private readonly IntegerColumn? _startLocal;
    private readonly IntegerColumn? _offset;
    private readonly IntegerColumn _duration = IntegerColumn.Int64("duration_seconds", optional: false, RowGroupSize);
    private readonly IntegerColumn _readings = IntegerColumn.Int32("readings", optional: false, RowGroupSize);
    private readonly IntegerColumn _raw = IntegerColumn.Int64("raw_value", optional: true, RowGroupSize);
    private readonly DecimalColumn _value = new("value", ValueScale, RowGroupSize);
    private readonly TextColumn _unit = new("unit", RowGroupSize);
    private readonly DecimalColumn _cost = new("cost", CostScale, RowGroupSize);
    private readonly TextColumn _currency = new("currency", RowGroupSize);
    private readonly TextColumn _quality = new("quality", RowGroupSize);
    private readonly IntegerColumn _tou = IntegerColumn.Int32("tou", optional: true, RowGroupSize);
    private readonly string?[] _singleQuality = new string?[64];
    private readonly TextColumn[] _texts;
    private readonly long _maxGroupTextChars;
    private bool _completed;

    public ParquetRowWriter(Stream output, bool localTime, bool withFile = false, long maxGroupTextChars = MaxGroupTextChars)
        : base(withFile)
    {
        _localTime = localTime;
        _maxGroupTextChars = maxGroupTextChars;
        if (withFile)
        {
            _file = new TextColumn("file", RowGroupSize);
        }
        if (localTime)
        {
            _startLocal = IntegerColumn.Timestamp("start_local", optional: true, adjustedToUtc: false, RowGroupSize);
            _offset = IntegerColumn.Int32("utc_offset_seconds", optional: true, RowGroupSize);
        }
        ParquetColumn?[] columns =
        [
            _file, _usagePoint, _meterReading, _series, _flow, _startUtc, _startLocal, _offset, _duration, _readings, _raw,
            _value, _unit, _cost, _currency, _quality, _tou,
        ];
        _writer = new ParquetFileWriter(output, [.. columns.OfType<ParquetColumn>()], RowGroupSize);
        _texts = [.. columns.OfType<TextColumn>()];
    }

    public override ValueTask WriteAsync(ExportRow row, CancellationToken cancellationToken)
    {
        _file?.Append(File);
        _usagePoint.Append(row.UsagePoint);
        _meterReading.Append(row.MeterReading);
        _series.Append(row.Series);
        _flow.Append(row.FlowDirection);
        _startUtc.Append(Formats.FromUnix(row.StartUtc).ToUnixTimeMilliseconds());
        if (_localTime)
        {
            _startLocal!.Append(LocalStart(row) is { } local ? (local.DateTime - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerMillisecond : null);
            _offset!.Append(row.UtcOffsetSeconds);
        }
        _duration.Append(row.DurationSeconds);
        _readings.Append(row.Readings);
        _raw.Append(row.RawValue);
        _value.Append(row.Value);
        _unit.Append(row.Unit);
        _cost.Append(row.Cost);
        _currency.Append(row.Currency);
        _quality.Append(QualityText(row.Quality));
        _tou.Append(row.Tou);
        return _writer.Rows >= RowGroupSize || TextFull() ? _writer.FlushRowGroupAsync(cancellationToken) : ValueTask.CompletedTask;
    }

    private bool TextFull()
    {
        foreach (var text in _texts)
        {
            if (text.NewChars > _maxGroupTextChars)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The quality column's text; a single small code's string is made once.</summary>
    private string? QualityText(QualityCodes quality)
    {
        if (quality.Count == 1 && quality[0] is >= 0 and < 64)
        {
            return _singleQuality[quality[0]] ??= quality.Text();
        }
        return quality.Text();
    }

    public override async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        if (!_completed)
        {
            _completed = true;
            await _writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
