using System.Buffers;
using System.Text.Unicode;
using System.Xml;

namespace GreenButton;

internal sealed partial class Utf8XmlReader
{
    private enum DocumentState : byte
    {
        Start,
        Prolog,
        Content,
        Epilog,
    }

    /// <summary>What a token's scan came to.</summary>
    private enum Scan : byte
    {
        /// <summary>A node for the caller.</summary>
        Node,

        /// <summary>Whitespace, a comment or a processing instruction: nothing for the caller.</summary>
        Ignored,

        /// <summary>The token runs past the bytes read: read more and scan it again.</summary>
        More,

        /// <summary>Not this reader's to read: the framework's reader takes over at the token.</summary>
        HandOver,
    }

    private struct Attribute
    {
        public string Local;
        public string Prefix;
        public string Ns;
        public string QName;
        public int ValueStart;
        public int ValueLength;
        public bool Plain;
        public string? Value;
        public int Line;
        public int Column;
    }

    private struct OpenElement
    {
        public NameEntry Name;
        public string Ns;
        public int Bindings;
        public int Line;
        public int Column;

        /// <summary>The element's namespace declarations and xml: attributes as written again (hand-over), or "".</summary>
        public string Declarations;
    }

    /// <summary>The most attributes a start tag may have here; more are the framework's reader's (hostile input).</summary>
    internal const int MaxAttributes = 64;

    /// <summary>The most namespace declarations in scope here; more are the framework's reader's (hostile input).</summary>
    internal const int MaxBindings = 256;

    private static readonly SearchValues<byte> Whitespace = SearchValues.Create(" \t\r\n"u8);

    /// <summary>Bytes that end a plain run of text: markup, references, line ends, control characters, ']', non-ASCII.</summary>
    private static readonly SearchValues<byte> TextSpecial = SearchValues.Create(Specials("<&]"));

    /// <summary>Bytes that end a plain run of an attribute value (which normalizes tabs and line ends).</summary>
    private static readonly SearchValues<byte> AttributeSpecial = SearchValues.Create(Specials("<&\"'\t"));

    /// <summary>Bytes that end a plain run of a comment or a processing instruction.</summary>
    private static readonly SearchValues<byte> CommentSpecial = SearchValues.Create(Specials("-?"));

    private static byte[] Specials(string ascii)
    {
        var list = new List<byte>();
        for (var b = 0; b < 0x20; b++)
        {
            if (b != '\t')
            {
                list.Add((byte)b);
            }
        }
        foreach (var c in ascii)
        {
            list.Add((byte)c);
        }
        for (var b = 0x80; b < 0x100; b++)
        {
            list.Add((byte)b);
        }
        return [.. list.Distinct()];
    }

    private byte[] _buf = new byte[1 << 16];
    private int _pos;
    private int _end;
    private bool _eof;

    // Bytes up to _validated are valid UTF-8; _invalid once bytes that are not were read (the framework's reader
    // decodes ahead and fails on them before it reaches their node: this reader hands over as soon as it reads them).
    private int _validated;
    private bool _invalid;

    // Line state at _pos: its line, the buffer index its line starts at, and bytes minus UTF-16 chars of that line so far.
    private int _line = 1;
    private int _lineStart;
    private int _colAdjust;

    // The same at the start of the token being scanned, to scan it again or hand over at it.
    private int _tokenLine;
    private int _tokenLineStart;
    private int _tokenColAdjust;

    private DocumentState _state;
    private int _nodes;
    private bool _popPending;

    // The node.
    private XmlNodeType _type;
    private int _depth;
    /// <summary>The element's or end tag's name; text nodes leave it as it was (the getters know their kind).</summary>
    private NameEntry _name;
    private string _ns;
    private readonly string _empty;
    private readonly NameEntry _emptyName;
    private readonly NameEntry _xmlDeclarationName;

