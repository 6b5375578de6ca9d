using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;

namespace GreenButton;

internal sealed partial class EspiParser
{
    /// <summary>
    /// The asynchronous reader. It walks the document with the reader's async methods and reads each entry (or bare
    /// resource) whole with <see cref="XmlWriter.WriteNodeAsync(XmlReader, bool)"/>, so no read ever blocks on the stream; the
    /// entry's text is then parsed by the same code as the synchronous path. Memory stays bounded by one entry.
    /// </summary>
    public async IAsyncEnumerable<AtomEntry> ReadEntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var state = new AsyncState();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (done, entry) = await NextEntryAsync(state).ConfigureAwait(false);
            if (done)
            {
                break;
            }
            if (entry is not null)
            {
                yield return entry;
            }
        }
        _diagnostics.Flush();
    }

    private sealed class AsyncState
    {
        public bool Started { get; set; }
        public int EntryIndex { get; set; }
    }

    private async Task<(bool Done, AtomEntry? Entry)> NextEntryAsync(AsyncState state)
    {
        try
        {
            if (!state.Started)
            {
                state.Started = true;
                if (await _reader.MoveToContentAsync().ConfigureAwait(false) != XmlNodeType.Element)
                {
                    _diagnostics.Report(DiagnosticSeverity.Warning, DiagnosticCodes.EmptyDocument, "The document has no root element.");
                    return (true, null);
                }
                RootName = _reader.LocalName;
            }
            while (!_reader.EOF)
            {
                if (_reader.NodeType != XmlNodeType.Element)
                {
                    await _reader.ReadAsync().ConfigureAwait(false);
                    continue;
                }
                var name = _reader.LocalName;
                if (IsAtom && Is(name, _n.Feed))
                {
                    Push(_n.Feed);
                    await _reader.ReadAsync().ConfigureAwait(false);
                }
                else if (IsAtom && Is(name, _n.Entry))
                {
                    return (false, await ReadWholeAsync(isEntry: true, state.EntryIndex++).ConfigureAwait(false));
                }
                else if (IsEspi && IsResourceName(name))
                {
                    return (false, await ReadWholeAsync(isEntry: false, state.EntryIndex++).ConfigureAwait(false));
                }
                else if (IsAtom && _pathDepth == 1 && ReferenceEquals(_pathNames[0], _n.Feed))
                {
                    await ReadFeedChildAsync(name).ConfigureAwait(false);
                }
                else if (!IsEspi && !IsAtom && IsResourceName(name))
                {
                    WrongNamespaceIsTolerated(); // throws
                }
                else
                {
                    // Unknown wrapper or stray element: look inside it.
                    _diagnostics.Unknown(_reader.NamespaceURI, name, CurrentPath(), Line, Column, _entryId);
                    await _reader.ReadAsync().ConfigureAwait(false);
                }
            }
            return (true, null);
        }
        catch (Exception ex) when (ex is XmlException or DecoderFallbackException)
        {
            throw Wrap(ex);
        }
    }

    private async Task ReadFeedChildAsync(string name)
    {
        if (Is(name, _n.Link))
        {
            var link = ReadLinkAttributes();
            await _reader.SkipAsync().ConfigureAwait(false);
            FeedLinks.Add(link);
            if (_baseUri is null && string.Equals(link.Rel, AtomLink.SelfRel, StringComparison.OrdinalIgnoreCase)
                && Uri.TryCreate(link.Href, UriKind.Absolute, out var self))
            {
                _baseUri = self;
            }
        }
        else if (Is(name, _n.Id))
        {
            FeedId = Trimmed(await _reader.ReadElementContentAsStringAsync().ConfigureAwait(false));
        }
        else if (Is(name, _n.Title))
        {
            FeedTitle = Trimmed(await _reader.ReadElementContentAsStringAsync().ConfigureAwait(false));
        }
        else if (Is(name, _n.Updated))
        {
            var text = Trimmed(await _reader.ReadElementContentAsStringAsync().ConfigureAwait(false));
            FeedUpdated = text is not null && TryParseLenientDate(text, out var updated) ? updated : null;
        }
        else
        {
            await _reader.SkipAsync().ConfigureAwait(false);
        }
    }

    private static readonly XmlWriterSettings s_entryWriterSettings = new()
    {
        Async = true,
        ConformanceLevel = ConformanceLevel.Fragment,
        OmitXmlDeclaration = true,
        NewLineHandling = NewLineHandling.None, // keep the entry's lines: positions in messages stay true
        CheckCharacters = false,
    };

    private static string? Trimmed(string text) => text.Trim() is { Length: > 0 } t ? t : null;

    private async Task<AtomEntry?> ReadWholeAsync(bool isEntry, int index)
    {
        var line = Line;
        var column = Column;
        var manager = CreateNamespaceManager();
        // Not ReadOuterXmlAsync: .NET implements it with a synchronous WriteNode, which reads the stream synchronously
        // (refused by ASP.NET Core request bodies, blocking on network streams).
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = XmlWriter.Create(text, s_entryWriterSettings);
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteNodeAsync(_reader, defattr: true).ConfigureAwait(false);
        }
        var xml = text.ToString();
        var context = new XmlParserContext(_n.Table, manager, null, XmlSpace.None);
        var reader = XmlReader.Create(new StringReader(xml), CreateSettings(_n.Table, closeInput: true, async: false), context);
        // Line info of the sub-reader counts from the entry's '<'; the outer position is that of its name.
        using var sub = new EspiParser(reader, _n, _options, _diagnostics, line - 1, Math.Max(0, column - 2))
        {
            _baseUri = _baseUri,
            _lastIntervalLength = _lastIntervalLength,
        };
        Array.Copy(_pathNames, sub._pathNames, Math.Min(_pathDepth, MaxPath));
        Array.Copy(_pathIndexes, sub._pathIndexes, Math.Min(_pathDepth, MaxPath));
        sub._pathDepth = _pathDepth;
        try
        {
            sub._reader.MoveToContent();
            if (isEntry)
            {
                return sub.ReadEntryOrSkip(index);
            }
            var resources = new List<EspiResource>(1);
            sub.ReadResourceInto(resources);
            return new AtomEntry { Resources = resources, Line = line, Column = column };
        }
        catch (Exception ex) when (ex is XmlException or DecoderFallbackException)
        {
            throw sub.Wrap(ex);
        }
        finally
        {
            _lastIntervalLength = sub._lastIntervalLength;
        }
    }
}
