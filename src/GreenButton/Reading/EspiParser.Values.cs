using System.Globalization;
using System.Text;
using System.Xml;

namespace GreenButton;

internal sealed partial class EspiParser
{
    private const int MaxValueChars = 1 << 16;
    private int _valueLine;
    private int _valueColumn;

    /// <summary>Line of the last value element read (see <see cref="ReadText(string)"/>).</summary>
    private int ValueLine => _valueLine == 0 ? Line : _valueLine;

    /// <summary>Column of the last value element read.</summary>
    private int ValueColumn => _valueLine == 0 ? Column : _valueColumn;

    private const long MillisecondEpochThreshold = 100_000_000_000; // year 5138 in seconds; 1973 in milliseconds

    /// <summary>
    /// Reads the current element's text into a reused buffer, without an intermediate string where the reader allows.
    /// The span is valid until the next read.
    /// </summary>
    private ReadOnlySpan<char> ReadText() => ReadText(NodeName);

    /// <param name="leaf">The element's (atomized) name, for messages.</param>
    private ReadOnlySpan<char> ReadText(string leaf)
    {
        // The value's element lies one level below its (pushed) parent: the depth limit holds for leaves too.
        if (_pathDepth >= _maxDepth)
        {
            ThrowTooDeep();
        }
        // Where the value's element starts, for messages: two field reads, cheaper than any lookup after the fact.
        if (_fast is { } fast)
        {
            _valueLine = fast.LineNumber;
            _valueColumn = fast.LinePosition;
        }
        else if (_lineInfo is not null)
        {
            _valueLine = _lineInfo.LineNumber;
            _valueColumn = _lineInfo.LinePosition;
        }
        if (NodeIsEmpty)
        {
            Next();
            return [];
        }
        Next();
        var length = 0;
        // Fast path: one text node, then the end tag.
        if (NodeKind == XmlNodeType.Text && _canReadValueChunk)
        {
            var read = ReadChunk(_chars, 0, _chars.Length);
            length = read;
            // The framework's reader fills the buffer unless the value ended (it may hold back one char of a
            // surrogate pair), so a short read is the whole value: the second call, which returns 0 but still costs
            // a block copy, is only made when another reader is plugged in or the buffer came back (nearly) full.
            if (!_shortChunkEndsValue || read >= _chars.Length - 1)
            {
                while (read > 0)
                {
                    if (length == _chars.Length)
                    {
                        GrowChars(leaf);
                    }
                    read = ReadChunk(_chars, length, _chars.Length - length);
                    length += read;
                }
            }
            Next();
            if (NodeKind == XmlNodeType.EndElement)
            {
                Next();
                return _chars.AsSpan(0, length);
            }
        }
        while (true)
        {
            switch (NodeKind)
            {
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (_canReadValueChunk)
                    {
                        int read;
                        while ((read = ReadChunk(_chars, length, _chars.Length - length)) > 0)
                        {
                            length += read;
                            if (length == _chars.Length)
                            {
                                GrowChars(leaf);
                            }
                        }
                    }
                    else
                    {
                        var value = _reader.Value;
                        while (length + value.Length > _chars.Length)
                        {
                            GrowChars(leaf);
                        }
                        value.CopyTo(_chars.AsSpan(length));
                        length += value.Length;
                    }
                    Next();
                    break;
                case XmlNodeType.EndElement:
                    Next();
                    return _chars.AsSpan(0, length);
                case XmlNodeType.Element:
                    throw DataError($"Element '{leaf}' should hold a value, not the element '{NodeName}'.", leaf);
                case XmlNodeType.None:
                    throw Truncated();
                default:
                    Next();
                    break;
            }
        }
    }

    private void GrowChars(string leaf)
    {
        if (_chars.Length >= MaxValueChars)
        {
            throw DataError($"The value of '{leaf}' is longer than {MaxValueChars} characters.", leaf);
        }
        Array.Resize(ref _chars, _chars.Length * 2);
    }

    /// <summary>Whether the last <see cref="ReadString"/> met a CDATA section.</summary>
    private bool _stringHadCdata;