    /// <summary>The last start tag's name: the next start tag is most often the one that followed it last time.</summary>
    private NameEntry? _lastStart;
    private bool _isEmpty;
    private int _nodeLine;
    private int _nodeColumn;
    private string? _declaration;

    private Attribute[] _attrs = new Attribute[8];
    private int _attrCount;
    private int _attrIndex = -1;
    private bool _onAttrValue;

    private OpenElement[] _open = new OpenElement[16];
    private int _openCount;

    private (string Prefix, string Uri)[] _bindings = new (string, string)[16];
    private int _bindingCount;

    private int ColumnAt(int index) => index - _lineStart + 1 - _colAdjust;

    private bool ReadNode()
    {
        _attrIndex = -1;
        _onAttrValue = false;
        _attrCount = 0;
        _valueString = null;
        _declaration = null;
        if (_popPending)
        {
            Pop();
        }
        while (true)
        {
            var start = _pos;
            _tokenLine = _line;
            _tokenLineStart = _lineStart;
            _tokenColAdjust = _colAdjust;
            if (_nodes + 1 == HandOverAtNode && _state != DocumentState.Start)
            {
                return HandOver(start);
            }
            var scan = start < _end ? ScanToken(start) : Scan.More;
            switch (scan)
            {
                case Scan.Node:
                    _nodes++;
                    return true;
                case Scan.Ignored:
                    continue;
                case Scan.More:
                    RestoreToken(start);
                    if (Fill())
                    {
                        if (_invalid)
                        {
                            return HandOver(_pos);
                        }
                        continue;
                    }
                    if (_pos == _end && _eof && _state == DocumentState.Epilog)
                    {
                        _type = XmlNodeType.None;
                        _depth = 0;
                        _name = _emptyName;
                        _ns = _empty;
                        _nodeLine = _line;
                        _nodeColumn = ColumnAt(_pos);
                        _readState = ReadState.EndOfFile;
                        return false;
                    }
                    return HandOver(_pos);
                default:
                    RestoreToken(start);
                    return HandOver(start);
            }
        }
    }

    private void RestoreToken(int start)
    {
        _pos = start;
        _line = _tokenLine;
        _lineStart = _tokenLineStart;
        _colAdjust = _tokenColAdjust;
    }

