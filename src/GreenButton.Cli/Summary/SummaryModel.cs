namespace GreenButton.Cli.Summary;

// The JSON summary contract (schemas/greenbutton-summary.schema.json): camelCase, nulls written.

/// <summary>The whole summary: one entry per input file that could be read.</summary>
internal sealed record SummaryReport(IReadOnlyList<FileSummary> Files);

/// <summary>The summary of one input.</summary>
internal sealed record FileSummary
{
    public required string File { get; init; }

    public required SummaryTotals Totals { get; init; }

    /// <summary>Every ESPI resource of the file, by name.</summary>
    public required IReadOnlyDictionary<string, int> Resources { get; init; }

    public long SumRawValue { get; init; }

    public long SumRawCost { get; init; }

    public long ReadingQualities { get; init; }

    public required IReadOnlyList<UsagePointSummary> UsagePoints { get; init; }

    /// <summary>MeterReadings with no UsagePoint to belong to (a feed of MeterReadings alone).</summary>
    public required IReadOnlyList<MeterReadingSummary> UnattachedMeterReadings { get; init; }

    public required IReadOnlyList<DiagnosticSummary> Diagnostics { get; init; }

    /// <summary>The customer resources (ids; fields with --show-personal-data); absent for a file without customer data.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Customers.CustomersSummary? Customers { get; init; }
}

internal sealed record SummaryTotals(int Entries, int UsagePoints, int MeterReadings, int ReadingTypes, int IntervalBlocks, long IntervalReadings,
    int UsageSummaries, int LocalTimeParameters);

internal sealed record UsagePointSummary
{
    public string? Self { get; init; }

    public string? Title { get; init; }

    /// <summary>camelCase name of the ServiceKind (<c>electricity</c>, <c>gas</c>, ...), or its number when unnamed; null when absent.</summary>
    public string? ServiceKind { get; init; }

    public int? ServiceKindCode { get; init; }

    public LocalTimeSummary? LocalTime { get; init; }

    public required IReadOnlyList<UsageSummarySummary> UsageSummaries { get; init; }

    public required IReadOnlyList<MeterReadingSummary> MeterReadings { get; init; }
}

internal sealed record LocalTimeSummary(long TzOffsetSeconds, long DstOffsetSeconds, bool HasDaylightSavingTime, string DstStartRule, string DstEndRule);

internal sealed record UsageSummarySummary
{
    public string? Self { get; init; }

    public string? BillingPeriodStart { get; init; }

    public string? BillingPeriodEnd { get; init; }

    public decimal? BillLastPeriod { get; init; }

    public int? Currency { get; init; }

    public decimal? OverallConsumptionLastPeriod { get; init; }

    public string? OverallConsumptionUnit { get; init; }
}

internal sealed record MeterReadingSummary
{
    public string? Self { get; init; }

    public string? Title { get; init; }

    public int Line { get; init; }

    public int Column { get; init; }

    /// <summary>null when the MeterReading has none (values are then unscaled).</summary>
    public ReadingTypeSummary? ReadingType { get; init; }

    public int IntervalBlocks { get; init; }

    public long IntervalReadings { get; init; }

    public long SumRawValue { get; init; }

    public decimal? SumValue { get; init; }

    public string? Unit { get; init; }

    public decimal? MinValue { get; init; }

    public decimal? MaxValue { get; init; }

    public decimal? MeanValue { get; init; }

    public string? FirstStart { get; init; }

    public string? LastEnd { get; init; }

    public string? FirstStartLocal { get; init; }

    public string? LastEndLocal { get; init; }

    public long SumRawCost { get; init; }

    /// <summary>null when no reading carries a cost.</summary>
    public decimal? TotalCost { get; init; }

    public string? Currency { get; init; }

    /// <summary>Readings by ReadingQuality (camelCase name, or the number when unnamed).</summary>
    public required IReadOnlyDictionary<string, long> Qualities { get; init; }

    public long Gaps { get; init; }

    public long? MissingIntervals { get; init; }

    public long MissingSeconds { get; init; }

    public long Overlaps { get; init; }

    public long Duplicates { get; init; }
}

internal sealed record ReadingTypeSummary
{
    public int? Uom { get; init; }

    public string? Unit { get; init; }

    public int PowerOfTenMultiplier { get; init; }

    public long? IntervalLength { get; init; }

    public int? FlowDirection { get; init; }

    public int? Commodity { get; init; }

    public int? Currency { get; init; }

    public int? Kind { get; init; }

    public int? AccumulationBehaviour { get; init; }

    public int? DataQualifier { get; init; }
}

internal sealed record DiagnosticSummary(string Severity, string Code, string Message, int Line, int Column, int Count, string? EntryId);
