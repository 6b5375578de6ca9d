using System.Collections.ObjectModel;
using System.Xml;

namespace GreenButton;

internal sealed partial class EspiParser
{
    /// <summary>The intervalLength of the last ReadingType read: the period of readings written without a timePeriod.</summary>
    private long? _lastIntervalLength;

    private IntervalBlock ReadIntervalBlock()
    {
        var line = Line;
        var column = Column;
        BatchItemInfo? batchItemInfo = null;
        DateTimeInterval? interval = null;
        var readings = new List<IntervalReading>();
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
                    readings.Add(ReadIntervalReading(interval, readings.Count > 0 ? readings[^1] : null, readings.Count, null, null));
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
        readings.TrimExcess();
        return new IntervalBlock { Interval = interval, Readings = readings.AsReadOnly(), BatchItemInfo = batchItemInfo, Line = line, Column = column };
    }

    /// <summary>The hot path: one IntervalReading, with no allocation beyond a rare multi-quality list.</summary>
    private IntervalReading ReadIntervalReading(DateTimeInterval? block, IntervalReading? previous, int index, string? blockHref, string? upHref)
    {
        long start = 0, duration = 0, value = 0, cost = 0;
        bool hasTimePeriod = false, hasValue = false, hasCost = false;
        short? tier = null, tou = null, cpp = null;
        ReadOnlyCollection<ReadingQuality>? qualities = null;
        List<ReadingQuality>? many = null;
        var line = Line;
        var column = Column;
        Push(_n.IntervalReading, index);
        if (Enter())
        {
            while (NextChild())
            {
                if (!IsEspi)
                {
                    SkipUnknown();
                    continue;
                }
                if (_reader.IsEmptyElement)
                {
                    _reader.Read(); // <cost/>: absent
                    continue;
                }
                var name = _reader.LocalName;
                if (Is(name, _n.TimePeriod))
                {
                    var period = ReadInterval();
                    start = period.StartSeconds;
                    duration = period.DurationSeconds;
                    hasTimePeriod = true;
                }
                else if (Is(name, _n.Value))
                {
                    value = ReadInt64();
                    hasValue = true;
                }
                else if (Is(name, _n.Cost))
                {
                    cost = ReadInt64();
                    hasCost = true;
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
                    tier = ReadInt16();
                }
                else if (Is(name, _n.Tou))
                {
                    tou = ReadInt16();
                }
                else if (Is(name, _n.Cpp))
                {
                    cpp = ReadInt16();
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
            // ESPI allows it: the reading follows the previous one (or the block start) by intervalLength.
            duration = previous?.DurationSeconds ?? _lastIntervalLength ?? 0;
            start = previous?.EndSeconds ?? block?.StartSeconds ?? 0;
            _diagnostics.Quirk(DiagnosticCodes.MissingTimePeriod, DiagnosticSeverity.Info,
                "IntervalReadings without a timePeriod were placed after the previous reading (or at the block start) for intervalLength.", line, column, _entryId);
        }
        else if (block is { HasStart: true } b && start < b.StartSeconds)
        {
            _diagnostics.Quirk(DiagnosticCodes.ReadingBeforeBlock, DiagnosticSeverity.Warning,
                "IntervalReadings start before their IntervalBlock's interval; kept as written.", line, column, _entryId);
        }
        return new IntervalReading(start, duration, value, hasValue, cost, hasCost, qualities, tier, tou, cpp, hasTimePeriod, blockHref, upHref);
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
        var line = Line;
        var column = Column;
        var leaf = _reader.LocalName;
        var text = ReadText();
        if (TryParseInteger(text, out var value, out var padded, out var fraction) && !fraction && value is >= int.MinValue and <= int.MaxValue)
        {
            if (padded)
            {
                NotePadded(leaf, line, column);
            }
            return (int)value;
        }
        _diagnostics.Quirk(DiagnosticCodes.OutOfRange, DiagnosticSeverity.Warning,
            $"Code {Quote(text)} in '{leaf}' is not a number; it was dropped.", line, column, _entryId, "code:" + leaf);
        return null;
    }

    // ---- Streaming readings ----------------------------------------------------------------------------------

    /// <summary>Every IntervalReading of the document as it is read, without building blocks or entries.</summary>
    public IEnumerable<IntervalReading> ReadIntervalReadings() => Translate(ReadIntervalReadingsCore());

    private IEnumerable<IntervalReading> ReadIntervalReadingsCore()
    {
        if (!MoveToRoot())
        {
            _diagnostics.Flush();
            yield break;
        }
        var entryDepth = -1;
        var entryIndex = -1;
        var entryLine = 0;
        var entryColumn = 0;
        string? selfHref = null, upHref = null;
        List<IntervalBlock>? pending = null; // blocks met before the entry's self link
        var depthAtRoot = _pathDepth;
        while (!_reader.EOF)
        {
            var nodeType = _reader.NodeType;
            if (nodeType == XmlNodeType.EndElement)
            {
                if (_reader.Depth == entryDepth)
                {
                    if (pending is not null)
                    {
                        foreach (var block in pending)
                        {
                            foreach (var reading in block.Readings)
                            {
                                yield return reading.With(reading.StartSeconds, reading.DurationSeconds, selfHref, upHref);
                            }
                        }
                        pending = null;
                    }
                    entryDepth = -1;
                    _entryId = null;
                    _pathDepth = depthAtRoot;
                }
                _reader.Read();
                continue;
            }
            if (nodeType != XmlNodeType.Element)
            {
                _reader.Read();
                continue;
            }
            var name = _reader.LocalName;
            if (IsAtom)
            {
                if (Is(name, _n.Entry))
                {
                    entryIndex++;
                    _pathDepth = depthAtRoot;
                    Push(_n.Entry, entryIndex);
                    selfHref = upHref = null;
                    _entryId = null;
                    entryLine = Line;
                    entryColumn = Column;
                    if (_reader.IsEmptyElement)
                    {
                        _reader.Read();
                        _pathDepth = depthAtRoot;
                        continue;
                    }
                    entryDepth = _reader.Depth;
                    _reader.Read();
                }
                else if (Is(name, _n.Link) && _reader.Depth == entryDepth + 1)
                {
                    var link = ReadLink();
                    if (selfHref is null && string.Equals(link.Rel, AtomLink.SelfRel, StringComparison.OrdinalIgnoreCase))
                    {
                        selfHref = link.Href;
                    }
                    else if (upHref is null && string.Equals(link.Rel, AtomLink.UpRel, StringComparison.OrdinalIgnoreCase))
                    {
                        upHref = link.Href;
                    }
                }
                else if (Is(name, _n.Id) && _reader.Depth == entryDepth + 1)
                {
                    _entryId = ReadString();
                }
                else if (Is(name, _n.Feed) || Is(name, _n.Content))
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
                if (IsResourceName(name))
                {
                    WrongNamespaceIsTolerated(); // throws: a data error
                }
                // An unknown wrapper: descend and look inside.
                _diagnostics.Unknown(_reader.NamespaceURI, name, CurrentPath(), Line, Column, _entryId);
                _reader.Read();
                continue;
            }
            if (Is(name, _n.IntervalBlock))
            {
                if (entryDepth >= 0 && selfHref is null)
                {
                    // The entry's links may follow its content: hold the block until the entry ends.
                    (pending ??= []).Add(ReadIntervalBlockOrSkipEntry(entryDepth, entryIndex, entryLine, entryColumn) ?? s_emptyBlock);
                    continue;
                }
                foreach (var reading in StreamBlock(selfHref, upHref, entryDepth, entryIndex, entryLine, entryColumn))
                {
                    yield return reading;
                }
            }
            else if (Is(name, _n.ReadingType))
            {
                ReadReadingType(); // remembers intervalLength for readings without a timePeriod
            }
            else if (Is(name, _n.MeterReading))
            {
                ReadMeterReading(); // may embed a ReadingType
            }
            else if (IsResourceName(name))
            {
                _reader.Skip();
            }
            else
            {
                SkipUnknown();
            }
        }
        _diagnostics.Flush();
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

    /// <summary>Streams one block's readings; a data error in lenient mode skips the rest of the entry.</summary>
    private IEnumerable<IntervalReading> StreamBlock(string? selfHref, string? upHref, int entryDepth, int entryIndex, int entryLine, int entryColumn)
    {
        DateTimeInterval? interval = null;
        IntervalReading? previous = null;
        var index = 0;
        var pathDepth = _pathDepth;
        Push(_n.IntervalBlock);
        if (!Enter())
        {
            Pop();
            yield break;
        }
        while (true)
        {
            IntervalReading reading;
            try
            {
                if (!NextChild())
                {
                    break;
                }
                var name = _reader.LocalName;
                if (!IsEspi)
                {
                    SkipUnknown();
                    continue;
                }
                if (Is(name, _n.IntervalReading))
                {
                    reading = ReadIntervalReading(interval, previous, index++, selfHref, upHref);
                }
                else
                {
                    if (Is(name, _n.Interval))
                    {
                        interval = ReadInterval();
                    }
                    else
                    {
                        SkipUnknown();
                    }
                    continue;
                }
            }
            catch (GreenButtonException ex) when (ex.IsDataError && _options.Lenient && entryDepth >= 0)
            {
                _pathDepth = pathDepth;
                SkipRestOfEntry(ex, entryDepth, entryIndex, entryLine, entryColumn, index - 1);
                yield break;
            }
            previous = reading;
            yield return reading;
        }
        Pop();
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