    /// <summary>Reads a string value, trimmed; null for an empty element. A child element is a data error.</summary>
    private string? ReadString()
    {
        if (_pathDepth >= _maxDepth)
        {
            ThrowTooDeep();
        }
        var leaf = NodeName;
        if (NodeIsEmpty)
        {
            Next();
            return null;
        }
        Next();
        string? single = null;
        StringBuilder? many = null;
        _stringHadCdata = false;
        while (true)
        {
            switch (NodeKind)
            {
                case XmlNodeType.CDATA:
                    _stringHadCdata = true;
                    goto case XmlNodeType.Text;
                case XmlNodeType.Text:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    var value = _reader.Value;
                    if (single is null)
                    {
                        single = value;
                    }
                    else
                    {
                        (many ??= new StringBuilder(single)).Append(value);
                    }
                    Next();
                    break;
                case XmlNodeType.EndElement:
                    Next();
                    var text = (many?.ToString() ?? single ?? "").Trim();
                    return text.Length == 0 ? null : text;
                case XmlNodeType.Element:
                    throw DataError($"Element '{leaf}' should hold text, not the element '{NodeName}'.", leaf);
                case XmlNodeType.None:
                    throw Truncated();
                default:
                    Next();
                    break;
            }
        }
    }

    /// <summary>Reads an optional number: an empty element (<c>&lt;tou/&gt;</c>, <c>&lt;tou&gt; &lt;/tou&gt;</c>) means absent.</summary>
    private long? ReadOptionalInt64()
    {
        var leaf = NodeName;
        if (NodeIsEmpty)
        {
            Next();
            return null;
        }
        var text = ReadText(leaf);
        if (TryParseInteger(text, out var value, out var padded, out var fraction) && !fraction)
        {
            if (padded)
            {
                NotePadded(leaf);
            }
            return value;
        }
        if (text.Trim().IsEmpty)
        {
            NoteEmpty(leaf, ValueLine, ValueColumn);
            return null;
        }
        throw NumberError(text, leaf);
    }

    private int? ReadOptionalInt32()
    {
        var leaf = NodeName;
        return ReadOptionalInt64() is not { } value ? null
            : value is >= int.MinValue and <= int.MaxValue ? (int)value : throw NumberError($"{value}", leaf);
    }

    private short? ReadOptionalInt16()
    {
        var leaf = NodeName;
        return ReadOptionalInt64() is not { } value ? null
            : value is >= short.MinValue and <= short.MaxValue ? (short)value : throw NumberError($"{value}", leaf);
    }

    private DateTimeOffset? ReadOptionalEpochDate()
    {
        if (NodeIsEmpty)
        {
            Next();
            return null;
        }
        return ReadOptionalEpoch() is { } seconds ? EspiTime.FromUnixSeconds(seconds) : null;
    }

    /// <summary>An epoch (<see cref="ReadEpoch(string)"/>); an element with no text means absent (reported).</summary>
    private long? ReadOptionalEpoch()
    {
        var leaf = NodeName;
        if (NodeIsEmpty)
        {
            Next();
            NoteEmpty(leaf, Line, Column);
            return null;
        }
        var text = ReadText(leaf);
        if (text.Trim().IsEmpty)
        {
            NoteEmpty(leaf, ValueLine, ValueColumn);
            return null;
        }
        return EpochOf(text, leaf);
    }

    /// <summary>A duration (<see cref="CheckDuration(long)"/>); an element with no text means absent (reported).</summary>
    private long? ReadOptionalDuration(string leaf)
    {
        if (NodeIsEmpty)
        {
            Next();
            NoteEmpty(leaf, Line, Column);
            return null;
        }
        return ReadOptionalInt64() is { } value ? CheckDuration(value) : null;
    }

    private bool? ReadOptionalBoolean()
    {
        if (NodeIsEmpty)
        {
            Next();
            return null;
        }
        return ReadBoolean();
    }

    /// <summary>An optional element written empty: absent, said once per element name with a count.</summary>
    private void NoteEmpty(string leaf, int line, int column)
        => _diagnostics.Quirk(DiagnosticCodes.EmptyElement, DiagnosticSeverity.Info,
            $"Empty '{leaf}' elements were read as absent.", line, column, _entryId, "empty:" + leaf);

    /// <summary>
    /// Reads an ESPI time (Unix seconds). Real files also carry 13-digit millisecond epochs (divided by 1000) and
    /// fractional epochs (truncated); both are reported.
    /// </summary>
    private long ReadEpoch(string leaf) => EpochOf(ReadText(leaf), leaf);

