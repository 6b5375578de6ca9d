using System.Xml;

namespace GreenButton;

/// <summary>
/// The one entry walker behind every reading path (entries, readings, document; synchronous and asynchronous): feeds,
/// entries, content and unknown wrappers are containers it descends into one node at a time, with no recursion per
/// nesting level; everything else is a unit read whole (a link, an id, an ESPI resource, an unknown subtree skipped).
/// One <see cref="WalkStep"/> consumes exactly one unit, which is what lets the asynchronous path record a unit with
/// the reader's async methods and replay it here (<see cref="ReplayReader"/>). Lenient mode recovers at the smallest
/// unit that holds a data error.
/// </summary>
internal sealed partial class EspiParser
{
    private enum Container : byte
    {
        Feed,
        Wrapper,
        Entry,
        Content,
    }

    /// <summary>What one element is to the walker, given the container it stands in.</summary>
    private enum Unit : byte
    {
        Feed,
        Entry,
        Content,
        Wrapper,
        Resource,
        WrongNamespace,

        /// <summary>A resource name outside the entries in no namespace or a foreign one: skipped and counted in every mode.</summary>
        Foreign,
        Link,
        Id,
        Title,
        Published,
        Updated,
        KnownAtom,
        Unknown,
    }

    /// <summary>What <see cref="WalkStep"/> did.</summary>
    private enum Walked : byte
    {
        Continue,

        /// <summary>An entry (or a bare resource) is complete: <see cref="TakeEntry"/>.</summary>
        Entry,

        /// <summary>Readings mode: the held readings of an entry whose links came after its blocks are in the batch.</summary>
        Readings,

        /// <summary>Readings mode: an IntervalBlock was entered; its readings are read in batches.</summary>
        BlockOpened,

        End,
    }

    /// <summary>The entry being walked.</summary>
    private sealed class OpenEntry
    {
        public int Line { get; set; }
        public int Column { get; set; }
        public int Index { get; set; }
        public string? Id { get; set; }
        public string? Title { get; set; }

        public bool HasTitle { get; set; }
        public DateTimeOffset? Published { get; set; }
        public DateTimeOffset? Updated { get; set; }
        public List<AtomLink> Links { get; } = new(4);
        public List<EspiResource> Resources { get; } = new(1);

        /// <summary>Readings mode: blocks met before the entry's self link, held until the entry ends.</summary>
        public List<IntervalBlock>? Held { get; set; }
    }

    private Container[] _containers = new Container[8];
    private int _containerCount;
    private OpenEntry? _open;
    private OpenEntry? _streamEntry; // readings mode reuses one: nothing of the entry is kept but its links
    private AtomEntry? _ready;
    private int _entryCount;

    /// <summary>Readings mode: IntervalBlocks are streamed, other resources skipped but ReadingTypes (intervalLength).</summary>
    private StreamedBlock? _streamed;

    private AtomEntry TakeEntry()
    {
        var entry = _ready!;
        _ready = null;
        return entry;
    }

    /// <summary>The one rule for what an element is, for the walker and for the asynchronous recorder alike.</summary>
    private Unit Classify(XmlReader node)
    {
        var ns = node.NamespaceURI;
        var name = node.LocalName;
        var top = _containerCount == 0 ? Container.Wrapper : _containers[_containerCount - 1];
        // Atom written without its namespace (seen: single-entry documents): its names in no namespace are read as Atom.
        var atom = ReferenceEquals(ns, _n.Atom) || (ns.Length == 0 && top != Container.Content && IsAtomName(name));
        var espi = ReferenceEquals(ns, _n.Espi) || ReferenceEquals(ns, _n.Customer);
        switch (top)
        {
            case Container.Content:
                return ReferenceEquals(ns, _n.Atom) && Is(name, _n.Id) ? Unit.Id
                    : !IsResourceName(name) ? Unit.Unknown : espi ? Unit.Resource : Unit.WrongNamespace;
            case Container.Entry:
                if (atom)
                {
                    return Is(name, _n.Link) ? Unit.Link
                        : Is(name, _n.Content) ? Unit.Content
                        : Is(name, _n.Id) ? Unit.Id
                        : Is(name, _n.Title) ? Unit.Title
                        : Is(name, _n.Published) ? Unit.Published
                        : Is(name, _n.Updated) ? Unit.Updated
                        : IsKnownAtomElement(name) ? Unit.KnownAtom
                        : Unit.Unknown;
                }
                return !IsResourceName(name) ? Unit.Unknown : espi ? Unit.Resource : Unit.WrongNamespace;
            case Container.Feed when atom:
                return Is(name, _n.Entry) ? Unit.Entry
                    : Is(name, _n.Link) ? Unit.Link
                    : Is(name, _n.Id) ? Unit.Id
                    : Is(name, _n.Title) ? Unit.Title
                    : Is(name, _n.Updated) ? Unit.Updated
                    : IsKnownAtomElement(name) ? Unit.KnownAtom
                    : Unit.Unknown;
            default:
                // The root, or inside a feed or an unknown wrapper (seen: <xyz> around entries): look for what it holds.
                if (atom && Is(name, _n.Feed))
                {
                    return Unit.Feed;
                }
                if (atom && Is(name, _n.Entry))
                {
                    return Unit.Entry;
                }
                if (!IsResourceName(name))
                {
                    return Unit.Wrapper;
                }
                // Outside the entries (seen: PG&E's ProgramIdMappings in no namespace under the feed) a resource name in
                // another namespace is no ESPI resource: skipped. As the root it is the whole document: an error.
                return espi ? Unit.Resource : _containerCount == 0 ? Unit.WrongNamespace : Unit.Foreign;
        }
    }

