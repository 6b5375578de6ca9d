namespace GreenButton.Cli.Export;

/// <summary>
/// One row of the flat interval table: a reading (or a bucket of readings, or a net difference) of one meter reading.
/// Columns and types are documented in the README and in schemas/greenbutton-export-row.schema.json.
/// </summary>
internal readonly record struct ExportRow
{
    public string? UsagePoint { get; init; }

    public string? MeterReading { get; init; }

    /// <summary><c>meter</c> for a meter reading's own readings, <c>net</c> for forward minus reverse.</summary>
    public string Series { get; init; }

    public string? FlowDirection { get; init; }

    /// <summary>Start, Unix seconds UTC.</summary>
    public long StartUtc { get; init; }

    /// <summary>UTC offset of local time at <see cref="StartUtc"/> (null without LocalTimeParameters).</summary>
    public int? UtcOffsetSeconds { get; init; }

    public long DurationSeconds { get; init; }

    /// <summary>Readings in the row (1 unaggregated).</summary>
    public int Readings { get; init; }

    public long? RawValue { get; init; }

    public decimal? Value { get; init; }

    public string? Unit { get; init; }

    public decimal? Cost { get; init; }

    public string? Currency { get; init; }

    /// <summary>ReadingQuality codes, written <c>;</c>-separated (all the codes of the bucket's readings when aggregated).</summary>
    public QualityCodes Quality { get; init; }

    public short? Tou { get; init; }
}