    /// <summary>
    /// Reads more bytes, keeping those from <see cref="_pos"/> on (all of them before the root, for a hand-over);
    /// false at the end of the input or when a token would outgrow <see cref="MaxBuffer"/>.
    /// </summary>
    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }
        var keep = _state is DocumentState.Start or DocumentState.Prolog ? 0 : _pos;
        if (keep > 0)
        {
            _buf.AsSpan(keep, _end - keep).CopyTo(_buf);
            _end -= keep;
            _pos -= keep;
            _lineStart -= keep;
            _validated -= keep;
        }
        if (_end == _buf.Length)
        {
            if (_buf.Length >= MaxBuffer)
            {
                return false;
            }
            Array.Resize(ref _buf, _buf.Length * 2);
        }
        var read = _stream.Read(_buf, _end, _buf.Length - _end);
        if (read == 0)
        {
            _eof = true;
            _invalid |= !Utf8.IsValid(_buf.AsSpan(_validated, _end - _validated));
            return _invalid;
        }
        _end += read;
        Validate();
        return true;
    }

    /// <summary>Checks the bytes read since the last check, up to the last whole UTF-8 sequence.</summary>
    private void Validate()
    {
        var upTo = _end;
        var k = _end - 1;
        while (k > _validated && _end - k < 4 && (_buf[k] & 0xC0) == 0x80)
        {
            k--;
        }
        if (k >= _validated && _buf[k] >= 0xC0)
        {
            var need = _buf[k] >= 0xF0 ? 4 : _buf[k] >= 0xE0 ? 3 : 2;
            if (_end - k < need)
            {
                upTo = k;
            }
        }
        _invalid |= !Utf8.IsValid(_buf.AsSpan(_validated, upTo - _validated));
        _validated = upTo;
    }

    private Scan ScanToken(int p)
    {
        var b = _buf.AsSpan(0, _end);
        if (_state == DocumentState.Start)
        {
            return ScanStart(b, p);
        }
        if (b[p] == (byte)'<')
        {
            if (p + 1 >= b.Length)
            {
                return Scan.More;
            }
            switch (b[p + 1])
            {
                case (byte)'/':
                    return ScanEndTag(b, p);
                case (byte)'?':
                    return ScanProcessingInstruction(b, p);
                case (byte)'!':
                    return ScanComment(b, p);
                default:
                    return ScanStartTag(b, p);
            }
        }
        // Whitespace, then markup: ignored. Anything else is text, from the whitespace on.
        var rest = b[p..];
        var ws = rest.IndexOfAnyExcept(Whitespace);
        if (ws < 0)
        {
            return Scan.More;
        }
        if (rest[ws] == (byte)'<')
        {
            SkipLines(b, p, p + ws);
            _pos = p + ws;
            return Scan.Ignored;
        }
        return _state == DocumentState.Content ? ScanText(b, p) : Scan.HandOver;
    }

    /// <summary>The first bytes: a UTF-8 byte order mark, then an XML declaration; another encoding is handed over.</summary>
    private Scan ScanStart(ReadOnlySpan<byte> b, int p)
    {
        if (b.Length < 6 && !_eof)
        {
            return Scan.More;
        }
        var head = b[p..];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            // Not a char of the document: columns start after it.
            p += 3;
            _lineStart = p;
            _pos = p;
            head = b[p..];
        }
        if (head.StartsWith("<?xml"u8) && head.Length > 5 && Whitespace.Contains(head[5]))
        {
            // The state moves on once the declaration is whole: scanned again, it is still the first token.
            var scan = ScanDeclaration(b, p);
            if (scan == Scan.Node)
            {
                _state = DocumentState.Prolog;
            }
            return scan;
        }
        _state = DocumentState.Prolog;
        return Scan.Ignored;
    }

    /// <summary>Counts the line ends of a run of whitespace (or any run without markup) in <c>[from, to)</c>.</summary>
    private void SkipLines(ReadOnlySpan<byte> b, int from, int to)
    {
        var run = b[from..to];
        var last = run.LastIndexOfAny((byte)'\n', (byte)'\r');
        if (last < 0)
        {
            return;
        }
        if (run.Contains((byte)'\r'))
        {
            for (var i = from; i < to; i++)
            {
                if (b[i] == (byte)'\n' || (b[i] == (byte)'\r' && (i + 1 >= b.Length || b[i + 1] != (byte)'\n')))
                {
                    NewLine(i + 1);
                }
            }
            return;
        }
        _line += run.Count((byte)'\n');
        _lineStart = from + last + 1;
        _colAdjust = 0;
    }

    private void NewLine(int next)
    {
        _line++;
        _lineStart = next;
        _colAdjust = 0;
    }

    /// <summary>Stores the node's name, skipping the write barrier when it is the one already there (an end tag after its text).</summary>
    private void SetName(NameEntry name, string ns)
    {
        if (!ReferenceEquals(_name, name))
        {
            _name = name;
        }
        if (!ReferenceEquals(_ns, ns))
        {
            _ns = ns;
        }
    }

    private void SetNode(XmlNodeType type, int depth, int line, int column)
    {
        _type = type;
        _depth = depth;
        _nodeLine = line;
        _nodeColumn = column;
    }

    // ---- Text ----------------------------------------------------------------------------------------------------

    private Scan ScanText(ReadOnlySpan<byte> b, int start)
    {
        var line = _line;
        var column = ColumnAt(start);
        var p = start;
        var plain = true;
        while (true)
        {
            var i = b[p..].IndexOfAny(TextSpecial);
            if (i < 0)
            {
                return Scan.More;
            }
            p += i;
            var c = b[p];
            if (c == (byte)'<')
            {
                break;
            }
            switch (c)
            {
                case (byte)'\n':
                    NewLine(++p); // a line feed keeps the text plain; a CR is normalized
                    break;
                case (byte)'&':
                {
                    var n = ScanReference(b[p..], out _);
                    if (n <= 0)
                    {
                        return n == 0 ? Scan.More : Scan.HandOver;
                    }
                    plain = false;
                    p += n;
                    break;
                }
                case (byte)']':
                    if (p + 2 >= b.Length)
                    {
                        return Scan.More;
                    }
                    if (b[p + 1] == (byte)']' && b[p + 2] == (byte)'>')
                    {
                        return Scan.HandOver;
                    }
                    p++;
                    break;
                default:
                {
                    var n = ScanLineOrUtf8(b, p); // a CR, a control character (handed over) or non-ASCII
                    if (n <= 0)
                    {
                        return n == 0 ? Scan.More : Scan.HandOver;
                    }
                    plain = false;
                    p += n;
                    break;
                }
            }
        }
        _valueStart = start;
        _valueLength = p - start;
        _valuePlain = plain;
        _chunk = 0;
        if (plain ? b[start..p].IndexOfAnyExcept(Whitespace) < 0 : DecodeText() && _chars.AsSpan(0, _charCount).IndexOfAnyExcept(" \t\r\n") < 0)
        {
            _pos = p;
            return Scan.Ignored; // whitespace only, also by references (&#32;): the framework's reader drops it too
        }
        _pos = p;
        SetNode(XmlNodeType.Text, _openCount, line, column);
        _isEmpty = false;
        return Scan.Node;
    }

    // ---- Comments and processing instructions ----------------------------------------------------------------------

    private Scan ScanComment(ReadOnlySpan<byte> b, int start)
    {
        if (b.Length - start < 4)
        {
            return Scan.More;
        }
        if (!b[start..].StartsWith("<!--"u8))
        {
            return Scan.HandOver; // CDATA, DOCTYPE, or not markup at all
        }
        return ScanUntilEnd(b, start + 4, comment: true);
    }

    /// <summary>The rest of a comment (to "-->", refusing "--" inside) or of a processing instruction (to "?>").</summary>
    private Scan ScanUntilEnd(ReadOnlySpan<byte> b, int p, bool comment)
    {
        var end = comment ? (byte)'-' : (byte)'?';
        while (true)
        {
            var i = b[p..].IndexOfAny(CommentSpecial);
            if (i < 0)
            {
                return Scan.More;
            }
            p += i;
            var c = b[p];
            if (c == end)
            {
                if (p + (comment ? 2 : 1) >= b.Length)
                {
                    return Scan.More;
                }
                if (comment && b[p + 1] == (byte)'-')
                {
                    if (b[p + 2] != (byte)'>')
                    {
                        return Scan.HandOver;
                    }
                    _pos = p + 3;
                    return Scan.Ignored;
                }
                if (!comment && b[p + 1] == (byte)'>')
                {
                    _pos = p + 2;
                    return Scan.Ignored;
                }
                p++;
            }
            else if (c is (byte)'-' or (byte)'?')
            {
                p++;
            }
            else
            {
                var n = ScanLineOrUtf8(b, p);
                if (n <= 0)
                {
                    return n == 0 ? Scan.More : Scan.HandOver;
                }
                p += n;
            }
        }
    }

    /// <summary>A line end or a UTF-8 sequence at <paramref name="p"/>: its length, 0 for more bytes, -1 to hand over.</summary>
    private int ScanLineOrUtf8(ReadOnlySpan<byte> b, int p)
    {
        switch (b[p])
        {
            case (byte)'\n':
                NewLine(p + 1);
                return 1;
            case (byte)'\r':
                if (p + 1 >= b.Length)
                {
                    return 0;
                }
                var n = b[p + 1] == (byte)'\n' ? 2 : 1;
                NewLine(p + n);
                return n;
            case < 0x80:
                return -1;
            default:
                return ScanUtf8(b[p..]);
        }
    }

    private Scan ScanProcessingInstruction(ReadOnlySpan<byte> b, int start)
    {
        var p = start + 2;
        var nameEnd = ScanName(b, p, out _);
        if (nameEnd < 0)
        {
            return nameEnd == -2 ? Scan.More : Scan.HandOver;
        }
        var target = b[p..nameEnd];
        if (target.Length == 3 && (target[0] | 0x20) == 'x' && (target[1] | 0x20) == 'm' && (target[2] | 0x20) == 'l')
        {
            return Scan.HandOver; // a declaration out of place, or a reserved target
        }
        if (target.Contains((byte)':'))
        {
            return Scan.HandOver;
        }
        p = nameEnd;
        if (p + 1 >= b.Length)
        {
            return Scan.More;
        }
        if (b[p] == (byte)'?')
        {
            if (b[p + 1] != (byte)'>')
            {
                return Scan.HandOver; // "<?x?l": the target does not end at a '?' that does not end the instruction
            }
            _pos = p + 2;
            return Scan.Ignored;
        }
        if (!Whitespace.Contains(b[p]))
        {
            return Scan.HandOver;
        }
        return ScanUntilEnd(b, p, comment: false);
    }

    // ---- Start and end tags ----------------------------------------------------------------------------------------

    private Scan ScanEndTag(ReadOnlySpan<byte> b, int start)
    {
        if (_openCount == 0)
        {
            return Scan.HandOver;
        }
        ref var open = ref _open[_openCount - 1];
        var p = start + 2;
        var name = open.Name.Bytes;
        if (b.Length - p <= name.Length)
        {
            return Scan.More;
        }
        if (!b.Slice(p, name.Length).SequenceEqual(name))
        {
            return Scan.HandOver;
        }
        var column = ColumnAt(p);
        p += name.Length;
        if (b[p] != (byte)'>')
        {
            if (IsNameByte(b[p]))
            {
                return Scan.HandOver; // a longer name: not this element's end tag
            }
            var ws = b[p..].IndexOfAnyExcept(Whitespace);
            if (ws < 0)
            {
                return Scan.More;
            }
            if (b[p + ws] != (byte)'>')
            {
                return Scan.HandOver;
            }
            SkipLines(b, p, p + ws);
            p += ws;
        }
        _pos = p + 1;
        SetNode(XmlNodeType.EndElement, _openCount - 1, _tokenLine, column);
        SetName(open.Name, open.Ns);
        _isEmpty = false;
        _popPending = true;
        return Scan.Node;
    }

    private Scan ScanStartTag(ReadOnlySpan<byte> b, int start)
    {
        if (_state == DocumentState.Epilog)
        {
            return Scan.HandOver; // a second root element
        }
        var p = start + 1;
        var line = _line;
        var column = ColumnAt(p);
        int nameEnd;
        NameEntry name;
        if (_lastStart?.Next is { } guess && b.Length - p > guess.Bytes.Length && b.Slice(p, guess.Bytes.Length).SequenceEqual(guess.Bytes)
            && !NameBytes[b[p + guess.Bytes.Length]])
        {
            name = guess;
            nameEnd = p + guess.Bytes.Length;
        }
        else
        {
            nameEnd = ScanName(b, p, out name);
            if (nameEnd < 0)
            {
                return nameEnd == -2 ? Scan.More : Scan.HandOver;
            }
            if (_lastStart is { } last)
            {
                last.Next = name;
            }
        }
        p = nameEnd;
        var count = 0;
        var empty = false;
        while (true)
        {
            if (p >= b.Length)
            {
                return Scan.More;
            }
            var c = b[p];
            var spaced = false;
            if (Whitespace.Contains(c))
            {
                var ws = b[p..].IndexOfAnyExcept(Whitespace);
                if (ws < 0)
                {
                    return Scan.More;
                }
                SkipLines(b, p, p + ws);
                p += ws;
                c = b[p];
                spaced = true;
            }
            if (c == (byte)'>')
            {
                p++;
                break;
            }
            if (c == (byte)'/')
            {
                if (p + 1 >= b.Length)
                {
                    return Scan.More;
                }
                if (b[p + 1] != (byte)'>')
                {
                    return Scan.HandOver;
                }
                p += 2;
                empty = true;
                break;
            }
            if (!spaced)
            {
                return Scan.HandOver; // attributes need whitespace before them
            }
            var scan = ScanAttribute(b, ref p, count);
            if (scan != Scan.Node)
            {
                return scan;
            }
            count++;
        }
        if (count > MaxAttributes)
        {
            return Scan.HandOver; // the duplicate check here is quadratic; the framework's reader hashes
        }
        _attrCount = count;
        if (!Resolve(name, out var ns, out var bindings, out var declarations))
        {
            _attrCount = 0;
            return Scan.HandOver;
        }
        _pos = p;
        SetNode(XmlNodeType.Element, _openCount, line, column);
        SetName(name, ns);
        if (!ReferenceEquals(_lastStart, name))
        {
            _lastStart = name;
        }
        _isEmpty = empty;
        Push(name, ns, bindings, declarations, line, column);
        _popPending = empty;
        if (_state == DocumentState.Prolog)
        {
            _state = DocumentState.Content;
        }
        return Scan.Node;
    }

    private Scan ScanAttribute(ReadOnlySpan<byte> b, ref int p, int index)
    {
        var line = _line;
        var column = ColumnAt(p);
        var nameEnd = ScanName(b, p, out var name);
        if (nameEnd < 0)
        {
            return nameEnd == -2 ? Scan.More : Scan.HandOver;
        }
        p = nameEnd;
        if (!SkipSpace(b, ref p))
        {
            return Scan.More;
        }
        if (b[p] != (byte)'=')
        {
            return Scan.HandOver;
        }
        p++;
        if (!SkipSpace(b, ref p))
        {
            return Scan.More;
        }
        var quote = b[p];
        if (quote is not ((byte)'"' or (byte)'\''))
        {
            return Scan.HandOver;
        }
        var valueStart = ++p;
        var plain = true;
        while (true)
        {
            var i = b[p..].IndexOfAny(AttributeSpecial);
            if (i < 0)
            {
                return Scan.More;
            }
            p += i;
            var c = b[p];
            if (c == quote)
            {
                break;
            }
            switch (c)
            {
                case (byte)'"' or (byte)'\'':
                    p++;
                    break;
                case (byte)'<':
                    return Scan.HandOver;
                case (byte)'\t':
                    plain = false;
                    p++;
                    break;
                case (byte)'&':
                {
                    var n = ScanReference(b[p..], out _);
                    if (n <= 0)
                    {
                        return n == 0 ? Scan.More : Scan.HandOver;
                    }
                    plain = false;
                    p += n;
                    break;
                }
                default:
                {
                    var n = ScanLineOrUtf8(b, p);
                    if (n <= 0)
                    {
                        return n == 0 ? Scan.More : Scan.HandOver;
                    }
                    plain = false;
                    p += n;
                    break;
                }
            }
        }
        if (index == _attrs.Length)
        {
            Array.Resize(ref _attrs, index * 2);
        }
        ref var a = ref _attrs[index];
        a.Local = name.Local;
        a.Prefix = name.Prefix;
        a.QName = name.QName;
        a.Ns = _empty;
        a.ValueStart = valueStart;
        a.ValueLength = p - valueStart;
        a.Plain = plain;
        a.Value = null;
        a.Line = line;
        a.Column = column;
        p++;
        return Scan.Node;
    }

    private bool SkipSpace(ReadOnlySpan<byte> b, ref int p)
    {
        var ws = b[p..].IndexOfAnyExcept(Whitespace);
        if (ws < 0)
        {
            return false;
        }
        SkipLines(b, p, p + ws);
        p += ws;
        return true;
    }
}
