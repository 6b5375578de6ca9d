using System.Collections.ObjectModel;
using System.Runtime.InteropServices;
using System.Xml;

namespace GreenButton;

internal sealed partial class EspiParser
{
    private readonly List<IntervalReading> _blockReadings = new(128);

    /// <summary>
    /// Takes each IntervalBlock's readings as the block is read, instead of the block keeping them (it is then
    /// returned without readings): a reader that needs only their figures allocates no array per block.
    /// </summary>
    internal BlockReadingsReducer? ReduceBlockReadings { get; set; }

    /// <summary>
    /// Checked after each entry of <see cref="ReadEntries"/> and every <see cref="CancellationStride"/> readings of a block
    /// (a year of readings in one block stops promptly); once it is cancelled, an input that then breaks off is the
    /// cancellation (<see cref="OperationCanceledException"/>), not a malformed document.
    /// </summary>
    internal CancellationToken Cancellation { get; set; }

    private const int CancellationStride = 4096;

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
                var name = NodeName;
                if (!IsEspi)
                {
                    SkipUnknown();
                }
                else if (Is(name, _n.IntervalReading))
                {
                    origin ??= ReadingOrigin.Of(_entrySelf, _entryUp);
                    IntervalReading reading;
                    if (!_lenient)
                    {
                        reading = ReadIntervalReading(interval, readings.Count > 0, previousEnd, previousDuration, readings.Count, origin);
                    }
                    else if (!TryReadIntervalReadingLenient(interval, readings.Count > 0, previousEnd, previousDuration, readings.Count, origin, out reading))
                    {
                        continue;
                    }
                    previousEnd = reading.EndSeconds;
                    previousDuration = reading.DurationSeconds;
                    readings.Add(reading);
                    FixFirstDuration(readings, readings.Count - 1);
                    if (readings.Count % CancellationStride == 0)
                    {
                        Cancellation.ThrowIfCancellationRequested();
                    }
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
        if (ReduceBlockReadings is { } reduce)
        {
            reduce(block, CollectionsMarshal.AsSpan(readings));
        }
        else
        {
            block.ReplaceReadings(readings.ToArray());
        }
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
        bool hasTimePeriod = false, hasValue = false, hasCost = false, hasDuration = false;
        short? tier = null, tou = null, cpp = null;
        ReadOnlyCollection<ReadingQuality>? qualities = null;
        List<ReadingQuality>? many = null;
        Push(_n.IntervalReading, index);
        if (Enter())
        {
            while (NextChild())
            {
                var ns = NodeNamespace;
                if (!ReferenceEquals(ns, _n.Espi) && !ReferenceEquals(ns, _n.Customer))
                {
                    SkipUnknown();
                    continue;
                }
                var name = NodeName;
                if (Is(name, _n.TimePeriod))
                {
                    hasTimePeriod = !NodeIsEmpty;
                    hasDuration = ReadTimePeriod(ref start, ref duration);
                }
                else if (Is(name, _n.Value))
                {
                    if (NodeIsEmpty)
                    {
                        Next(); // <value/>: absent
                    }
                    else
                    {
                        hasValue = ReadReadingValue(name, out value);
                    }
                }
                else if (Is(name, _n.Cost))
                {
                    if (NodeIsEmpty)
                    {
                        Next();
                    }
                    else
                    {
                        var cl = ReadOptionalInt64();
                        cost = cl.GetValueOrDefault();
                        hasCost = cl.HasValue;
                    }
                }
                else if (Is(name, _n.ReadingQuality) || Is(name, _n.ReadingQualityWord))
                {
                    if (ReadQuality() is not { } quality)
                    {
                        continue;
                    }
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
                else if (Is(name, _n.PowerOfTenMultiplier))
                {
                    ReadReadingPowerOfTen();
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
        else
        {
            if (!hasDuration)
            {
                duration = DeriveDuration(start, hasPrevious, previousEnd - previousDuration);
            }
            if (index == 0)
            {
                _firstDurationPending = !hasDuration && duration == 0;
            }
            if (block is { HasStart: true } b && start < b.StartSeconds)
            {
                _diagnostics.Quirk(DiagnosticCodes.ReadingBeforeBlock, DiagnosticSeverity.Warning,
                    "IntervalReadings start before their IntervalBlock's interval; kept as written.", Line, Column, _entryId);
            }
            if (hasPrevious && start < previousEnd - previousDuration)
            {
                _diagnostics.Quirk(DiagnosticCodes.DescendingReadings, DiagnosticSeverity.Info,
                    "IntervalReadings were written newest first (or out of order); they are kept as written, and series are placed by their starts.", Line, Column, _entryId);
            }
        }
        return new IntervalReading(start, duration, value, hasValue, cost, hasCost, qualities, tier, tou, cpp, hasTimePeriod, origin,
            hasValue ? _valuePowerOfTen : (sbyte)0);
    }

    /// <summary>A reading's timePeriod, read in place (the hot path's DateTimeInterval); false when it gave no duration.</summary>
    private bool ReadTimePeriod(ref long start, ref long duration)
    {
        var hasDuration = false;
        Push(_n.TimePeriod);
        if (Enter())
        {
            while (NextChild())
            {
                var ns = NodeNamespace;
                var name = NodeName;
                if (Is(name, _n.Start) && (ReferenceEquals(ns, _n.Espi) || ReferenceEquals(ns, _n.Customer)))
                {
                    start = ReadEpoch(name);
                }
                else if (Is(name, _n.Duration) && (ReferenceEquals(ns, _n.Espi) || ReferenceEquals(ns, _n.Customer)))
                {
                    if (ReadOptionalDuration(name) is { } d)
                    {
                        duration = d;
                        hasDuration = true;
                    }
                }
                else
                {
                    SkipUnknown();
                }
            }
        }
        Pop();
        return hasDuration;
    }

    /// <summary>
    /// Reads a reading's quality: <c>ReadingQuality/quality</c> as ESPI writes it, or a <c>readingQuality</c> holding its
    /// code directly. A word (<c>ACTUAL</c>, <c>ESTIMATED</c>) is mapped to its code and reported; other text is kept as
    /// text and reported. Null when it holds nothing.
    /// </summary>
    private ReadingQuality? ReadQuality()
    {
        var leaf = NodeName;
        ReadingQuality? quality = Is(leaf, _n.ReadingQuality) ? new ReadingQuality((QualityOfReading)(-1)) { Text = "" } : null;
        Push(leaf);
        if (Enter())
        {
            if (NodeKind is XmlNodeType.Text or XmlNodeType.CDATA)
            {
                // The code written directly in the element, with no quality child.
                quality = QualityOf(_reader.Value, leaf, Line, Column);
                Next();
            }
            while (NextChild())
            {
                if (IsEspi && Is(NodeName, _n.Quality))
                {
                    var line = Line;
                    var column = Column;
                    var text = ReadText();
                    quality = QualityOf(text, _n.Quality, line, column) ?? quality;
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

    private ReadingQuality? QualityOf(ReadOnlySpan<char> text, string leaf, int line, int column)
    {
        if (TryParseInteger(text, out var value, out _, out var fraction) && !fraction && value is >= 0 and <= int.MaxValue)
        {
            return new ReadingQuality((QualityOfReading)(int)value);
        }
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            NoteEmpty(leaf, line, column);
            return null;
        }
        if (QualityWords.TryParse(trimmed, out var code))
        {
            _diagnostics.Quirk(DiagnosticCodes.QualityWord, DiagnosticSeverity.Info,
                $"Reading qualities written as words (first: {Quote(trimmed)}, read as {(int)code} {code}) were mapped to their ESPI codes.", line, column, _entryId);
            return new ReadingQuality(code);
        }
        _diagnostics.Quirk(DiagnosticCodes.OutOfRange, DiagnosticSeverity.Warning,
            $"ReadingQuality codes that are not numbers (first: {Quote(text)}) were kept as text.", line, column, _entryId, "quality-text");
        return new ReadingQuality((QualityOfReading)(-1)) { Text = trimmed.ToString() };
    }

    /// <summary>Reads a code of a code table; a non-numeric code is reported and read as absent rather than fail the entry.</summary>
    private int? ReadCode()
    {
        var leaf = NodeName;
        var empty = NodeIsEmpty;
        var text = ReadText(leaf);
        if (text.Trim().IsEmpty)
        {
            if (!empty)
            {
                NoteEmpty(leaf, ValueLine, ValueColumn); // <uom></uom>: absent, and said; <uom/> is plainly absent
            }
            return null;
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

    // ---- Lenient readings -------------------------------------------------------------------------------------

    /// <summary>
    /// Lenient mode: one reading, or none when it holds a data error; the reading alone is skipped (counted, reported
    /// once with the first reason) and the block goes on.
    /// </summary>
    private bool TryReadIntervalReadingLenient(DateTimeInterval? block, bool hasPrevious, long previousEnd, long previousDuration,
        int index, ReadingOrigin? origin, out IntervalReading reading)
    {
        var depth = _node.Depth;
        var line = Line;
        var column = Column;
        var pathDepth = _pathDepth;
        try
        {
            reading = ReadIntervalReading(block, hasPrevious, previousEnd, previousDuration, index, origin);
            return true;
        }
        catch (GreenButtonException ex) when (ex.IsDataError)
        {
            _pathDepth = pathDepth;
            SkipRestOfUnit(depth);
            _diagnostics.Quirk(DiagnosticCodes.SkippedReading, DiagnosticSeverity.Error,
                $"Skipped IntervalReadings that could not be read, each alone (first: IntervalReading {index + 1} of its block, at {ex.ElementPath}: {ex.Reason})",
                line, column, _entryId);
            reading = default;
            return false;
        }
    }

    // ---- Streaming readings ----------------------------------------------------------------------------------

    /// <summary>What <see cref="ReadIntervalReadingsBatch"/> keeps between two batches.</summary>
    internal sealed class ReadingStream
    {
        public bool Started { get; set; }
        public bool Ended { get; set; }
    }

    /// <summary>The reused list <see cref="ReadIntervalReadingsBatch"/> fills.</summary>
    internal List<IntervalReading> StreamedReadings => _blockReadings;

    /// <summary>
    /// Fills <see cref="StreamedReadings"/> with the next readings: up to one batch of the block being read, or the held
    /// readings of an entry whose links came after its content. False at the end of the input. Outside blocks the one
    /// entry walker (<see cref="WalkStep"/>) walks the feed, in readings mode: IntervalBlocks are streamed, ReadingTypes
    /// read for their intervalLength (it places readings that have no timePeriod), every other resource skipped. A plain
    /// method called once per batch: the caller's enumerator hands out the readings without an iterator state machine per
    /// reading.
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
            _streamed = new StreamedBlock();
            if (!MoveToRoot())
            {
                _diagnostics.Flush();
                s.Ended = true;
                return false;
            }
        }
        var block = _streamed!;
        while (true)
        {
            if (block.Open)
            {
                FillBatch(block, batch);
                if (batch.Count > 0)
                {
                    return true;
                }
                continue;
            }
            var walked = WalkStep();
            if (walked == Walked.Readings)
            {
                return true;
            }
            if (walked == Walked.End)
            {
                break;
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

        /// <summary>Where the block's start tag is: lenient mode skips the block from there.</summary>
        public int Depth { get; private set; }
        public int Line { get; private set; }
        public int Column { get; private set; }

        /// <summary>The hrefs of the block's readings, shared by all of them.</summary>
        public ReadingOrigin? Origin { get; private set; }

        public void Start(ReadingOrigin? origin, int depth, int line, int column)
        {
            Origin = origin;
            Open = true;
            Interval = null;
            Index = 0;
            PreviousEnd = PreviousDuration = 0;
            Depth = depth;
            Line = line;
            Column = column;
        }
    }

    /// <summary>
    /// Reads up to <see cref="StreamBatch"/> readings of the open block into <paramref name="batch"/>; closes the block
    /// at its end tag, or (lenient mode) at a data error outside a reading, after skipping the rest of the block.
    /// </summary>
    private void FillBatch(StreamedBlock block, List<IntervalReading> batch)
    {
        var interval = block.Interval;
        var index = block.Index;
        var previousEnd = block.PreviousEnd;
        var previousDuration = block.PreviousDuration;
        var origin = block.Origin;
        var pathDepth = _pathDepth;
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
                var ns = NodeNamespace;
                var name = NodeName;
                if (!ReferenceEquals(ns, _n.Espi) && !ReferenceEquals(ns, _n.Customer))
                {
                    SkipUnknown();
                }
                else if (Is(name, _n.IntervalReading))
                {
                    IntervalReading reading;
                    if (!_lenient)
                    {
                        reading = ReadIntervalReading(interval, index > 0, previousEnd, previousDuration, index, origin);
                    }
                    else if (!TryReadIntervalReadingLenient(interval, index > 0, previousEnd, previousDuration, index, origin, out reading))
                    {
                        continue;
                    }
                    previousEnd = reading.EndSeconds;
                    previousDuration = reading.DurationSeconds;
                    batch.Add(reading);
                    FixFirstDuration(batch, index);
                    index++;
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
        catch (GreenButtonException ex) when (ex.IsDataError && _lenient)
        {
            _pathDepth = pathDepth - 1; // the block's own entry on the path
            var dropped = SkipRestOfUnit(block.Depth);
            ReportSkipped(_n.IntervalBlock, block.Line, block.Column, ex, dropped, index);
            block.Open = false;
        }
        block.Interval = interval;
        block.Index = index;
        block.PreviousEnd = previousEnd;
        block.PreviousDuration = previousDuration;
    }
}
