using System.Collections.ObjectModel;
using System.Xml;

namespace GreenButton;

internal sealed partial class EspiParser
{
    private readonly List<IntervalReading> _blockReadings = new(128);

    /// <summary>The intervalLength of the last ReadingType read: the period of readings written without a timePeriod.</summary>
    private long? _lastIntervalLength;

    private IntervalBlock ReadIntervalBlock()
    {
        var line = Line;
        var column = Column;
        BatchItemInfo? batchItemInfo = null;
        DateTimeInterval? interval = null;
        var readings = _blockReadings; // reused: only the final array is allocated per block
        readings.Clear();
        long previousEnd = 0, previousDuration = 0;
        ReadingOrigin? origin = null; // one per block, made at its first reading
        Push(_n.IntervalBlock);
        if (Enter())
        {
            while (NextChild())
            {
                var name = _reader.LocalName;
                if (!IsEspi)
                {
                    SkipUnknown();
                }
                else if (Is(name, _n.IntervalReading))
                {
                    origin ??= ReadingOrigin.Of(_entrySelf, _entryUp);
                    var reading = ReadIntervalReading(interval, readings.Count > 0, previousEnd, previousDuration, readings.Count, origin);
                    previousEnd = reading.EndSeconds;
                    previousDuration = reading.DurationSeconds;
                    readings.Add(reading);
                }
                else if (Is(name, _n.Interval))
                {
                    interval = ReadInterval();
                }
                else if (!TryReadCommon(name, ref batchItemInfo))
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        var block = new IntervalBlock { Interval = interval, BatchItemInfo = batchItemInfo, Line = line, Column = column };
        block.ReplaceReadings(readings.ToArray());
        return block;
    }

    /// <summary>
    /// The hot path: one IntervalReading. No allocation beyond a rare multi-quality list; positions are taken only
    /// when something is reported.
    /// </summary>
    private IntervalReading ReadIntervalReading(DateTimeInterval? block, bool hasPrevious, long previousEnd, long previousDuration,
        int index, ReadingOrigin? origin)
    {
        long start = 0, duration = 0, value = 0, cost = 0;
        bool hasTimePeriod = false, hasValue = false, hasCost = false;
        short? tier = null, tou = null, cpp = null;
        ReadOnlyCollection<ReadingQuality>? qualities = null;
        List<ReadingQuality>? many = null;
        Push(_n.IntervalReading, index);
        if (Enter())
        {
            while (NextChild())
            {
                var ns = _reader.NamespaceURI;
                if (!ReferenceEquals(ns, _n.Espi) && !ReferenceEquals(ns, _n.Customer))
                {
                    SkipUnknown();
                    continue;
                }
                var name = _reader.LocalName;
                if (Is(name, _n.TimePeriod))
                {
                    hasTimePeriod = !_reader.IsEmptyElement;
                    ReadTimePeriod(ref start, ref duration);
                }
                else if (Is(name, _n.Value))
                {
                    if (_reader.IsEmptyElement)
                    {
                        _reader.Read(); // <value/>: absent
                    }
                    else
                    {
                        value = ReadInt64(name);
                        hasValue = true;
                    }
                }
                else if (Is(name, _n.Cost))
                {
                    if (_reader.IsEmptyElement)
                    {
                        _reader.Read();
                    }
                    else
                    {
                        cost = ReadInt64(name);
                        hasCost = true;
                    }
                }
                else if (Is(name, _n.ReadingQuality))
                {
                    var quality = ReadQuality();
                    if (qualities is null)
                    {
                        qualities = quality.Text is null ? ReadingQualities.Single((int)quality.Quality) : new([quality]);
                    }
                    else
                    {
                        many ??= [.. qualities];
                        many.Add(quality);
                    }
                }
                else if (Is(name, _n.ConsumptionTier))
                {
                    tier = ReadOptionalInt16();
                }
                else if (Is(name, _n.Tou))
                {
                    tou = ReadOptionalInt16();
                }
                else if (Is(name, _n.Cpp))
                {
                    cpp = ReadOptionalInt16();
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        if (many is not null)
        {
            qualities = many.AsReadOnly();
        }
        if (!hasTimePeriod)
        {
            // ESPI allows it; the last ReadingType's intervalLength stands in for the meter reading's until links are resolved.
            (start, duration) = ReadingTimeline.PlaceUntimed(block, hasPrevious, previousEnd, previousDuration, _lastIntervalLength);
            _diagnostics.Quirk(DiagnosticCodes.MissingTimePeriod, DiagnosticSeverity.Info,
                "IntervalReadings without a timePeriod were placed after the previous reading (or at the block start) for intervalLength.", Line, Column, _entryId);
        }
        else if (block is { HasStart: true } b && start < b.StartSeconds)
        {
            _diagnostics.Quirk(DiagnosticCodes.ReadingBeforeBlock, DiagnosticSeverity.Warning,
                "IntervalReadings start before their IntervalBlock's interval; kept as written.", Line, Column, _entryId);
        }
        return new IntervalReading(start, duration, value, hasValue, cost, hasCost, qualities, tier, tou, cpp, hasTimePeriod, origin);
    }

    /// <summary>A reading's timePeriod, read in place (the hot path's DateTimeInterval).</summary>
    private void ReadTimePeriod(ref long start, ref long duration)
    {
        Push(_n.TimePeriod);
        if (Enter())
        {
            while (NextChild())
            {
                var ns = _reader.NamespaceURI;
                var name = _reader.LocalName;
                if (Is(name, _n.Start) && (ReferenceEquals(ns, _n.Espi) || ReferenceEquals(ns, _n.Customer)))
                {
                    start = ReadEpoch(name);
                }
                else if (Is(name, _n.Duration) && (ReferenceEquals(ns, _n.Espi) || ReferenceEquals(ns, _n.Customer)))
                {
                    duration = ReadDuration(name);
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
    }

    /// <summary>Reads <c>ReadingQuality/quality</c>; a code that is not a number is kept as text and reported.</summary>
    private ReadingQuality ReadQuality()
    {
        var quality = new ReadingQuality((QualityOfReading)(-1)) { Text = "" };
        Push(_n.ReadingQuality);
        if (Enter())
        {
            while (NextChild())
            {
                if (IsEspi && Is(_reader.LocalName, _n.Quality))
                {
                    var line = Line;
                    var column = Column;
                    var text = ReadText();
                    if (TryParseInteger(text, out var value, out _, out var fraction) && !fraction && value is >= 0 and <= int.MaxValue)
                    {
                        quality = new ReadingQuality((QualityOfReading)(int)value);
                    }
                    else
                    {
                        quality = new ReadingQuality((QualityOfReading)(-1)) { Text = text.ToString() };
                        _diagnostics.Quirk(DiagnosticCodes.OutOfRange, DiagnosticSeverity.Warning,
                            $"ReadingQuality codes that are not numbers (first: {Quote(text)}) were kept as text.", line, column, _entryId, "quality-text");
                    }
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return quality;
    }

    /// <summary>Reads a code of a code table; a non-numeric code is reported and read as absent rather than fail the entry.</summary>
    private int? ReadCode()
    {
        var leaf = _reader.LocalName;
        var text = ReadText(leaf);
        if (text.Trim().IsEmpty)
        {
            return null; // <uom/>: absent
        }
        if (TryParseInteger(text, out var value, out var padded, out var fraction) && !fraction && value is >= int.MinValue and <= int.MaxValue)
        {
            if (padded)
            {
                NotePadded(leaf);
            }
            return (int)value;
        }
        _diagnostics.Quirk(DiagnosticCodes.OutOfRange, DiagnosticSeverity.Warning,
            $"Code {Quote(text)} in '{leaf}' is not a number; it was dropped.", ValueLine, ValueColumn, _entryId, "code:" + leaf);
        return null;
    }

    // ---- Streaming readings ----------------------------------------------------------------------------------

    /// <summary>What <see cref="ReadIntervalReadingsBatch"/> keeps between two batches.</summary>
    internal sealed class ReadingStream
    {
        public bool Started { get; set; }
        public bool Ended { get; set; }
        public int EntryDepth { get; set; } = -1;
        public int EntryIndex { get; set; } = -1;
        public int EntryLine { get; set; }
        public int EntryColumn { get; set; }
        public string? SelfHref { get; set; }
        public string? UpHref { get; set; }

        /// <summary>Blocks met before their entry's self link, held until the entry ends.</summary>
        public List<IntervalBlock>? Pending { get; set; }

        public int RootPathDepth { get; set; }
        public StreamedBlock Block { get; } = new();
    }

    /// <summary>The reused list <see cref="ReadIntervalReadingsBatch"/> fills.</summary>
    internal List<IntervalReading> StreamedReadings => _blockReadings;

    /// <summary>
    /// Fills <see cref="StreamedReadings"/> with the next readings: up to one batch of the block being read, or the held
    /// readings of an entry whose links came after its content. False at the end of the input. Outside blocks it scans
    /// for entries, their links and IntervalBlocks, skipping every other resource but ReadingTypes (their
    /// intervalLength places readings that have no timePeriod). A plain method called once per batch: the caller's
    /// enumerator hands out the readings without an iterator state machine per reading.
    /// </summary>
    internal bool ReadIntervalReadingsBatch(ReadingStream s)
    {
        var batch = _blockReadings;
        batch.Clear();
        if (s.Ended)
        {
            return false;
        }
        if (!s.Started)
        {
            s.Started = true;
            if (!MoveToRoot())
            {
                _diagnostics.Flush();
                s.Ended = true;
                return false;
            }
            s.RootPathDepth = _pathDepth;
        }
        var block = s.Block;
        while (true)
        {
            if (block.Open)
            {
                FillBatch(block, batch, s.EntryDepth, s.EntryIndex, s.EntryLine, s.EntryColumn, s.RootPathDepth);
                if (batch.Count > 0)
                {
                    return true;
                }
                continue;
            }

            if (_reader.EOF)
            {
                break;
            }
            var nodeType = _reader.NodeType;
            if (nodeType == XmlNodeType.EndElement)
            {
                if (_reader.Depth == s.EntryDepth)
                {
                    if (s.Pending is { } pending)
                    {
                        // Handed out before the end tag is consumed; the next call comes back here with nothing held.
                        s.Pending = null;
                        var origin = ReadingOrigin.Of(s.SelfHref, s.UpHref);
                        foreach (var heldBlock in pending)
                        {
                            foreach (var held in heldBlock.ReadingSpan)
                            {
                                batch.Add(held.With(held.StartSeconds, held.DurationSeconds, origin));
                            }
                        }
                        if (batch.Count > 0)
                        {
                            return true;
                        }
                    }
                    s.EntryDepth = -1;
                    _entryId = null;
                    _pathDepth = s.RootPathDepth;
                }
                _reader.Read();
                continue;
            }
            if (nodeType != XmlNodeType.Element)
            {
                _reader.Read();
                continue;
            }
            var localName = _reader.LocalName;
            if (IsAtom)
            {
                if (Is(localName, _n.Entry))
                {
                    s.EntryIndex++;
                    _pathDepth = s.RootPathDepth;
                    Push(_n.Entry, s.EntryIndex);
                    s.SelfHref = s.UpHref = null;
                    _entryId = null;
                    s.EntryLine = Line;
                    s.EntryColumn = Column;
                    if (_reader.IsEmptyElement)
                    {
                        _reader.Read();
                        _pathDepth = s.RootPathDepth;
                        continue;
                    }
                    s.EntryDepth = _reader.Depth;
                    _reader.Read();
                }
                else if (Is(localName, _n.Link) && _reader.Depth == s.EntryDepth + 1)
                {
                    var link = ReadLink();
                    if (s.SelfHref is null && string.Equals(link.Rel, AtomLink.SelfRel, StringComparison.OrdinalIgnoreCase))
                    {
                        s.SelfHref = link.Href;
                    }
                    else if (s.UpHref is null && string.Equals(link.Rel, AtomLink.UpRel, StringComparison.OrdinalIgnoreCase))
                    {
                        s.UpHref = link.Href;
                    }
                }
                else if (Is(localName, _n.Id) && _reader.Depth == s.EntryDepth + 1)
                {
                    _entryId = ReadString();
                }
                else if (Is(localName, _n.Feed) || Is(localName, _n.Content))
                {
                    _reader.Read(); // descend
                }
                else
                {
                    _reader.Skip();
                }
                continue;
            }
            if (!IsEspi)
            {
                if (IsResourceName(localName))
                {
                    try
                    {
                        WrongNamespaceIsTolerated(); // throws: a data error
                    }
                    catch (GreenButtonException ex) when (_options.Lenient && s.EntryDepth >= 0)
                    {
                        _pathDepth = s.RootPathDepth;
                        SkipRestOfEntry(ex, s.EntryDepth, s.EntryIndex, s.EntryLine, s.EntryColumn, 0);
                        continue;
                    }
                }
                // An unknown wrapper: descend and look inside.
                _diagnostics.Unknown(_reader.NamespaceURI, localName, CurrentPath(), Line, Column, _entryId);
                _reader.Read();
                continue;
            }
            if (Is(localName, _n.IntervalBlock))
            {
                if (s.EntryDepth >= 0 && s.SelfHref is null)
                {
                    // The entry's links may follow its content: hold the block until the entry ends.
                    (s.Pending ??= []).Add(ReadIntervalBlockOrSkipEntry(s.EntryDepth, s.EntryIndex, s.EntryLine, s.EntryColumn) ?? s_emptyBlock);
                    batch.Clear(); // the block was read through the same list
                    continue;
                }
                Push(_n.IntervalBlock);
                if (Enter())
                {
                    block.Start(ReadingOrigin.Of(s.SelfHref, s.UpHref));
                }
                else
                {
                    Pop();
                }
            }
            else if (Is(localName, _n.ReadingType))
            {
                ReadReadingType(); // remembers intervalLength for readings without a timePeriod
            }
            else if (Is(localName, _n.MeterReading))
            {
                ReadMeterReading(); // may embed a ReadingType
            }
            else if (IsResourceName(localName))
            {
                _reader.Skip();
            }
            else
            {
                SkipUnknown();
            }
        }
        _diagnostics.Flush();
        s.Ended = true;
        return false;
    }

    private const int StreamBatch = 256;

    /// <summary>The state of the IntervalBlock being streamed.</summary>
    internal sealed class StreamedBlock
    {
        public bool Open { get; set; }
        public DateTimeInterval? Interval { get; set; }
        public int Index { get; set; }
        public long PreviousEnd { get; set; }
        public long PreviousDuration { get; set; }

        /// <summary>The hrefs of the block's readings, shared by all of them.</summary>
        public ReadingOrigin? Origin { get; private set; }

        public void Start(ReadingOrigin? origin)
        {
            Origin = origin;
            Open = true;
            Interval = null;
            Index = 0;
            PreviousEnd = PreviousDuration = 0;
        }
    }

    /// <summary>
    /// Reads up to <see cref="StreamBatch"/> readings of the open block into <paramref name="batch"/>; closes the block
    /// at its end tag, or (lenient mode) at a data error, after skipping the rest of the entry.
    /// </summary>
    private void FillBatch(StreamedBlock block, List<IntervalReading> batch,
        int entryDepth, int entryIndex, int entryLine, int entryColumn, int rootPathDepth)
    {
        var interval = block.Interval;
        var index = block.Index;
        var previousEnd = block.PreviousEnd;
        var previousDuration = block.PreviousDuration;
        var origin = block.Origin;
        try
        {
            while (batch.Count < StreamBatch)
            {
                if (!NextChild())
                {
                    Pop();
                    block.Open = false;
                    break;
                }
                var ns = _reader.NamespaceURI;
                var name = _reader.LocalName;
                if (!ReferenceEquals(ns, _n.Espi) && !ReferenceEquals(ns, _n.Customer))
                {
                    SkipUnknown();
                }
                else if (Is(name, _n.IntervalReading))
                {
                    var reading = ReadIntervalReading(interval, index > 0, previousEnd, previousDuration, index, origin);
                    index++;
                    previousEnd = reading.EndSeconds;
                    previousDuration = reading.DurationSeconds;
                    batch.Add(reading);
                }
                else if (Is(name, _n.Interval))
                {
                    interval = ReadInterval();
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        catch (GreenButtonException ex) when (ex.IsDataError && _options.Lenient && entryDepth >= 0)
        {
            _pathDepth = rootPathDepth;
            SkipRestOfEntry(ex, entryDepth, entryIndex, entryLine, entryColumn, index);
            block.Open = false;
        }
        block.Interval = interval;
        block.Index = index;
        block.PreviousEnd = previousEnd;
        block.PreviousDuration = previousDuration;
    }

    private static readonly IntervalBlock s_emptyBlock = new();

    private IntervalBlock? ReadIntervalBlockOrSkipEntry(int entryDepth, int entryIndex, int entryLine, int entryColumn)
    {
        try
        {
            return ReadIntervalBlock();
        }
        catch (GreenButtonException ex) when (ex.IsDataError && _options.Lenient && entryDepth >= 0)
        {
            SkipRestOfEntry(ex, entryDepth, entryIndex, entryLine, entryColumn, 0);
            return null;
        }
    }

    /// <summary>Lenient mode: moves to the end tag of the entry being read (the caller consumes it) and reports the loss.</summary>
    private void SkipRestOfEntry(GreenButtonException ex, int entryDepth, int entryIndex, int entryLine, int entryColumn, int readingsKept)
    {
        while (!(_reader.Depth == entryDepth && _reader.NodeType == XmlNodeType.EndElement))
        {
            if (!_reader.Read())
            {
                throw Truncated();
            }
        }
        var kept = readingsKept > 0 ? $" after {readingsKept} reading(s) of its block were read" : "";
        _diagnostics.Report(DiagnosticSeverity.Error, DiagnosticCodes.SkippedEntry,
            $"Skipped the rest of entry {entryIndex + 1}{kept}: {ex.Reason} (at {ex.Source ?? "<input>"}:{ex.Line}:{ex.Column}, {ex.ElementPath}).",
            entryLine, entryColumn, ex.EntryId);
    }
}
