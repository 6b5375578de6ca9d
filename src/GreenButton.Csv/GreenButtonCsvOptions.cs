namespace GreenButton.Csv;

/// <summary>How <see cref="GreenButtonCsvReader"/> reads a utility CSV download. The default is strict, in the layout's own time zone.</summary>
public readonly record struct GreenButtonCsvOptions
{
    /// <summary>
    /// The zone the file's local times are in; by default the utility's (<see cref="CsvLayoutInfo.TimeZoneId"/>, or for
    /// Opower files the utility named by the file name or the state of the address). Set it when the default is wrong.
    /// </summary>
    public TimeZoneInfo? TimeZone { get; init; }

    /// <summary>
    /// When true, a row that cannot be read is skipped and reported as a <see cref="CsvDiagnosticCodes.SkippedRow"/> error
    /// diagnostic; otherwise it fails the read with a <see cref="GreenButtonException"/> naming file, line and column.
    /// </summary>
    public bool Lenient { get; init; }

    private readonly bool _excludeCustomerData;

    /// <summary>
    /// Whether the file's personal data (name, address, account and meter numbers, service name) becomes customer
    /// resources (<c>http://naesb.org/espi/customer</c>: Customer, CustomerAccount, CustomerAgreement, ServiceLocation,
    /// Meter) among <see cref="CsvDownload.Entries"/>, linked to the UsagePoints. True by default: a conversion keeps what
    /// the file says. Set it to false when the output goes to someone who must not get it (a third party): no customer
    /// resource is made, and a <see cref="CsvDiagnosticCodes.CustomerDataLeftOut"/> diagnostic says which fields were left
    /// out. <see cref="CsvDownload.Customer"/> holds them either way.
    /// </summary>
    public bool IncludeCustomerData { get => !_excludeCustomerData; init => _excludeCustomerData = !value; }

    /// <summary>When true, messages never quote cells of the file (names, addresses, usage): only their position.</summary>
    public bool RedactValues { get; init; }

    /// <summary>The input's name in messages (the path by default when reading a file).</summary>
    public string? SourceName { get; init; }

    /// <summary>
    /// The layout to read with, by <see cref="CsvLayoutInfo.Name"/> (<c>sdge-interval</c>, ...), instead of detecting it from
    /// the file's first lines.
    /// </summary>
    public string? Layout { get; init; }

    /// <summary>
    /// The base of the hrefs given to the resources made (<c>{base}/UsagePoint/1/MeterReading/1</c>); by default
    /// <see cref="GreenButtonCsvReader.DefaultBaseUri"/>.
    /// </summary>
    public Uri? BaseUri { get; init; }

    /// <summary>
    /// The Atom <c>published</c> and <c>updated</c> date of the entries and the feed (ESPI requires them); by default the end
    /// of the file's last reading or bill (the data is as of then; 1970-01-01 for a file without rows), so that the same file
    /// converts to the same XML each time.
    /// </summary>
    public DateTimeOffset? Updated { get; init; }
}
