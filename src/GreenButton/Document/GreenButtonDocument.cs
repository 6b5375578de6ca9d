namespace GreenButton;

/// <summary>
/// A whole Green Button document with its link graph resolved: <c>doc.UsagePoints[i].MeterReadings[j]</c> with its
/// <see cref="MeterReading.ReadingType"/> and <see cref="MeterReading.IntervalBlocks"/>, every resource by type, and
/// every diagnostic. Built on <see cref="GreenButtonReader"/>, as <c>JsonDocument</c> is on <c>Utf8JsonReader</c>.
/// </summary>
public sealed partial class GreenButtonDocument
{
    /// <summary>Resolves the links of <paramref name="entries"/>; <paramref name="feed"/>, when read from XML, gives the feed-level metadata.</summary>
    private GreenButtonDocument(IReadOnlyList<AtomEntry> entries, List<GreenButtonDiagnostic> diagnostics, string? source, Uri? baseUri, EspiParser? feed,
        bool redact)
    {
        Entries = entries;
        Source = source;
        BaseUri = baseUri;
        FeedId = feed?.FeedId;
        FeedTitle = feed?.FeedTitle;
        FeedUpdated = feed?.FeedUpdated;
        FeedLinks = feed?.FeedLinks ?? [];
        RootElement = feed?.RootName;
        var resources = new List<EspiResource>();
        foreach (var entry in entries)
        {
            resources.AddRange(entry.Resources);
        }
        Resources = resources;
        UsagePoints = OfType<UsagePoint>(resources);
        MeterReadings = OfType<MeterReading>(resources);
        ReadingTypes = OfType<ReadingType>(resources);
        IntervalBlocks = OfType<IntervalBlock>(resources);
        LocalTimeParameters = OfType<LocalTimeParameters>(resources);
        UsageSummaries = OfType<UsageSummary>(resources);
        PowerQualitySummaries = OfType<ElectricPowerQualitySummary>(resources);
        ApplicationInformation = OfType<ApplicationInformation>(resources);
        Authorizations = OfType<Authorization>(resources);
        BatchLists = OfType<BatchList>(resources);
        ServiceStatuses = OfType<ServiceStatus>(resources);
        ProgramIdMappings = OfType<ProgramIdMappings>(resources);
        SetCustomerResources(resources);
        var collector = new DiagnosticCollector(source, null, diagnostics, redact);
        LinkResolver.Resolve(this, baseUri, collector);
        collector.Flush();
        Diagnostics = diagnostics;
    }

    /// <summary>The input's name (the path, or the <see cref="GreenButtonReaderOptions.SourceName"/> given).</summary>
    public string? Source { get; }

    /// <summary>
    /// The base relative hrefs were resolved against: <see cref="GreenButtonReaderOptions.BaseUri"/>, else the feed's own
    /// <c>self</c> link; null when neither is there (relative hrefs are then compared as written).
    /// </summary>
    public Uri? BaseUri { get; }

    /// <summary>The root element's local name: <c>feed</c>, <c>entry</c>, or a resource's name; null when built <see cref="FromEntries"/>.</summary>
    public string? RootElement { get; }

    /// <summary>The feed's <c>id</c>.</summary>
    public string? FeedId { get; }

    /// <summary>The feed's <c>title</c>.</summary>
    public string? FeedTitle { get; }

    /// <summary>The feed's <c>updated</c>.</summary>
    public DateTimeOffset? FeedUpdated { get; }

    /// <summary>The feed's links; empty when built <see cref="FromEntries"/>.</summary>
    public IReadOnlyList<AtomLink> FeedLinks { get; }

    /// <summary>Every entry, in document order (a bare resource comes as one entry without metadata).</summary>
    public IReadOnlyList<AtomEntry> Entries { get; }

    /// <summary>Every resource, in document order.</summary>
    public IReadOnlyList<EspiResource> Resources { get; }

    /// <summary>The UsagePoints, in document order.</summary>
    public IReadOnlyList<UsagePoint> UsagePoints { get; }