    private long EpochOf(ReadOnlySpan<char> text, string leaf)
    {
        if (!TryParseInteger(text, out var value, out var padded, out var fraction))
        {
            throw NumberError(text, leaf);
        }
        if (padded)
        {
            NotePadded(leaf);
        }
        if (fraction)
        {
            _diagnostics.Quirk(DiagnosticCodes.FractionalEpoch, DiagnosticSeverity.Warning,
                $"Fractional epoch seconds in '{leaf}' were truncated to whole seconds.", ValueLine, ValueColumn, _entryId);
        }
        if (value is >= MillisecondEpochThreshold or <= -MillisecondEpochThreshold)
        {
            _diagnostics.Quirk(DiagnosticCodes.MillisecondEpoch, DiagnosticSeverity.Warning,
                $"Millisecond epochs in '{leaf}' were divided by 1000.", ValueLine, ValueColumn, _entryId);
            value /= 1000;
        }
        if (value is < EspiTime.MinSeconds or > EspiTime.MaxSeconds)
        {
            _diagnostics.Quirk(DiagnosticCodes.OutOfRange, DiagnosticSeverity.Warning,
                $"Times outside the years 1 to 9999 (first in '{leaf}') were kept as read; as dates they are clamped to those years.", ValueLine, ValueColumn, _entryId, "time-range");
        }
        return value;
    }

    /// <summary>A DateTimeInterval's duration: UInt32 in the schema, but longer values from real files are kept and reported.</summary>
    private long CheckDuration(long value)
    {
        if (value is < 0 or > uint.MaxValue)
        {
            _diagnostics.Quirk(DiagnosticCodes.OutOfRange, DiagnosticSeverity.Warning,
                "A duration lies outside ESPI's UInt32 range; it was kept as read.", ValueLine, ValueColumn, _entryId, "duration-range");
        }
        return value;
    }

