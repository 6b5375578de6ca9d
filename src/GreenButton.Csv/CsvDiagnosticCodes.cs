namespace GreenButton.Csv;

/// <summary>The <see cref="GreenButtonDiagnostic.Code"/>s of the CSV reader. Stable: tools may match on them.</summary>
public static class CsvDiagnosticCodes
{
    /// <summary>Lenient mode skipped a row that could not be read (the message says what was expected).</summary>
    public const string SkippedRow = "skipped-row";
    /// <summary>A total the file states (SDG&amp;E's <c>Total Usage</c>) differs from the sum of its rows; the rows win.</summary>
    public const string StatedTotalMismatch = "stated-total-mismatch";
    /// <summary>A start, end or number of days the file states differs from its rows; the rows win.</summary>
    public const string StatedPeriodMismatch = "stated-period-mismatch";
    /// <summary>A <c>Duration</c> column contradicts the spacing of the rows; the spacing wins.</summary>
    public const string DurationMismatch = "duration-mismatch";
    /// <summary>A series changes its interval length part way (e.g. hourly, then 15-minute readings).</summary>
    public const string IntervalLengthChanges = "interval-length-changes";
    /// <summary>A local time the clocks skip (a spring-forward hour) was read shifted forward.</summary>
    public const string SkippedLocalTime = "skipped-local-time";
    /// <summary>A repeated local time (the fall-back hour) was placed by the order of the rows.</summary>
    public const string RepeatedLocalTime = "repeated-local-time";
    /// <summary>The time zone was taken from the file (its name or its address), not stated by the layout or the caller.</summary>
    public const string TimeZoneFromFile = "time-zone-from-file";
    /// <summary>The file does not state its unit; the layout's usual unit was assumed.</summary>
    public const string AssumedUnit = "assumed-unit";
    /// <summary>A column the layout does not map (derived values, temperatures, register reads) was not carried over.</summary>
    public const string UnmappedColumn = "unmapped-column";
    /// <summary>A note or quality text the reader does not know; the reading is marked with quality <c>Other</c>.</summary>
    public const string UnknownQuality = "unknown-quality";
    /// <summary>A reading marked missing without a value: no reading was made for it.</summary>
    public const string MissingReading = "missing-reading";
    /// <summary>A cost had more than five decimals (ESPI's cost unit is 1/100000) and was rounded.</summary>
    public const string RoundedCost = "rounded-cost";
    /// <summary>A usage value is negative (a credit or a correction); it is kept.</summary>
    public const string NegativeUsage = "negative-usage";
    /// <summary>A summary line among the rows (<c>Total,...</c>) was skipped: its figures repeat the rows'.</summary>
    public const string SummaryLine = "summary-line";
    /// <summary>
    /// The file's personal data was not made into customer resources because <see cref="GreenButtonCsvOptions.IncludeCustomerData"/>
    /// is false (the message names the fields, never their values).
    /// </summary>
    public const string CustomerDataLeftOut = "customer-data-left-out";
    /// <summary>A name, address, account or meter number is longer than customer.xsd allows; its resource holds the allowed start.</summary>
    public const string CustomerFieldTooLong = "customer-field-too-long";
    /// <summary>The file has a header but no data rows.</summary>
    public const string NoReadings = "no-readings";
}