    /// <summary>Every MeterReading, attached or not.</summary>
    public IReadOnlyList<MeterReading> MeterReadings { get; }

    /// <summary>Every ReadingType (embedded ones are reached through <see cref="MeterReading.ReadingType"/>).</summary>
    public IReadOnlyList<ReadingType> ReadingTypes { get; }

    /// <summary>Every IntervalBlock, attached or not.</summary>
    public IReadOnlyList<IntervalBlock> IntervalBlocks { get; }

    /// <summary>Every LocalTimeParameters.</summary>
    public IReadOnlyList<LocalTimeParameters> LocalTimeParameters { get; }

    /// <summary>Every UsageSummary and ElectricPowerUsageSummary.</summary>
    public IReadOnlyList<UsageSummary> UsageSummaries { get; }

    /// <summary>Every ElectricPowerQualitySummary.</summary>
    public IReadOnlyList<ElectricPowerQualitySummary> PowerQualitySummaries { get; }

    /// <summary>Every ApplicationInformation.</summary>
    public IReadOnlyList<ApplicationInformation> ApplicationInformation { get; }

    /// <summary>Every Authorization.</summary>
    public IReadOnlyList<Authorization> Authorizations { get; }

    /// <summary>Every BatchList.</summary>
    public IReadOnlyList<BatchList> BatchLists { get; }

    /// <summary>Every ServiceStatus.</summary>
    public IReadOnlyList<ServiceStatus> ServiceStatuses { get; }

    /// <summary>Every ProgramIdMappings.</summary>
    public IReadOnlyList<ProgramIdMappings> ProgramIdMappings { get; }

    /// <summary>What the reader and the link resolver noticed, repaired or could not attach.</summary>
    public IReadOnlyList<GreenButtonDiagnostic> Diagnostics { get; }

    /// <summary>Every resource of type <typeparamref name="T"/>, in document order.</summary>
    public IEnumerable<T> GetResources<T>() where T : EspiResource => Resources.OfType<T>();

    /// <summary>Loads a file.</summary>
    /// <exception cref="GreenButtonException">The file cannot be opened, is not well-formed, is truncated, or (in strict mode) holds invalid data.</exception>
    public static GreenButtonDocument Load(string path, GreenButtonReaderOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Load(EspiParserFor(GreenButtonReader.OpenFile(path), GreenButtonReader.WithSource(options, path), closeInput: true));
    }

    /// <summary>Loads from a stream, which stays open.</summary>
    /// <exception cref="GreenButtonException">The input is not well-formed, is truncated, or (in strict mode) holds invalid data.</exception>
    public static GreenButtonDocument Load(Stream stream, GreenButtonReaderOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Load(EspiParserFor(stream, options, closeInput: false));
    }

    /// <summary>Loads from text, which stays open.</summary>
    /// <exception cref="GreenButtonException">The input is not well-formed, is truncated, or (in strict mode) holds invalid data.</exception>
    public static GreenButtonDocument Load(TextReader reader, GreenButtonReaderOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var diagnostics = new List<GreenButtonDiagnostic>();
        using var parser = EspiParser.Create(reader, options, diagnostics, closeInput: false);
        return Build(parser, diagnostics);
    }

    /// <summary>Parses XML text.</summary>
    /// <exception cref="GreenButtonException">The text is not well-formed or (in strict mode) holds invalid data.</exception>
    public static GreenButtonDocument Parse(string xml, GreenButtonReaderOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var text = new StringReader(xml);
        return Load(text, options);
    }

    /// <summary>Loads from a stream asynchronously; the stream stays open.</summary>
    public static Task<GreenButtonDocument> LoadAsync(Stream stream, CancellationToken cancellationToken = default)
        => LoadAsync(stream, default, cancellationToken);

    /// <summary>Loads from a stream asynchronously, with options; the stream stays open.</summary>
    /// <exception cref="GreenButtonException">The input is not well-formed, is truncated, or (in strict mode) holds invalid data.</exception>
    public static async Task<GreenButtonDocument> LoadAsync(Stream stream, GreenButtonReaderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var diagnostics = new List<GreenButtonDiagnostic>();
        using var parser = EspiParser.Create(stream, options, diagnostics, closeInput: false, async: true);
        var entries = new List<AtomEntry>();
        await foreach (var entry in parser.ReadEntriesAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(entry);
        }
        return new GreenButtonDocument(entries, diagnostics, parser.Source, parser.BaseUri, parser, parser.Diagnostics.Redact);
    }

