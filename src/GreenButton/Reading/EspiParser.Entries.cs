using System.Text;
using System.Xml;

namespace GreenButton;

internal sealed partial class EspiParser
{
    /// <summary>The feed's <c>id</c>, once read.</summary>
    public string? FeedId { get; private set; }

    /// <summary>The feed's <c>title</c>, once read.</summary>
    public string? FeedTitle { get; private set; }

    /// <summary>The feed's <c>updated</c>, once read.</summary>
    public DateTimeOffset? FeedUpdated { get; private set; }

    /// <summary>The feed's links, once read.</summary>
    public List<AtomLink> FeedLinks { get; } = [];

    // The links of the entry being read, as far as read: readings of its blocks carry them.
    private string? _entrySelf;
    private string? _entryUp;

    /// <summary>The root element's local name, once read.</summary>
    public string? RootName { get; private set; }

    private static bool Is(string name, string atomized) => ReferenceEquals(name, atomized);

    /// <summary>Every entry of the document, one at a time; XML errors surface as <see cref="GreenButtonException"/>.</summary>
    public IEnumerable<AtomEntry> ReadEntries() => Translate(ReadEntriesCore());

    /// <summary>Raises XML and encoding errors as <see cref="GreenButtonException"/>s that say where they happened.</summary>
    internal IEnumerable<T> Translate<T>(IEnumerable<T> inner)
    {
        using var enumerator = inner.GetEnumerator();
        while (true)
        {
            T item;
            try
            {
                if (!enumerator.MoveNext())
                {
                    break;
                }
                item = enumerator.Current;
            }
            catch (Exception ex) when (ex is XmlException or DecoderFallbackException)
            {
                throw Wrap(ex);
            }
            yield return item;
        }
    }

    /// <summary>Moves to the root element; false for a document with no element (reported).</summary>
    private bool MoveToRoot()
    {
        if (_reader.MoveToContent() != XmlNodeType.Element)
        {
            _diagnostics.Report(DiagnosticSeverity.Warning, DiagnosticCodes.EmptyDocument, "The document has no root element.");
            return false;
        }
        RootName = _reader.LocalName;
        return true;
    }

    internal IEnumerable<AtomEntry> ReadEntriesCore()
    {
        if (MoveToRoot())
        {
            foreach (var entry in ReadNode(0))
            {
                yield return entry;
            }
        }
        _diagnostics.Flush();
    }

    /// <summary>Reads the element under the reader as a feed, an entry, a bare resource, or a container of those.</summary>
    private IEnumerable<AtomEntry> ReadNode(int index)
    {
        var name = _reader.LocalName;
        if (IsAtom && Is(name, _n.Feed))
        {
            foreach (var entry in ReadFeed())
            {
                yield return entry;
            }
        }
        else if (IsAtom && Is(name, _n.Entry))
        {
            if (ReadEntryOrSkip(index) is { } entry)
            {
                yield return entry;
            }
        }
        else if (IsResourceName(name) && (IsEspi || WrongNamespaceIsTolerated()))
        {
            var line = Line;
            var column = Column;
            var resources = new List<EspiResource>(1);
            ReadResourceInto(resources);
            yield return new AtomEntry { Resources = resources, Line = line, Column = column };
        }
        else
        {
            // An unknown wrapper (seen: <xyz> around an entry): look inside it rather than lose what it holds.
            _diagnostics.Unknown(_reader.NamespaceURI, name, CurrentPath(), Line, Column, _entryId);
            Push(name);
            if (Enter())
            {
                var childIndex = 0;
                while (NextChild())
                {
                    foreach (var entry in ReadNode(childIndex++))
                    {
                        yield return entry;
                    }
                }
            }
            Pop();
        }
    }

    private IEnumerable<AtomEntry> ReadFeed()
    {
        Push(_n.Feed);
        if (Enter())
        {
            var index = 0;
            while (NextChild())
            {
                var name = _reader.LocalName;
                if (IsAtom)
                {
                    if (Is(name, _n.Entry))
                    {
                        if (ReadEntryOrSkip(index++) is { } entry)
                        {
                            yield return entry;
                        }
                    }
                    else if (Is(name, _n.Link))
                    {
                        var link = ReadLink();
                        FeedLinks.Add(link);
                        if (_baseUri is null && string.Equals(link.Rel, AtomLink.SelfRel, StringComparison.OrdinalIgnoreCase)
                            && Uri.TryCreate(link.Href, UriKind.Absolute, out var self))
                        {
                            _baseUri = self;
                        }
                    }
                    else if (Is(name, _n.Id))
                    {
                        FeedId = ReadString();
                    }
                    else if (Is(name, _n.Title))
                    {
                        FeedTitle = ReadTextConstruct();
                    }
                    else if (Is(name, _n.Updated))
                    {
                        FeedUpdated = ReadAtomDate();
                    }
                    else if (IsKnownAtomElement(name))
                    {
                        _reader.Skip();
                    }
                    else
                    {
                        SkipUnknown();
                    }
                }
                else
                {
                    foreach (var entry in ReadNode(index++))
                    {
                        yield return entry;
                    }
                }
            }
        }
        Pop();
    }

    private bool IsKnownAtomElement(string name)
        => Is(name, _n.Author) || Is(name, _n.Category) || Is(name, _n.Contributor) || Is(name, _n.Rights)
            || Is(name, _n.Summary) || Is(name, _n.Source) || Is(name, _n.Generator) || Is(name, _n.Icon)
            || Is(name, _n.Logo) || Is(name, _n.Subtitle) || Is(name, _n.Published);

