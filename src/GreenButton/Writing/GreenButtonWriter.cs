using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Xml;

namespace GreenButton;

/// <summary>
/// Writes Green Button XML as a stream, one entry at a time, as <see cref="GreenButtonReader"/> reads it: a feed
/// (<see cref="WriteFeedStart"/>, <see cref="WriteEntry"/> or <see cref="WriteResource"/> for each entry,
/// <see cref="WriteFeedEnd"/>), a single entry, or a bare resource. Every element the model holds is written in the
/// ESPI 4.0 schema's order, with the Atom and <c>espi:</c> namespaces declared once on the root.
/// </summary>
/// <remarks>
/// <para>Links read from a file are kept as read. A resource built in code (no <see cref="EspiResource.Entry"/>, or an
/// entry built in code without links) gets links generated from its resolved graph with the ESPI URL patterns:
/// <c>{BaseUri}/UsagePoint/{n}</c>, <c>.../UsagePoint/{n}/MeterReading/{n}/IntervalBlock/{n}</c>,
/// <c>.../UsagePoint/{n}/UsageSummary/{n}</c>, <c>{BaseUri}/ReadingType/{n}</c>, <c>{BaseUri}/LocalTimeParameters/{n}</c>.
/// An entry without an id gets <c>urn:uuid:</c> + the UUID v5 (URL namespace) of its self href, stable across runs.</para>
/// <para>Memory is bounded by one entry: output is buffered per entry and handed to the stream after it. What the
/// output cannot hold validly (a required element the model lacks, a value beyond its schema type) is written as
/// close as the model allows and reported in <see cref="Diagnostics"/>.</para>
/// </remarks>
public sealed partial class GreenButtonWriter : IDisposable, IAsyncDisposable
{
    internal const string AtomNs = EspiNames.AtomNamespace;
    internal const string EspiNs = EspiNames.EspiNamespace;
    private const int FlushThreshold = 1 << 16;

    private enum State
    {
        Start,
        Feed,
        Done,
    }

    private readonly XmlWriter _xml;
    private readonly Stream? _output;
    private readonly MemoryStream? _buffer;
    private readonly bool _closeOutput;
    private readonly string _a;
    private readonly string _e;
    private readonly EspiLinks _links;
    private readonly DiagnosticCollector _collector;
    private readonly List<GreenButtonDiagnostic> _diagnostics = [];
    private readonly char[] _number = new char[32];
    private readonly WriteFilter? _filter;
    private State _state;
    private bool _disposed;

    // The entry being written, for diagnostics.
    private string? _entryId;
    private int _line;
    private int _column;

    /// <summary>Writes UTF-8 to <paramref name="output"/>, left open unless <see cref="GreenButtonWriterOptions.CloseOutput"/>.</summary>
    public GreenButtonWriter(Stream output, GreenButtonWriterOptions options = default)
        : this(output, options, null)
    {
    }

    /// <summary>
    /// Writes through <paramref name="writer"/> (its settings decide encoding and layout). The async forms then call its
    /// <see cref="XmlWriter.FlushAsync"/> after each entry when it was created with <see cref="XmlWriterSettings.Async"/>.
    /// </summary>
    public GreenButtonWriter(XmlWriter writer, GreenButtonWriterOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _xml = writer;
        _closeOutput = options.CloseOutput;
        DeclaresCustomer = options.DeclareCustomerNamespace;
        (_a, _e, _links, _collector) = Setup(options);
    }

