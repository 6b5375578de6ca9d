using Parquet;
using Parquet.Schema;

namespace GreenButton.Cli.Export;

/// <summary>
/// Apache Parquet, typed: <c>start_utc</c> a UTC timestamp (milliseconds), <c>start_local</c> a local wall-clock
/// timestamp (not adjusted to UTC), <c>value</c> DECIMAL(38,9), <c>cost</c> DECIMAL(38,5) (ESPI costs are in
/// 1/100000 of the currency: exact), integers as INT32/INT64, text as UTF-8 strings. Rows are written in row groups
/// of <see cref="RowGroupSize"/>, so memory stays bounded by one group.
/// </summary>
internal sealed class ParquetRowWriter : RowWriter
{
    public const int RowGroupSize = 50_000;
    public const int ValuePrecision = 38;
    public const int ValueScale = 9;
    public const int CostScale = 5;

    private readonly Stream _output;
    private readonly bool _localTime;
    private readonly ParquetSchema _schema;
    private readonly DataField[] _fields;
    private ParquetWriter? _writer;

    private readonly List<string?> _file = [];
    private readonly List<string?> _usagePoint = [];
    private readonly List<string?> _meterReading = [];
    private readonly List<string?> _series = [];
    private readonly List<string?> _flow = [];
    private readonly List<DateTime> _startUtc = [];
    private readonly List<DateTime?> _startLocal = [];
    private readonly List<int?> _offset = [];
    private readonly List<long> _duration = [];
    private readonly List<int> _readings = [];
    private readonly List<long?> _raw = [];
    private readonly List<decimal?> _value = [];
    private readonly List<string?> _unit = [];
    private readonly List<decimal?> _cost = [];
    private readonly List<string?> _currency = [];
    private readonly List<string?> _quality = [];
    private readonly List<int?> _tou = [];

    public ParquetRowWriter(Stream output, bool localTime, bool withFile = false)
        : base(withFile)
    {
        _output = output;
        _localTime = localTime;
        _fields = [.. Fields(localTime, withFile)];
        _schema = new ParquetSchema(_fields);
    }

    public static IEnumerable<DataField> Fields(bool localTime, bool withFile = false)
    {
        if (withFile)
        {
            yield return new DataField<string>("file", nullable: true);
        }
        yield return new DataField<string>("usage_point", nullable: true);
        yield return new DataField<string>("meter_reading", nullable: true);
        yield return new DataField<string>("series", nullable: true);
        yield return new DataField<string>("flow_direction", nullable: true);
        yield return new DateTimeDataField("start_utc", DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Millis, isNullable: false);
        if (localTime)
        {
            yield return new DateTimeDataField("start_local", DateTimeFormat.Timestamp, isAdjustedToUTC: false, unit: DateTimeTimeUnit.Millis, isNullable: true);
            yield return new DataField<int?>("utc_offset_seconds");
        }
        yield return new DataField<long>("duration_seconds");
        yield return new DataField<int>("readings");
        yield return new DataField<long?>("raw_value");
        yield return new DecimalDataField("value", ValuePrecision, ValueScale, isNullable: true);
        yield return new DataField<string>("unit", nullable: true);
        yield return new DecimalDataField("cost", ValuePrecision, CostScale, isNullable: true);
        yield return new DataField<string>("currency", nullable: true);
        yield return new DataField<string>("quality", nullable: true);
        yield return new DataField<int?>("tou");
    }

    public override async ValueTask WriteAsync(ExportRow row, CancellationToken cancellationToken)
    {
        if (WithFile)
        {
            _file.Add(File);
        }
        _usagePoint.Add(row.UsagePoint);
        _meterReading.Add(row.MeterReading);
        _series.Add(row.Series);
        _flow.Add(row.FlowDirection);
        _startUtc.Add(Formats.FromUnix(row.StartUtc).UtcDateTime);
        if (_localTime)
        {
            _startLocal.Add(LocalStart(row) is { } local ? DateTime.SpecifyKind(local.DateTime, DateTimeKind.Unspecified) : null);
            _offset.Add(row.UtcOffsetSeconds);
        }
        _duration.Add(row.DurationSeconds);
        _readings.Add(row.Readings);
        _raw.Add(row.RawValue);
        _value.Add(row.Value is { } v ? Math.Round(v, ValueScale, MidpointRounding.ToEven) : null);
        _unit.Add(row.Unit);
        _cost.Add(row.Cost);
        _currency.Add(row.Currency);
        _quality.Add(row.Quality.Text());
        _tou.Add(row.Tou);
        if (_startUtc.Count >= RowGroupSize)
        {
            await FlushGroupAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        if (_startUtc.Count > 0 || _writer is null)
        {
            await FlushGroupAsync(cancellationToken).ConfigureAwait(false);
        }
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
            _writer = null;
        }
        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
            _writer = null;
        }
    }

    private async Task FlushGroupAsync(CancellationToken cancellationToken)
    {
        _writer ??= await ParquetWriter.CreateAsync(_schema, _output, cancellationToken: cancellationToken).ConfigureAwait(false);
        using (var group = _writer.CreateRowGroup())
        {
            var i = 0;
            if (WithFile)
            {
                await group.WriteAsync(_fields[i++], _file).ConfigureAwait(false);
            }
            await group.WriteAsync(_fields[i++], _usagePoint).ConfigureAwait(false);
            await group.WriteAsync(_fields[i++], _meterReading).ConfigureAwait(false);
            await group.WriteAsync(_fields[i++], _series).ConfigureAwait(false);
            await group.WriteAsync(_fields[i++], _flow).ConfigureAwait(false);
            await group.WriteAsync<DateTime>(_fields[i++], _startUtc.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (_localTime)
            {
                await group.WriteAsync<DateTime>(_fields[i++], _startLocal.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                await group.WriteAsync<int>(_fields[i++], _offset.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            await group.WriteAsync<long>(_fields[i++], _duration.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<int>(_fields[i++], _readings.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<long>(_fields[i++], _raw.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<decimal>(_fields[i++], _value.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(_fields[i++], _unit).ConfigureAwait(false);
            await group.WriteAsync<decimal>(_fields[i++], _cost.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(_fields[i++], _currency).ConfigureAwait(false);
            await group.WriteAsync(_fields[i++], _quality).ConfigureAwait(false);
            await group.WriteAsync<int>(_fields[i++], _tou.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        foreach (var list in new System.Collections.IList[] { _file, _usagePoint, _meterReading, _series, _flow, _startUtc, _startLocal, _offset, _duration, _readings, _raw, _value, _unit, _cost, _currency, _quality, _tou })
        {
            list.Clear();
        }
    }
}
