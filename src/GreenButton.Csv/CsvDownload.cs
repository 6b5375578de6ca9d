namespace GreenButton.Csv;

/// <summary>
/// A utility CSV download read as Green Button: the <see cref="Entries"/> (UsagePoints, LocalTimeParameters,
/// MeterReadings, ReadingTypes, IntervalBlocks, UsageSummaries, linked as a Data Custodian links them), the personal
/// data of the file kept apart in <see cref="Customer"/>, and what the reader noticed.
/// </summary>
public sealed class CsvDownload
{
    internal CsvDownload(string? source, CsvLayoutInfo layout, string encoding, char separator, TimeZoneInfo zone, CsvCustomerData customer,
        IReadOnlyList<AtomEntry> entries, IReadOnlyList<GreenButtonDiagnostic> diagnostics, int rowsSkipped)
    {
        Source = source;
        Layout = layout;
        Encoding = encoding;
        Separator = separator;
        TimeZone = zone;
        Customer = customer;
        Entries = entries;
        Diagnostics = diagnostics;
        RowsSkipped = rowsSkipped;
    }

    /// <summary>The input's name (the path, or <see cref="GreenButtonCsvOptions.SourceName"/>).</summary>
    public string? Source { get; }

    /// <summary>The layout detected (or given).</summary>
    public CsvLayoutInfo Layout { get; }

    /// <summary>The encoding found: <c>UTF-8</c>, <c>UTF-8 with BOM</c>, <c>UTF-16LE with BOM</c>, <c>Windows-1252</c>, ...</summary>
    public string Encoding { get; }

    /// <summary>The field separator found: <c>,</c> or a tab.</summary>
    public char Separator { get; }

    /// <summary>The zone the file's local times were read in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Name, address, account and meter numbers of the file. Personal data: never written into titles or resources.</summary>
    public CsvCustomerData Customer { get; }

    /// <summary>The entries, parents before children; <see cref="ToDocument"/> resolves their links.</summary>
    public IReadOnlyList<AtomEntry> Entries { get; }

    /// <summary>Stated totals or periods the rows contradict, assumed units, skipped rows (lenient), unmapped columns, DST placements.</summary>
    public IReadOnlyList<GreenButtonDiagnostic> Diagnostics { get; }

    /// <summary>Rows skipped in lenient mode (each has a <see cref="CsvDiagnosticCodes.SkippedRow"/> diagnostic).</summary>
    public int RowsSkipped { get; }

    /// <summary>
    /// The entries as a <see cref="GreenButtonDocument"/> (every resource attached by link). Each call builds a new
    /// document over the same resources, re-attaching them.
    /// </summary>
    public GreenButtonDocument ToDocument() => GreenButtonDocument.FromEntries(Entries, new GreenButtonReaderOptions { SourceName = Source });

    /// <inheritdoc/>
    public override string ToString() => $"{Source ?? "<input>"}: {Layout.Name}, {Entries.Count} entries";
}