    internal GreenButtonWriter(Stream output, GreenButtonWriterOptions options, WriteFilter? filter)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _closeOutput = options.CloseOutput;
        DeclaresCustomer = options.DeclareCustomerNamespace;
        _buffer = new MemoryStream(FlushThreshold * 2);
        _filter = filter;
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = options.Indent || options.LineBreaks,
            IndentChars = options.Indent ? "  " : "",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CloseOutput = false,
            CheckCharacters = true,
        };
        _xml = XmlWriter.Create(_buffer, settings);
        (_a, _e, _links, _collector) = Setup(options);
    }

    private (string, string, EspiLinks, DiagnosticCollector) Setup(GreenButtonWriterOptions options)
    {
        var atom = string.IsNullOrEmpty(options.AtomPrefix) ? "" : options.AtomPrefix;
        var espi = options.EspiPrefix ?? "espi";
        if (atom == espi)
        {
            throw new ArgumentException("The Atom and ESPI prefixes must differ (only one namespace can be the default).", nameof(options));
        }
        var sink = options.OnDiagnostic;
        var collector = new DiagnosticCollector(options.DestinationName, d =>
        {
            _diagnostics.Add(d);
            sink?.Invoke(d);
        }, null);
        return (atom, espi, new EspiLinks(options.BaseUri?.ToString() ?? GreenButtonWriterOptions.DefaultBaseUri), collector);
    }

    /// <summary>
    /// What the output could not hold validly (code <see cref="DiagnosticCodes.NotSchemaValid"/>) or the writer changed.
    /// Repeated findings come once, with their count, when the writer ends (<see cref="WriteFeedEnd"/>, <see cref="Dispose"/>).
    /// </summary>
    public IReadOnlyList<GreenButtonDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Starts a feed: the root <c>feed</c> element with its metadata. Entries follow; <see cref="WriteFeedEnd"/> ends it.</summary>
    /// <param name="id">The feed's Atom id; null for none.</param>
    /// <param name="title">The feed's title; null for none.</param>
    /// <param name="updated">The feed's updated date; null for none.</param>
    /// <param name="links">The feed's links (a <c>self</c> link, ...), as given.</param>
    /// <exception cref="InvalidOperationException">Something was written already.</exception>
    public void WriteFeedStart(string? id = null, string? title = null, DateTimeOffset? updated = null, IEnumerable<AtomLink>? links = null)
    {
        Expect(State.Start, nameof(WriteFeedStart));
        _xml.WriteStartDocument();
        _xml.WriteStartElement(_a, "feed", AtomNs);
        DeclareEspi();
        var writtenId = _filter is null ? id : _filter.FeedId(id);
        if (writtenId is not null)
        {
            AtomText("id", writtenId);
        }
        var writtenTitle = _filter is null ? title : null;
        if (writtenTitle is not null)
        {
            AtomText("title", writtenTitle);
        }
        if (updated is { } u)
        {
            AtomDate("updated", u);
        }
        foreach (var link in links ?? [])
        {
            Link(link);
        }
        _state = State.Feed;
        Drain();
    }

    /// <summary>Starts a feed asynchronously; see <see cref="WriteFeedStart"/>.</summary>
    public Task WriteFeedStartAsync(string? id = null, string? title = null, DateTimeOffset? updated = null, IEnumerable<AtomLink>? links = null,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        WriteFeedStart(id, title, updated, links);
        return DrainAsync(cancellationToken);
    }

    /// <summary>
    /// Writes <paramref name="entry"/> with its metadata, links and every resource of its content. Outside a feed it is the
    /// document's root (a single-entry document).
    /// </summary>
    public void WriteEntry(AtomEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        WriteEntryCore(entry, entry.Resources);
        Drain();
    }

    /// <summary>Writes an entry asynchronously; see <see cref="WriteEntry"/>.</summary>
    public Task WriteEntryAsync(AtomEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        WriteEntryCore(entry, entry.Resources);
        return DrainAsync(cancellationToken);
    }

    /// <summary>
    /// Writes one resource. In a feed it becomes an entry of its own, with the id, title, dates and links of its
    /// <see cref="EspiResource.Entry"/> (generated when it has none); before anything else it is the document's root (a
    /// bare resource document, as <c>GET .../UsagePoint/1</c> answers without Atom).
    /// </summary>
    public void WriteResource(EspiResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        WriteResourceCore(resource);
        Drain();
    }

    /// <summary>Writes one resource asynchronously; see <see cref="WriteResource"/>.</summary>
    public Task WriteResourceAsync(EspiResource resource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resource);
        cancellationToken.ThrowIfCancellationRequested();
        WriteResourceCore(resource);
        return DrainAsync(cancellationToken);
    }

    /// <summary>Ends the feed and the document, flushes, and reports the repeated findings.</summary>
    public void WriteFeedEnd()
    {
        EndFeedCore();
        Drain(force: true);
        _xml.Flush();
    }

    /// <summary>Ends the feed asynchronously; see <see cref="WriteFeedEnd"/>.</summary>
    public async Task WriteFeedEndAsync(CancellationToken cancellationToken = default)
    {
        EndFeedCore();
        await DrainAsync(cancellationToken, force: true).ConfigureAwait(false);
    }

    /// <summary>Writes what is buffered to the output.</summary>
    public void Flush() => Drain(force: true);

    /// <summary>Writes what is buffered to the output asynchronously.</summary>
    public Task FlushAsync(CancellationToken cancellationToken = default) => DrainAsync(cancellationToken, force: true);

    private void EndFeedCore()
    {
        Expect(State.Feed, nameof(WriteFeedEnd));
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _state = State.Done;
        _collector.Flush();
    }

    private void WriteResourceCore(EspiResource resource)
    {
        if (_state == State.Start)
        {
            _xml.WriteStartDocument();
            Begin(resource.Entry?.Id, resource);
            WriteResourceElement(resource);
            _state = State.Done;
            _xml.WriteEndDocument();
            _collector.Flush();
            return;
        }
        WriteEntryCore(resource.Entry, [resource]);
    }

    private void WriteEntryCore(AtomEntry? entry, IReadOnlyList<EspiResource> resources)
    {
        var root = _state == State.Start;
        if (!root)
        {
            Expect(State.Feed, nameof(WriteEntry));
        }
        else
        {
            _xml.WriteStartDocument();
        }
        var first = resources.Count > 0 ? resources[0] : null;
        var links = entry is not null && (entry.Links.Count > 0 || entry.Line > 0) ? entry.Links : first is null ? [] : _links.Generate(first);
        var self = SelfOf(links);
        var id = entry?.Id ?? (self is null ? null : EntryIds.FromHref(self));
        Begin(id, first, entry);
        _xml.WriteStartElement(_a, "entry", AtomNs);
        if (root)
        {
            DeclareEspi();
        }
        if (id is not null)
        {
            AtomText("id", _filter is null ? id : _filter.EntryId(id));
        }
        if (links.Count == 1)
        {
            Invalid("entry-one-link", "Entries with a single link are not valid Atom per the ESPI schema (it asks for two or more); written as read.");
        }
        foreach (var link in links)
        {
            Link(link);
        }
        if (entry?.Title is { } title && _filter is null)
        {
            AtomText("title", title);
        }
        if (resources.Count > 0)
        {
            _xml.WriteStartElement(_a, "content", AtomNs);
            foreach (var resource in resources)
            {
                WriteResourceElement(resource);
            }
            _xml.WriteEndElement();
        }
        if (entry?.Published is { } published)
        {
            AtomDate("published", published);
        }
        if (entry?.Updated is { } updated)
        {
            AtomDate("updated", updated);
        }
        _xml.WriteEndElement();
        if (root)
        {
            _state = State.Done;
            _xml.WriteEndDocument();
            _collector.Flush();
        }
    }

    private static string? SelfOf(IReadOnlyList<AtomLink> links)
    {
        foreach (var link in links)
        {
            if (string.Equals(link.Rel, AtomLink.SelfRel, StringComparison.OrdinalIgnoreCase))
            {
                return link.Href;
            }
        }
        return null;
    }

    private void Begin(string? id, EspiResource? resource, AtomEntry? entry = null)
    {
        _entryId = id;
        _line = entry?.Line ?? resource?.Line ?? 0;
        _column = entry?.Column ?? resource?.Column ?? 0;
    }

    /// <summary>Reports what the output cannot hold validly, once per kind with a count.</summary>
    private void Invalid(string key, string message)
        => _collector.Quirk(DiagnosticCodes.NotSchemaValid, DiagnosticSeverity.Warning, message, _line, _column, _entryId, key);

    private void Expect(State state, string operation)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_state != state)
        {
            ThrowState(operation, _state);
        }
    }

    [DoesNotReturn]
    private static void ThrowState(string operation, State state)
        => throw new InvalidOperationException(state switch
        {
            State.Start => $"{operation} needs a feed: call WriteFeedStart first.",
            State.Feed => $"{operation} cannot be called inside a feed.",
            _ => $"{operation} cannot be called: the document is complete.",
        });

    /// <summary>One resource's element alone, as text: what two resources hold is the same when this is (merge identity by content).</summary>
    internal static string ResourceXml(EspiResource resource)
    {
        using var memory = new MemoryStream();
        using (var writer = new GreenButtonWriter(memory))
        {
            writer.WriteResourceElement(resource);
        }
        return System.Text.Encoding.UTF8.GetString(memory.GetBuffer(), 0, (int)memory.Length);
    }
}
