using System.Numerics;
using Parquet;
using Parquet.Data;
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
    /// <summary>
    /// Rows per row group. Parquet.Net encodes a group's column chunks in buffers of their own (about 1 MB for a text column
    /// of 10,000 rows, 5 MB at 50,000); smaller ones die young instead of reaching the older generations: a 1 GB feed's
    /// export peaked at 175 MB instead of 230 to 250 MB, with about 10 % less CPU, for a file 2 % larger.
    /// </summary>
    public const int RowGroupSize = 10_000;
    public const int ValuePrecision = 38;
    public const int ValueScale = 9;
    public const int CostScale = 5;

    private readonly Stream _output;
    private readonly bool _localTime;
    private readonly ParquetSchema _schema;
    private readonly DataField[] _fields;
    private ParquetWriter? _writer;

    // Text columns as lists (Parquet.Net takes them as they are); the others in arrays of one row group, reused from group
    // to group and handed over as slices: no copy and no large-object garbage per group.
    private readonly List<string?> _file = [];
    private readonly List<string?> _usagePoint = [];
    private readonly List<string?> _meterReading = [];
    private readonly List<string?> _series = [];
    private readonly List<string?> _flow = [];
    private readonly DateTime[] _startUtc = new DateTime[RowGroupSize];
    private readonly DateTime?[] _startLocal;
    private readonly int?[] _offset;
    private readonly long[] _duration = new long[RowGroupSize];
    private readonly int[] _readings = new int[RowGroupSize];
    private readonly long?[] _raw = new long?[RowGroupSize];
    private readonly decimal?[] _value = new decimal?[RowGroupSize];
    private readonly List<string?> _unit = [];
    private readonly decimal?[] _cost = new decimal?[RowGroupSize];
    private readonly List<string?> _currency = [];
    private readonly List<string?> _quality = [];
    private readonly int?[] _tou = new int?[RowGroupSize];
    private readonly string?[] _singleQuality = new string?[64];
    private readonly BigDecimal?[] _unscaledColumn = new BigDecimal?[RowGroupSize]; // one decimal column at a time, at the flush

    // The decimal columns as Parquet.Net takes unscaled values, attached to a schema of their own.
    private readonly Dictionary<string, DataField> _unscaled;
    private int _rows;

    public ParquetRowWriter(Stream output, bool localTime, bool withFile = false)
        : base(withFile)
    {
        _output = output;
        _localTime = localTime;
        _fields = [.. Fields(localTime, withFile)];
        _schema = new ParquetSchema(_fields);
        var unscaled = Fields(localTime, withFile).Select(f => f is DecimalDataField d
            ? new DecimalDataField(d.Name, d.Precision, d.Scale, isNullable: true, clrType: typeof(BigDecimal)) : f).ToArray();
        _ = new ParquetSchema(unscaled);
        _unscaled = unscaled.OfType<DecimalDataField>().ToDictionary(f => f.Name, f => (DataField)f);
        _startLocal = localTime ? new DateTime?[RowGroupSize] : [];
        _offset = localTime ? new int?[RowGroupSize] : [];
    }

    /// <summary>
    /// Parquet.Net's pools of encoding buffers may keep 16 + 64 MB free by default; a few MB are enough for one column
    /// chunk of a row group at a time (100 MB feed: peak working set 183 MB with the defaults).
    /// </summary>
    private static ParquetOptions Options() => new()
    {
        MaximumSmallPoolFreeBytes = 4 << 20,
        MaximumLargePoolFreeBytes = 8 << 20,
    };

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

    public override ValueTask WriteAsync(ExportRow row, CancellationToken cancellationToken)
    {
        if (WithFile)
        {
            _file.Add(File);
        }
        var i = _rows++;
        _usagePoint.Add(row.UsagePoint);
        _meterReading.Add(row.MeterReading);
        _series.Add(row.Series);
        _flow.Add(row.FlowDirection);
        _startUtc[i] = Formats.FromUnix(row.StartUtc).UtcDateTime;
        if (_localTime)
        {
            _startLocal[i] = LocalStart(row) is { } local ? DateTime.SpecifyKind(local.DateTime, DateTimeKind.Unspecified) : null;
            _offset[i] = row.UtcOffsetSeconds;
        }
        _duration[i] = row.DurationSeconds;
        _readings[i] = row.Readings;
        _raw[i] = row.RawValue;
        // Most values have at most the column's 9 decimals already: rounding them would change nothing.
        _value[i] = row.Value is { } v ? (v.Scale <= ValueScale ? v : Math.Round(v, ValueScale, MidpointRounding.ToEven)) : null;
        _unit.Add(row.Unit);
        _cost[i] = row.Cost;
        _currency.Add(row.Currency);
        _quality.Add(QualityText(row.Quality));
        _tou[i] = row.Tou;
        return _rows >= RowGroupSize ? new ValueTask(FlushGroupAsync(cancellationToken)) : ValueTask.CompletedTask;
    }

    /// <summary>
    /// <paramref name="value"/> × 10^<paramref name="scale"/> as Parquet.Net's <see cref="BigDecimal.FromDecimal"/> gives it
    /// (truncated), computed exactly on the decimal's 96-bit mantissa; a value with more decimals than the column is left
    /// to Parquet.Net's own conversion (none of the export's: values are rounded to the column's scale first, costs have 5).
    /// </summary>
    internal static BigDecimal Unscaled(decimal value, int scale)
    {
        if (value.Scale > scale)
        {
            return BigDecimal.FromDecimal(value, ValuePrecision, scale);
        }
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var unscaled = (Int128)(mantissa * s_powersOfTen[scale - value.Scale]); // < 2^96 × 10^9: fits
        return new BigDecimal((BigInteger)(value < 0 ? -unscaled : unscaled), ValuePrecision, scale);
    }

    private static readonly UInt128[] s_powersOfTen = [.. Enumerable.Range(0, ValueScale + 1).Select(e => (UInt128)BigInteger.Pow(10, e))];

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
        if (_rows > 0 || _writer is null)
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
        _writer ??= await ParquetWriter.CreateAsync(_schema, _output, Options(), cancellationToken: cancellationToken).ConfigureAwait(false);
        var n = _rows;
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
            await group.WriteAsync<DateTime>(_fields[i++], _startUtc.AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (_localTime)
            {
                await group.WriteAsync<DateTime>(_fields[i++], _startLocal.AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
                await group.WriteAsync<int>(_fields[i++], _offset.AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            await group.WriteAsync<long>(_fields[i++], _duration.AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<int>(_fields[i++], _readings.AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<long>(_fields[i++], _raw.AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
            await WriteDecimalsAsync(group, (DecimalDataField)_fields[i++], _value, n, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(_fields[i++], _unit).ConfigureAwait(false);
            await WriteDecimalsAsync(group, (DecimalDataField)_fields[i++], _cost, n, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(_fields[i++], _currency).ConfigureAwait(false);
            await group.WriteAsync(_fields[i++], _quality).ConfigureAwait(false);
            await group.WriteAsync<int>(_fields[i++], _tou.AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        foreach (var list in new List<string?>[] { _file, _usagePoint, _meterReading, _series, _flow, _unit, _currency, _quality })
        {
            list.Clear();
        }
        _rows = 0;
    }

    /// <summary>
    /// A decimal column chunk, handed to Parquet.Net as unscaled integers (<see cref="BigDecimal"/>, a form it takes for
    /// the same DECIMAL(38, s) column): the same bytes as from decimal values, without its per-value BigInteger
    /// arithmetic. A chunk of nulls only goes as decimals: Parquet.Net then writes statistics of 0 (as it always did),
    /// none for BigDecimal.
    /// </summary>
    private async Task WriteDecimalsAsync(ParquetRowGroupWriter group, DecimalDataField field, decimal?[] values, int n, CancellationToken cancellationToken)
    {
        var any = false;
        for (var i = 0; i < n; i++)
        {
            _unscaledColumn[i] = values[i] is { } value ? Unscaled(value, field.Scale) : null;
            any |= values[i].HasValue;
        }
        if (any)
        {
            await group.WriteAsync<BigDecimal>(_unscaled[field.Name], _unscaledColumn.AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await group.WriteAsync<decimal>(field, values.AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        Array.Clear(_unscaledColumn, 0, n); // their BigIntegers go with the chunk
    }
}