    /// <summary>Loads a file asynchronously.</summary>
    /// <exception cref="GreenButtonException">The file cannot be opened, is not well-formed, is truncated, or (in strict mode) holds invalid data.</exception>
    public static async Task<GreenButtonDocument> LoadAsync(string path, GreenButtonReaderOptions options = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = GreenButtonReader.OpenFileAsync(path);
        await using (stream.ConfigureAwait(false))
        {
            return await LoadAsync(stream, GreenButtonReader.WithSource(options, path), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Builds a document from entries already read: streamed with <see cref="GreenButtonReader.ReadEntries(Stream, GreenButtonReaderOptions)"/>
    /// (IntervalBlocks may hold no readings, to keep memory small), or merged from several downloads.
    /// Links are resolved by the rules of <see cref="Load(Stream, GreenButtonReaderOptions)"/>; relative hrefs against
    /// <see cref="GreenButtonReaderOptions.BaseUri"/> (there is no feed to take a self link from). Feed-level metadata is absent,
    /// <see cref="Diagnostics"/> holds the link resolver's findings only, and <see cref="GreenButtonReaderOptions.OnDiagnostic"/> is not called.
    /// </summary>
    /// <remarks>
    /// The resources are attached in place: each one's <see cref="EspiResource.Entry"/> is set to the entry given, and its
    /// navigation properties to this document's graph, replacing what an earlier document set.
    /// </remarks>
    public static GreenButtonDocument FromEntries(IEnumerable<AtomEntry> entries, GreenButtonReaderOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<AtomEntry>();
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            foreach (var resource in entry.Resources)
            {
                resource.Entry = entry;
            }
            list.Add(entry);
        }
        return new GreenButtonDocument(list, [], options.SourceName, options.BaseUri, null, options.RedactValues);
    }

    /// <summary>A document of entries a parser read (their blocks possibly reduced), with the parser's diagnostics and feed metadata.</summary>
    internal static GreenButtonDocument FromParser(List<AtomEntry> entries, List<GreenButtonDiagnostic> diagnostics, EspiParser parser)
    {
        foreach (var entry in entries)
        {
            foreach (var resource in entry.Resources)
            {
                resource.Entry = entry;
            }
        }
        return new GreenButtonDocument(entries, diagnostics, parser.Source, parser.BaseUri, parser, parser.Diagnostics.Redact);
    }

    private static (EspiParser Parser, List<GreenButtonDiagnostic> Diagnostics) EspiParserFor(Stream stream, GreenButtonReaderOptions options, bool closeInput)
    {
        var diagnostics = new List<GreenButtonDiagnostic>();
        try
        {
            return (EspiParser.Create(stream, options, diagnostics, closeInput), diagnostics);
        }
        catch
        {
            if (closeInput)
            {
                stream.Dispose();
            }
            throw;
        }
    }

    private static GreenButtonDocument Load((EspiParser Parser, List<GreenButtonDiagnostic> Diagnostics) input)
    {
        using var parser = input.Parser;
        return Build(parser, input.Diagnostics);
    }

    private static GreenButtonDocument Build(EspiParser parser, List<GreenButtonDiagnostic> diagnostics)
    {
        var entries = new List<AtomEntry>();
        foreach (var entry in parser.ReadEntries())
        {
            entries.Add(entry);
        }
        return new GreenButtonDocument(entries, diagnostics, parser.Source, parser.BaseUri, parser, parser.Diagnostics.Redact);
    }

    private static List<T> OfType<T>(List<EspiResource> resources) where T : EspiResource
    {
        var list = new List<T>();
        foreach (var resource in resources)
        {
            if (resource is T typed)
            {
                list.Add(typed);
            }
        }
        return list;
    }
}
