namespace GreenButton.Csv;

/// <summary>
/// A utility CSV download read as Green Button: the <see cref="Entries"/> (UsagePoints, LocalTimeParameters,
/// MeterReadings, ReadingTypes, IntervalBlocks, UsageSummaries, and the customer resources of the file's personal data
/// unless <see cref="GreenButtonCsvOptions.IncludeCustomerData"/> is false; linked as a Data Custodian links them), the
/// personal data as read in <see cref="Customer"/>, and what the reader noticed.
/// </summary>
public sealed class CsvDownload
{
    internal CsvDownload(string? source, CsvLayoutInfo layout, string encoding, char separator, TimeZoneInfo zone, CsvCustomerData customer,
        IReadOnlyList<AtomEntry> entries, IReadOnlyList<GreenButtonDiagnostic> diagnostics, int rowsSkipped, CsvFeed feed)
    {
        Feed = feed;
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

    /// <summary>
    /// Name, address, account and meter numbers of the file, as read (whether or not they became customer resources).
    /// Personal data: never written into titles, diagnostics or usage resources.
    /// </summary>
    public CsvCustomerData Customer { get; }

    /// <summary>The entries, parents before children; <see cref="ToDocument"/> resolves their links.</summary>
    public IReadOnlyList<AtomEntry> Entries { get; }

    /// <summary>Stated totals or periods the rows contradict, assumed units, skipped rows (lenient), unmapped columns, DST placements.</summary>
    public IReadOnlyList<GreenButtonDiagnostic> Diagnostics { get; }

    /// <summary>Rows skipped in lenient mode (each has a <see cref="CsvDiagnosticCodes.SkippedRow"/> diagnostic).</summary>
    public int RowsSkipped { get; }

    /// <summary>
    /// The entries as a <see cref="GreenButtonDocument"/> (every resource attached by link). Each call builds a new
    /// document over the same resources, re-attaching them. The document has no feed metadata: to write XML, use
    /// <see cref="Save(Stream, GreenButtonWriterOptions)"/>, which adds the <see cref="Feed"/>'s id, title and date.
    /// </summary>
    public GreenButtonDocument ToDocument() => GreenButtonDocument.FromEntries(Entries, new GreenButtonReaderOptions { SourceName = Source });

    /// <summary>The Atom feed the download is written as by <see cref="Save(Stream, GreenButtonWriterOptions)"/>: its id, title and updated date.</summary>
    public CsvFeed Feed { get; }

    /// <summary>
    /// Writes the download as an ESPI 4.0 feed with the core's <see cref="GreenButtonWriter"/>: the <see cref="Feed"/>'s id,
    /// title and updated date, then every entry (each with its <c>published</c> and <c>updated</c> dates), customer
    /// resources included. The output validates against the ESPI 4.0 schemas and passes the Green Button Alliance's
    /// feed and entry rules (<see cref="GreenButtonValidator"/>). <paramref name="output"/> stays open unless
    /// <see cref="GreenButtonWriterOptions.CloseOutput"/>.
    /// </summary>
    /// <returns>What the output could not hold validly (see <see cref="GreenButtonWriter.Diagnostics"/>); empty for a download read by this library.</returns>
    public IReadOnlyList<GreenButtonDiagnostic> Save(Stream output, GreenButtonWriterOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new GreenButtonWriter(output, options);
        writer.WriteFeedStart(Feed.Id, Feed.Title, Feed.Updated);
        foreach (var entry in Entries)
        {
            writer.WriteEntry(entry);
        }
        writer.WriteFeedEnd();
        return writer.Diagnostics;
    }

    /// <summary>Writes the download as <see cref="Save(Stream, GreenButtonWriterOptions)"/> does, asynchronously, one entry at a time.</summary>
    /// <returns>What the output could not hold validly.</returns>
    public async Task<IReadOnlyList<GreenButtonDiagnostic>> SaveAsync(Stream output, GreenButtonWriterOptions options = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var writer = new GreenButtonWriter(output, options);
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteFeedStartAsync(Feed.Id, Feed.Title, Feed.Updated, cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (var entry in Entries)
            {
                await writer.WriteEntryAsync(entry, cancellationToken).ConfigureAwait(false);
            }
            await writer.WriteFeedEndAsync(cancellationToken).ConfigureAwait(false);
            return writer.Diagnostics;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Source ?? "<input>"}: {Layout.Name}, {Entries.Count} entries";
}
