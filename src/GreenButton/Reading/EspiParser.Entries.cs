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

    /// <summary>
    /// Raises XML and encoding errors as <see cref="GreenButtonException"/>s that say where they happened, and checks
    /// <see cref="Cancellation"/> after each item.
    /// </summary>
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
            catch (Exception ex) when (Cancelled(ex))
            {
                throw CancelledBy(ex);
            }
            catch (Exception ex) when (IsReaderError(ex))
            {
                throw Wrap(ex);
            }
            Cancellation.ThrowIfCancellationRequested();
            yield return item;
        }
    }

    /// <summary>Whether <paramref name="ex"/> came while <see cref="Cancellation"/> was cancelled: a download cut off, say.</summary>
    private bool Cancelled(Exception ex) => Cancellation.IsCancellationRequested && ex is not OperationCanceledException;

    private OperationCanceledException CancelledBy(Exception ex) => new("Reading was cancelled.", ex, Cancellation);

    /// <summary>Moves to the root element; false for a document with no element (reported).</summary>
    private bool MoveToRoot()
    {
        if (_reader.MoveToContent() != XmlNodeType.Element)
        {
            _diagnostics.Report(DiagnosticSeverity.Warning, DiagnosticCodes.EmptyDocument, "The document has no root element.");
            return false;
        }
        RootName = NodeName;
        CheckRoot();
        return true;
    }

    internal IEnumerable<AtomEntry> ReadEntriesCore()
    {
        if (MoveToRoot())
        {
            while (true)
            {
                var walked = WalkStep();
                if (walked == Walked.Entry)
                {
                    yield return TakeEntry();
                }
                else if (walked == Walked.End)
                {
                    break;
                }
            }
        }
        _diagnostics.Flush();
    }

    private bool IsKnownAtomElement(string name)
        => Is(name, _n.Author) || Is(name, _n.Category) || Is(name, _n.Contributor) || Is(name, _n.Rights)
            || Is(name, _n.Summary) || Is(name, _n.Source) || Is(name, _n.Generator) || Is(name, _n.Icon)
            || Is(name, _n.Logo) || Is(name, _n.Subtitle) || Is(name, _n.Published);

    private AtomLink ReadLink()
    {
        var link = ReadLinkAttributes();
        SkipElement();
        return link;
    }

    /// <summary>The last self, up and other link href read (<see cref="ReadLinkAttributes"/>).</summary>
    private readonly string?[] _lastHrefs = new string?[3];

    private AtomLink ReadLinkAttributes()
    {
        var rel = _reader.GetAttribute("rel")?.Trim();
        var href = _reader.GetAttribute("href")?.Trim() ?? "";
        var type = _reader.GetAttribute("type");
        // Kept for every entry of the feed: the common rels as one string each, and an href equal to the previous
        // entry's (every block's 'up') as that one, so that held entries do not hold a copy of each per entry.
        rel = rel switch
        {
            null or "" => "alternate",
            "self" => "self",
            "up" => "up",
            "related" => "related",
            _ => rel,
        };
        var slot = rel == "self" ? 0 : rel == "up" ? 1 : 2;
        if (_lastHrefs[slot] is { } last && last == href)
        {
            href = last;
        }
        else
        {
            _lastHrefs[slot] = href;
        }
        return new AtomLink(rel, href, type);
    }

    /// <summary>Reads an Atom text construct; xhtml content is kept as markup.</summary>
    private string? ReadTextConstruct()
    {
        if (_reader.GetAttribute("type") == "xhtml")
        {
            var xhtml = ReadMarkup().Trim();
            return xhtml.Length == 0 ? null : xhtml;
        }
        var line = Line;
        var column = Column;
        _stringHadCdata = false;
        var text = ReadString();
        if (_stringHadCdata && text is not null && text.Contains('&', StringComparison.Ordinal))
        {
            // Seen: <![CDATA[Home &amp; Garden]]>, escaped twice. A CDATA section needs no escapes, so these were meant as characters.
            var decoded = System.Net.WebUtility.HtmlDecode(text);
            if (decoded != text)
            {
                _diagnostics.Quirk(DiagnosticCodes.EscapedCdata, DiagnosticSeverity.Info,
                    "Titles whose CDATA held escaped entities (&amp;amp; and the like) were decoded.", line, column, _entryId);
                return decoded;
            }
        }
        return text;
    }

    /// <summary>
    /// The markup inside the current element, as written (elements by their qualified names, text escaped), without an
    /// XmlWriter: one refuses names it deems reserved (a prefix <c>xmlns</c>) that the reader accepted.
    /// </summary>
    private string ReadMarkup()
    {
        if (NodeIsEmpty)
        {
            Next();
            return "";
        }
        var depth = _node.Depth;
        var markup = new StringBuilder();
        Next();
        while (!(NodeKind == XmlNodeType.EndElement && _node.Depth == depth))
        {
            switch (NodeKind)
            {
                case XmlNodeType.Element:
                    CheckDepth();
                    markup.Append('<').Append(_node.Name);
                    var empty = NodeIsEmpty;
                    if (_reader.MoveToFirstAttribute())
                    {
                        do
                        {
                            markup.Append(' ').Append(_node.Name).Append("=\"");
                            AppendEscaped(markup, _reader.Value, attribute: true);
                            markup.Append('"');
                        }
                        while (_reader.MoveToNextAttribute());
                        _reader.MoveToElement();
                    }
                    markup.Append(empty ? "/>" : ">");
                    break;
                case XmlNodeType.EndElement:
                    markup.Append("</").Append(_node.Name).Append('>');
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    AppendEscaped(markup, _reader.Value, attribute: false);
                    break;
                case XmlNodeType.None:
                    throw Truncated();
            }
            if (!Next())
            {
                throw Truncated();
            }
        }
        Next();
        return markup.ToString();
    }

    private static void AppendEscaped(StringBuilder markup, string text, bool attribute)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '<' => markup.Append("&lt;"),
                '>' => markup.Append("&gt;"),
                '&' => markup.Append("&amp;"),
                '"' when attribute => markup.Append("&quot;"),
                _ => markup.Append(c),
            };
        }
    }

    /// <summary>
    /// A known ESPI resource name outside the ESPI namespaces: an error naming the namespace (lenient mode skips the
    /// entry); true only never, the caller then skips the element as unknown.
    /// </summary>
    private bool WrongNamespaceIsTolerated()
    {
        var ns = NodeNamespace;
        var found = ns.Length == 0 ? "no namespace" : $"namespace '{ns}'";
        throw DataError($"Element '{NodeName}' is in {found}; ESPI resources belong to '{(IsCustomerResourceName(NodeName) ? EspiNames.CustomerNamespace : EspiNames.EspiNamespace)}'.", NodeName);
    }
}