    /// <summary>The Atom names the walker reads, matched in no namespace too.</summary>
    private bool IsAtomName(string name)
        => Is(name, _n.Feed) || Is(name, _n.Entry) || Is(name, _n.Content) || Is(name, _n.Link) || Is(name, _n.Id)
            || Is(name, _n.Title) || Is(name, _n.Updated) || Is(name, _n.Published);

    /// <summary>Whether the walker enters <paramref name="node"/> (a container) rather than reading it whole.</summary>
    private bool Descends(XmlReader node)
        => Classify(node) is Unit.Feed or Unit.Entry or Unit.Content or Unit.Wrapper;

    /// <summary>Consumes one unit at the reader's position and says what came of it.</summary>
    private Walked WalkStep()
    {
        switch (NodeKind)
        {
            case XmlNodeType.Element:
                return WalkElement();
            case XmlNodeType.EndElement:
                return WalkEnd();
            case XmlNodeType.Text:
            case XmlNodeType.CDATA:
                _diagnostics.Quirk(DiagnosticCodes.StrayText, DiagnosticSeverity.Info, $"Ignored text between elements in {CurrentPath()}.", Line, Column, _entryId);
                Next();
                return Walked.Continue;
            case XmlNodeType.None:
                Next(); // at the end, or (async) where the recorder met an error: raises it here, as the reader would
                return _containerCount > 0 ? throw Truncated() : Walked.End;
            default:
                return Next() || _containerCount > 0 ? Walked.Continue : Walked.End;
        }
    }

    private Walked WalkElement()
    {
        var unit = Classify(_reader);
        if (unit is Unit.Feed or Unit.Entry or Unit.Content or Unit.Link or Unit.Id or Unit.Title or Unit.Published or Unit.Updated
            && !ReferenceEquals(NodeNamespace, _n.Atom))
        {
            NoteAtomOutOfPlace();
        }
        switch (unit)
        {
            case Unit.Feed:
                Open(Container.Feed, _n.Feed, -1);
                return Walked.Continue;
            case Unit.Entry:
                return BeginEntry();
            case Unit.Content:
                Open(Container.Content, _n.Content, -1);
                return Walked.Continue;
            case Unit.Wrapper:
                _diagnostics.Unknown(NodeNamespace, NodeName, CurrentPath(), Line, Column, _entryId);
                Open(Container.Wrapper, NodeName, -1);
                return Walked.Continue;
            case Unit.Resource:
                return WalkResource();
            case Unit.Unknown:
                SkipUnknown();
                return Walked.Continue;
            case Unit.Foreign:
                SkipForeign();
                return Walked.Continue;
            case Unit.KnownAtom:
                SkipElement();
                return Walked.Continue;
            default:
                ReadUnitOrSkip(unit);
                return Walked.Continue;
        }
    }

    /// <summary>Pushes a container and enters it; an empty one is closed at once.</summary>
    private void Open(Container container, string name, int index)
    {
        Push(name, index);
        if (NodeIsEmpty)
        {
            Next();
            Pop();
            return;
        }
        if (_containerCount == _containers.Length)
        {
            Array.Resize(ref _containers, _containers.Length * 2);
        }
        _containers[_containerCount++] = container;
        Next();
    }