    private AtomEntry? ReadEntryOrSkip(int index)
    {
        var depth = _reader.Depth;
        var line = Line;
        var column = Column;
        var pathDepth = _pathDepth;
        try
        {
            return ReadEntry(index);
        }
        catch (GreenButtonException ex) when (ex.IsDataError && _options.Lenient)
        {
            _pathDepth = pathDepth;
            // Resume after the broken entry's end tag.
            while (!(_reader.Depth == depth && _reader.NodeType == XmlNodeType.EndElement) && !(_reader.Depth < depth))
            {
                if (!_reader.Read())
                {
                    throw Truncated();
                }
            }
            if (_reader.Depth == depth)
            {
                _reader.Read();
            }
            _diagnostics.Report(DiagnosticSeverity.Error, DiagnosticCodes.SkippedEntry,
                $"Skipped entry {index + 1}: {ex.Reason} (at {ex.Source ?? "<input>"}:{ex.Line}:{ex.Column}, {ex.ElementPath}).", line, column, ex.EntryId);
            _entryId = null;
            return null;
        }
    }

    /// <summary>Reads one Atom entry, its links and the resources of its content.</summary>
    private AtomEntry ReadEntry(int index)
    {
        var line = Line;
        var column = Column;
        Push(_n.Entry, index);
        _entryId = null;
        _entrySelf = _entryUp = null;
        string? title = null;
        var hasTitle = false;
        DateTimeOffset? published = null, updated = null;
        var links = new List<AtomLink>(4);
        var resources = new List<EspiResource>(1);
        if (Enter())
        {
            while (NextChild())
            {
                var name = _reader.LocalName;
                if (IsAtom)
                {
                    if (Is(name, _n.Link))
                    {
                        var link = ReadLink();
                        links.Add(link);
                        if (_entrySelf is null && string.Equals(link.Rel, AtomLink.SelfRel, StringComparison.OrdinalIgnoreCase))
                        {
                            _entrySelf = link.Href;
                        }
                        else if (_entryUp is null && string.Equals(link.Rel, AtomLink.UpRel, StringComparison.OrdinalIgnoreCase))
                        {
                            _entryUp = link.Href;
                        }
                    }
                    else if (Is(name, _n.Content))
                    {
                        ReadContent(resources);
                    }
                    else if (Is(name, _n.Id))
                    {
                        _entryId = ReadString();
                    }
                    else if (Is(name, _n.Title))
                    {
                        title = ReadTextConstruct();
                        hasTitle = true;
                    }
                    else if (Is(name, _n.Published))
                    {
                        published = ReadAtomDate();
                    }
                    else if (Is(name, _n.Updated))
                    {
                        updated = ReadAtomDate();
                    }
                    else if (IsKnownAtomElement(name))
                    {
                        _reader.Skip();
                    }
                    else
                    {
                        SkipUnknown();
                    }
                }
                else if (IsResourceName(name) && (IsEspi || WrongNamespaceIsTolerated()))
                {
                    // A resource straight inside the entry, without <content>: keep it.
                    ReadResourceInto(resources);
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        var entry = new AtomEntry
        {
            Id = _entryId,
            Title = title,
            HasTitle = hasTitle,
            Published = published,
            Updated = updated,
            Links = links,
            Resources = resources,
            Line = line,
            Column = column,
        };
        foreach (var resource in resources)
        {
            resource.Entry = entry;
            // Links written after the content: place the block's readings now that the hrefs are known.
            if (resource is IntervalBlock block && block.ReadingSpan is { Length: > 0 } readings && readings[0].BlockHref != entry.SelfHref)
            {
                var placed = new IntervalReading[readings.Length];
                var origin = ReadingOrigin.Of(entry.SelfHref, entry.UpHref);
                for (var i = 0; i < placed.Length; i++)
                {
                    var reading = readings[i];
                    placed[i] = reading.With(reading.StartSeconds, reading.DurationSeconds, origin);
                }
                block.ReplaceReadings(placed);
            }
        }
        _entryId = null;
        _entrySelf = _entryUp = null;
        return entry;
    }

    private AtomLink ReadLink()
    {
        var link = ReadLinkAttributes();
        _reader.Skip();
        return link;
    }

    private AtomLink ReadLinkAttributes()
    {
        var rel = _reader.GetAttribute("rel")?.Trim();
        var href = _reader.GetAttribute("href")?.Trim() ?? "";
        var type = _reader.GetAttribute("type");
        return new AtomLink(string.IsNullOrEmpty(rel) ? "alternate" : rel, href, type);
    }

    /// <summary>Reads an Atom text construct; xhtml content is kept as markup.</summary>
    private string? ReadTextConstruct()
    {
        if (_reader.GetAttribute("type") == "xhtml")
        {
            var xhtml = _reader.ReadInnerXml().Trim();
            return xhtml.Length == 0 ? null : xhtml;
        }
        return ReadString();
    }

    private void ReadContent(List<EspiResource> resources)
    {
        Push(_n.Content);
        if (Enter())
        {
            while (NextChild())
            {
                var name = _reader.LocalName;
                if (IsResourceName(name) && (IsEspi || WrongNamespaceIsTolerated()))
                {
                    ReadResourceInto(resources);
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
    }

    /// <summary>
    /// A known ESPI resource name outside the ESPI namespaces: an error naming the namespace (lenient mode skips the
    /// entry); true only never, the caller then skips the element as unknown.
    /// </summary>
    private bool WrongNamespaceIsTolerated()
    {
        var ns = _reader.NamespaceURI;
        var found = ns.Length == 0 ? "no namespace" : $"namespace '{ns}'";
        throw DataError($"Element '{_reader.LocalName}' is in {found}; ESPI resources belong to '{(IsCustomerResourceName(_reader.LocalName) ? EspiNames.CustomerNamespace : EspiNames.EspiNamespace)}'.", _reader.LocalName);
    }
}