    private bool? ReadBoolean()
    {
        var leaf = NodeName;
        var text = ReadText().Trim();
        if (text.IsEmpty)
        {
            NoteEmpty(leaf, ValueLine, ValueColumn);
            return null;
        }
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("1"))
        {
            return true;
        }
        if (text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("0"))
        {
            return false;
        }
        throw new GreenButtonException($"Invalid boolean {Quote(text)} in '{leaf}'.", Source, ValueLine, ValueColumn, CurrentPath(leaf), _entryId, null) { IsDataError = true };
    }

    /// <summary>Reads hexBinary (roleFlags, DST rules) as an unsigned number; an empty element means absent (reported).</summary>
    private uint? ReadOptionalHex32()
    {
        var leaf = NodeName;
        var line = Line;
        var column = Column;
        var text = ReadText();
        if (text.Trim().IsEmpty)
        {
            NoteEmpty(leaf, line, column);
            return null;
        }
        if (DstRule.TryParse(text, out var rule))
        {
            return rule.Raw;
        }
        throw new GreenButtonException($"Invalid hexadecimal value {Quote(text)} in '{leaf}'.", Source, ValueLine, ValueColumn, CurrentPath(leaf), _entryId, null) { IsDataError = true };
    }

    private void NotePadded(string leaf)
        => _diagnostics.Quirk(DiagnosticCodes.PaddedNumber, DiagnosticSeverity.Info,
            $"Numbers padded with white space (first in '{leaf}') were trimmed.", ValueLine, ValueColumn, _entryId);

    private GreenButtonException NumberError(ReadOnlySpan<char> text, string leaf)
    {
        var reason = text.Trim().IsEmpty ? $"Element '{leaf}' is empty; a number was expected." : $"Invalid number {Quote(text)} in '{leaf}'.";
        return new GreenButtonException(reason, Source, ValueLine, ValueColumn, CurrentPath(leaf), _entryId, null) { IsDataError = true };
    }

    /// <summary>
    /// Parses an optionally signed decimal integer with optional surrounding white space and an optional fraction
    /// (reported, truncated toward zero). No allocation.
    /// </summary>
    internal static bool TryParseInteger(ReadOnlySpan<char> text, out long value, out bool padded, out bool fraction)
    {
        // Fast path, nearly every value: 1 to 18 digits alone (no sign, white space or fraction) cannot overflow.
        if ((uint)(text.Length - 1) < 18u)
        {
            ulong plain = 0;
            var i = 0;
            for (; i < text.Length; i++)
            {
                var d = (uint)(text[i] - '0');
                if (d > 9)
                {
                    break;
                }
                plain = (plain * 10) + d;
            }
            if (i == text.Length)
            {
                value = (long)plain;
                padded = fraction = false;
                return true;
            }
        }
        return TryParseIntegerInFull(text, out value, out padded, out fraction);
    }

    private static bool TryParseIntegerInFull(ReadOnlySpan<char> text, out long value, out bool padded, out bool fraction)
    {
        value = 0;
        fraction = false;
        var trimmed = text.Trim();
        padded = trimmed.Length != text.Length;
        if (trimmed.IsEmpty)
        {
            return false;
        }
        var i = 0;
        var negative = false;
        if (trimmed[0] is '-' or '+')
        {
            negative = trimmed[0] == '-';
            i = 1;
        }
        if (i >= trimmed.Length)
        {
            return false;
        }
        ulong magnitude = 0;
        var digits = 0;
        for (; i < trimmed.Length; i++)
        {
            var d = (uint)(trimmed[i] - '0');
            if (d > 9)
            {
                break;
            }
            if (magnitude > (ulong.MaxValue / 10) || (magnitude == ulong.MaxValue / 10 && d > ulong.MaxValue % 10))
            {
                return false; // no division per digit: the bounds are constants
            }
            magnitude = (magnitude * 10) + d;
            digits++;
        }
        if (i < trimmed.Length)
        {
            if (trimmed[i] != '.')
            {
                return false;
            }
            for (i++; i < trimmed.Length; i++)
            {
                if ((uint)(trimmed[i] - '0') > 9)
                {
                    return false;
                }
                fraction |= trimmed[i] != '0';
            }
            if (digits == 0)
            {
                return false;
            }
        }
        if (digits == 0)
        {
            return false;
        }
        if (negative)
        {
            if (magnitude > (ulong)long.MaxValue + 1)
            {
                return false;
            }
            value = (long)(0 - magnitude);
        }
        else
        {
            if (magnitude > long.MaxValue)
            {
                return false;
            }
            value = (long)magnitude;
        }
        return true;
    }

    // ---- Atom dates ------------------------------------------------------------------------------------------

    // RFC 3339 needs a zone: 'Z' or an offset. ("K" would also accept none, and read the time as the machine's.)
    private static readonly string[] s_rfc3339 =
    [
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    ];

    /// <summary>
    /// Reads an Atom date (RFC 3339). Date-only, zone-less and <c>HH:mm:ss:fffZ</c> dates from real files are read as
    /// UTC and reported; an unreadable date is reported and left null.
    /// </summary>
    private DateTimeOffset? ReadAtomDate()
    {
        var leaf = NodeName;
        var line = Line; // the date's own position: after it is read, the reader stands on the next node (or beyond its unit)
        var column = Column;
        var text = ReadString();
        if (text is null)
        {
            return null;
        }
        if (DateTimeOffset.TryParseExact(text, s_rfc3339, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var strict))
        {
            return strict;
        }
        if (TryParseLenientDate(text, out var lenient))
        {
            _diagnostics.Quirk(DiagnosticCodes.LenientDate, DiagnosticSeverity.Info,
                $"Atom dates not in RFC 3339 form (first: {Quote(text)} in '{leaf}') were read as UTC.", line, column, _entryId);
            return lenient;
        }
        _diagnostics.Quirk(DiagnosticCodes.InvalidDate, DiagnosticSeverity.Warning,
            $"Unreadable Atom date {Quote(text)} in '{leaf}' was left empty.", line, column, _entryId);
        return null;
    }

    internal static bool TryParseLenientDate(string text, out DateTimeOffset value)
    {
        // "2013-06-24T00:00:00:599Z": milliseconds after a colon.
        var colonFraction = System.Text.RegularExpressions.Regex.Match(text, @"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d):(\d{1,7})(Z|[+-]\d\d:?\d\d)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (colonFraction.Success)
        {
            text = $"{colonFraction.Groups[1].Value}.{colonFraction.Groups[2].Value}{colonFraction.Groups[3].Value}";
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);
    }
}