    private Walked WalkEnd()
    {
        if (_containerCount == 0)
        {
            Next();
            return Walked.Continue;
        }
        var closed = _containers[--_containerCount];
        Pop();
        Next();
        return closed == Container.Entry ? EndEntry() : Walked.Continue;
    }

    private Walked BeginEntry()
    {
        var index = _entryCount++;
        if (_streamed is null)
        {
            _open = new OpenEntry { Line = Line, Column = Column, Index = index };
        }
        else
        {
            _open = _streamEntry ??= new OpenEntry();
            (_open.Line, _open.Column, _open.Index, _open.Id, _open.Held) = (Line, Column, index, null, null);
        }
        _entryId = null;
        _entrySelf = _entryUp = null;
        var empty = NodeIsEmpty;
        Open(Container.Entry, _n.Entry, index);
        return empty ? EndEntry() : Walked.Continue;
    }

    private Walked EndEntry()
    {
        var open = _open!;
        _open = null;
        _entryId = null;
        if (_streamed is not null)
        {
            var held = open.Held;
            var self = _entrySelf;
            var up = _entryUp;
            _entrySelf = _entryUp = null;
            if (held is null)
            {
                return Walked.Continue;
            }
            var batch = _blockReadings;
            batch.Clear();
            var origin = ReadingOrigin.Of(self, up);
            foreach (var block in held)
            {
                foreach (var reading in block.ReadingSpan)
                {
                    batch.Add(reading.With(reading.StartSeconds, reading.DurationSeconds, origin));
                }
            }
            return batch.Count > 0 ? Walked.Readings : Walked.Continue;
        }
        CheckEntryType(open);
        _entrySelf = _entryUp = null;
        var entry = new AtomEntry
        {
            Id = open.Id,
            Title = open.Title,
            HasTitle = open.HasTitle,
            Published = open.Published,
            Updated = open.Updated,
            // Exact-size arrays: a feed's reader holds every entry (without readings) until its end.
            Links = open.Links.Count == 0 ? [] : open.Links.ToArray(),
            Resources = open.Resources.Count == 0 ? [] : open.Resources.ToArray(),
            Line = open.Line,
            Column = open.Column,
        };
        foreach (var resource in open.Resources)
        {
            resource.Entry = entry;
            // Links written after the content: place the block's readings now that the hrefs are known.
            if (resource is IntervalBlock block && block.ReadingSpan is { Length: > 0 } readings && TakesEntryHrefs(readings[0].BlockHref, entry))
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
        _ready = entry;
        return Walked.Entry;
    }

    /// <summary>
    /// Whether a block's readings, read with <paramref name="blockHref"/> as their block's href, take their entry's self and
    /// up hrefs instead once the entry has ended (its links came after its content).
    /// </summary>
    internal static bool TakesEntryHrefs(string? blockHref, AtomEntry entry) => blockHref != entry.SelfHref;

    /// <summary>An ESPI resource, in an entry or bare (a document that is one resource, or resources in a wrapper).</summary>
    private Walked WalkResource()
    {
        if (_streamed is not null)
        {
            return StreamResource();
        }
        if (_open is { } open)
        {
            ReadResourceOrSkip(open.Resources);
            return Walked.Continue;
        }
        NoteResourceOutsideEntry();
        var line = Line;
        var column = Column;
        var resources = new List<EspiResource>(1);
        ReadResourceOrSkip(resources);
        if (resources.Count == 0)
        {
            return Walked.Continue;
        }
        _ready = new AtomEntry { Resources = resources, Line = line, Column = column };
        resources[0].Entry = _ready;
        return Walked.Entry;
    }

    /// <summary>Readings mode: IntervalBlocks are opened (or held), ReadingTypes read for their intervalLength.</summary>
    private Walked StreamResource()
    {
        var name = NodeName;
        if (Is(name, _n.IntervalBlock))
        {
            if (_open is { } open && _entrySelf is null)
            {
                // The entry's links may follow its content: hold the block until the entry ends.
                var held = new List<EspiResource>(1);
                ReadResourceOrSkip(held);
                _blockReadings.Clear(); // the block was read through the batch list
                if (held.Count > 0)
                {
                    (open.Held ??= []).Add((IntervalBlock)held[0]);
                }
                return Walked.Continue;
            }
            var block = _streamed!;
            var depth = _node.Depth;
            var line = Line;
            var column = Column;
            Push(_n.IntervalBlock);
            if (!Enter())
            {
                Pop();
                return Walked.Continue;
            }
            block.Start(ReadingOrigin.Of(_entrySelf, _entryUp), depth, line, column);
            return Walked.BlockOpened;
        }
        if (Is(name, _n.ReadingType) || Is(name, _n.MeterReading))
        {
            // Read for the intervalLength that places readings without a timePeriod; the resource itself is not kept,
            // but the readings of blocks written inside it are.
            var read = new List<EspiResource>(1);
            ReadResourceOrSkip(read);
            var batch = _blockReadings;
            batch.Clear();
            for (var i = 1; i < read.Count; i++)
            {
                if (read[i] is IntervalBlock nested)
                {
                    batch.AddRange(nested.ReadingSpan);
                }
            }
            return batch.Count > 0 ? Walked.Readings : Walked.Continue;
        }
        SkipElement();
        return Walked.Continue;
    }

    /// <summary>Reads one resource into <paramref name="into"/>; lenient mode skips it on a data error and says so.</summary>
    private void ReadResourceOrSkip(List<EspiResource>? into)
    {
        var target = into ?? [];
        if (!_lenient)
        {
            ReadResourceInto(target);
            return;
        }
        var depth = _node.Depth;
        var line = Line;
        var column = Column;
        var pathDepth = _pathDepth;
        var name = NodeName;
        try
        {
            ReadResourceInto(target);
        }
        catch (GreenButtonException ex) when (ex.IsDataError)
        {
            _pathDepth = pathDepth;
            var read = Is(name, _n.IntervalBlock) ? _blockReadings.Count : 0;
            var dropped = read + SkipRestOfUnit(depth);
            ReportSkipped(name, line, column, ex, dropped, 0);
        }
    }

    /// <summary>Reads an entry's or a feed's link, id, title or date; lenient mode skips the element on a data error.</summary>
    private void ReadUnitOrSkip(Unit unit)
    {
        var depth = _node.Depth;
        var line = Line;
        var column = Column;
        var pathDepth = _pathDepth;
        var name = NodeName;
        try
        {
            ReadUnit(unit);
        }
        catch (GreenButtonException ex) when (ex.IsDataError && _lenient)
        {
            _pathDepth = pathDepth;
            SkipRestOfUnit(depth);
            ReportSkipped(name, line, column, ex, 0, 0);
        }
    }

    private void ReadUnit(Unit unit)
    {
        var open = _open;
        if (_streamed is not null && open is not null && unit is Unit.Title or Unit.Published or Unit.Updated)
        {
            SkipElement(); // readings mode keeps nothing of an entry but its links and id
            return;
        }
        switch (unit)
        {
            case Unit.WrongNamespace:
                WrongNamespaceIsTolerated(); // throws a data error
                break;
            case Unit.Link:
                var link = ReadLink();
                if (open is null)
                {
                    FeedLinks.Add(link);
                    if (_baseUri is null && string.Equals(link.Rel, AtomLink.SelfRel, StringComparison.OrdinalIgnoreCase) && IsAbsoluteHref(link.Href, out var self))
                    {
                        _baseUri = self;
                    }
                }
                else
                {
                    if (_streamed is null)
                    {
                        open.Links.Add(link);
                    }
                    if (_entrySelf is null && string.Equals(link.Rel, AtomLink.SelfRel, StringComparison.OrdinalIgnoreCase))
                    {
                        _entrySelf = link.Href;
                    }
                    else if (_entryUp is null && string.Equals(link.Rel, AtomLink.UpRel, StringComparison.OrdinalIgnoreCase))
                    {
                        _entryUp = link.Href;
                    }
                }
                break;
            case Unit.Id:
                var inContent = _containers[_containerCount - 1] == Container.Content;
                var idLine = Line;
                var idColumn = Column;
                var id = ReadString();
                if (open is null)
                {
                    FeedId = id;
                }
                else if (inContent)
                {
                    // Seen: an atom:id inside content. It names the entry when the entry has none of its own.
                    var taken = open.Id is null;
                    _diagnostics.Quirk(DiagnosticCodes.AtomInContent, DiagnosticSeverity.Info,
                        taken ? "An atom:id inside content was read as its entry's id." : "An atom:id inside content was ignored: its entry has an id of its own.",
                        idLine, idColumn, _entryId);
                    if (taken)
                    {
                        open.Id = id;
                        _entryId = _options.RedactValues ? null : id;
                    }
                }
                else
                {
                    open.Id = id;
                    _entryId = _options.RedactValues ? null : id;
                }
                break;
            case Unit.Title:
                var title = ReadTextConstruct();
                if (open is null)
                {
                    FeedTitle = title;
                }
                else
                {
                    open.Title = title;
                    open.HasTitle = true;
                }
                break;
            case Unit.Published:
                open!.Published = ReadAtomDate();
                break;
            default:
                var updated = ReadAtomDate();
                if (open is null)
                {
                    FeedUpdated = updated;
                }
                else
                {
                    open.Updated = updated;
                }
                break;
        }
    }

    /// <summary>
    /// An absolute href with a scheme of its own. (<see cref="Uri.TryCreate(string, UriKind, out Uri)"/> takes
    /// <c>/Batch/1</c> for <c>file:///Batch/1</c> on Unix; a relative self link is no file path.)
    /// </summary>
    internal static bool IsAbsoluteHref(string href, out Uri? uri)
    {
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && href.StartsWith(absolute.Scheme + ":", StringComparison.OrdinalIgnoreCase))
        {
            uri = absolute;
            return true;
        }
        uri = null;
        return false;
    }

    /// <summary>
    /// Lenient recovery: moves past the end tag of the unit at <paramref name="depth"/> (the one being read when a data
    /// error was thrown) and returns how many IntervalReadings it skipped doing so.
    /// </summary>
    private int SkipRestOfUnit(int depth)
    {
        var readings = 0;
        if (NodeKind == XmlNodeType.Element && _node.Depth == depth)
        {
            // The error was the unit's own start tag (a resource in a wrong namespace).
            if (NodeIsEmpty)
            {
                Next();
                return 0;
            }
            Next();
        }
        while (!(NodeKind == XmlNodeType.EndElement && _node.Depth == depth))
        {
            if (_node.Depth < depth || (_node.Depth == depth && NodeKind == XmlNodeType.Element))
            {
                return readings; // already past it
            }
            if (NodeKind == XmlNodeType.Element)
            {
                CheckDepth();
                if (_node.Depth == depth + 1 && Is(NodeName, _n.IntervalReading))
                {
                    readings++;
                }
            }
            if (!Next())
            {
                throw Truncated();
            }
        }
        Next();
        return readings;
    }

    /// <summary>Reports a unit lenient mode skipped: what it was, where, why, and how many readings went with it.</summary>
    private void ReportSkipped(string name, int line, int column, GreenButtonException ex, int droppedReadings, int keptReadings)
    {
        var entry = _open is { } open ? $" of entry {open.Index + 1}" : "";
        var dropped = droppedReadings > 0 ? $"; {droppedReadings} IntervalReading(s) in it were dropped" : "";
        var kept = keptReadings > 0 ? $" ({keptReadings} read before the error were kept)" : "";
        _diagnostics.Report(DiagnosticSeverity.Error, DiagnosticCodes.SkippedResource,
            $"Skipped {name}{entry}{dropped}{kept}: {ex.Reason} (at {ex.Source ?? "<input>"}:{ex.Line}:{ex.Column}, {ex.ElementPath}).",
            line, column, _entryId);
    }

    /// <summary>Skips an element whole, refusing nesting deeper than <see cref="GreenButtonReaderOptions.MaxDepth"/>.</summary>
    private void SkipElement()
    {
        CheckDepth();
        if (NodeIsEmpty)
        {
            Next();
            return;
        }
        var depth = _node.Depth;
        while (Next())
        {
            if (_node.Depth <= depth)
            {
                Next(); // the element's end tag
                return;
            }
            if (NodeKind == XmlNodeType.Element)
            {
                CheckDepth();
            }
        }
        throw Truncated();
    }

    /// <summary>The element under the reader must lie within <see cref="GreenButtonReaderOptions.MaxDepth"/> levels.</summary>
    private void CheckDepth()
    {
        if (_node.Depth >= _maxDepth)
        {
            ThrowTooDeep();
        }
    }
}
