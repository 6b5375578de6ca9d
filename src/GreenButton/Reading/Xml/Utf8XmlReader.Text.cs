using System.Buffers;
using System.Text;

namespace GreenButton;

internal sealed partial class Utf8XmlReader
{
    /// <summary>A qualified name as read, with its atomized strings: looked up by its bytes, so a name is made once.</summary>
    private sealed class NameEntry(byte[] bytes, string qname, string prefix, string local)
    {
        public readonly byte[] Bytes = bytes;
        public readonly string QName = qname;
        public readonly string Prefix = prefix;
        public readonly string Local = local;

        /// <summary>The start tag that followed this one last time, tried first (its bytes compared, no hash).</summary>
        public NameEntry? Next;
    }

    private const int NameCacheSize = 1024;

    /// <summary>Bytes a decoded text node changes: references, CRs, non-ASCII.</summary>
    private static readonly SearchValues<byte> TextDecodeSpecial = SearchValues.Create(NonAsciiAnd("&\r"));

    /// <summary>Bytes a decoded attribute value changes: references, tabs, line ends, non-ASCII.</summary>
    private static readonly SearchValues<byte> AttributeDecodeSpecial = SearchValues.Create(NonAsciiAnd("&\r\n\t"));

    private static byte[] NonAsciiAnd(string ascii) => [.. ascii.Select(c => (byte)c), .. Enumerable.Range(0x80, 0x80).Select(b => (byte)b)];

    /// <summary>ASCII name characters: letters, digits, '.', '-', '_' and ':'.</summary>
    private static readonly bool[] NameBytes = CreateNameBytes();

    private readonly NameEntry?[] _nameCache = new NameEntry?[NameCacheSize];
    private char[] _nameChars = new char[64];

    // The text node's value: bytes in the buffer; decoded into _chars unless plain ASCII without references or CRs.
    private int _valueStart;
    private int _valueLength;
    private bool _valuePlain;
    private int _chunk;
    private char[] _chars = new char[256];
    private int _charCount;
    private string? _valueString;

    private static bool[] CreateNameBytes()
    {
        var table = new bool[256];
        for (var c = 0; c < 128; c++)
        {
            table[c] = char.IsAsciiLetterOrDigit((char)c) || c is '.' or '-' or '_' or ':';
        }
        return table;
    }

    private static bool IsNameByte(byte b) => NameBytes[b];

    private static bool IsNameStart(byte b) => char.IsAsciiLetter((char)b) || b == (byte)'_';

    /// <summary>
    /// The ASCII name at <paramref name="p"/>: its end, with <paramref name="name"/>; -2 for more bytes; -1 to hand over
    /// (no name, a name the framework's reader refuses, or a name with other characters).
    /// </summary>
    private int ScanName(ReadOnlySpan<byte> b, int p, out NameEntry name)
    {
        name = null!;
        if (p >= b.Length)
        {
            return -2;
        }
        if (!IsNameStart(b[p]))
        {
            return -1;
        }
        var hash = 2166136261u;
        var q = p;
        while (true)
        {
            if (q >= b.Length)
            {
                return -2;
            }
            var c = b[q];
            if (!NameBytes[c])
            {
                break;
            }
            hash = (hash ^ c) * 16777619u;
            q++;
        }
        var bytes = b[p..q];
        var slot = (int)(hash & (NameCacheSize - 1));
        if (_nameCache[slot] is { } cached && bytes.SequenceEqual(cached.Bytes))
        {
            name = cached;
            return q;
        }
        if (CreateName(bytes) is not { } created)
        {
            return -1;
        }
        _nameCache[slot] = name = created;
        return q;
    }

    private NameEntry? CreateName(ReadOnlySpan<byte> bytes)
    {
        var colon = bytes.IndexOf((byte)':');
        if (colon >= 0 && (colon == 0 || colon == bytes.Length - 1 || bytes[(colon + 1)..].Contains((byte)':') || !IsNameStart(bytes[colon + 1])))
        {
            return null;
        }
        if (_nameChars.Length < bytes.Length)
        {
            _nameChars = new char[bytes.Length * 2];
        }
        Ascii.ToUtf16(bytes, _nameChars, out _);
        var qname = _names.Add(_nameChars, 0, bytes.Length);
        return colon < 0
            ? new NameEntry(bytes.ToArray(), qname, _empty, qname)
            : new NameEntry(bytes.ToArray(), qname, _names.Add(_nameChars, 0, colon), _names.Add(_nameChars, colon + 1, bytes.Length - colon - 1));
    }

    /// <summary>
    /// The character or entity reference at the start of <paramref name="s"/>: its length, with its code point; 0 for
    /// more bytes; -1 to hand over (an undeclared entity, a character XML forbids, or an unusual spelling).
    /// </summary>
    private static int ScanReference(ReadOnlySpan<byte> s, out int codePoint)
    {
        codePoint = 0;
        var semi = s[1..Math.Min(s.Length, 32)].IndexOf((byte)';');
        if (semi < 0)
        {
            return s.Length < 32 ? 0 : -1;
        }
        var body = s.Slice(1, semi);
        if (body.Length > 1 && body[0] == (byte)'#')
        {
            var hex = body[1] == (byte)'x';
            var digits = body[(hex ? 2 : 1)..];
            if (digits.IsEmpty)
            {
                return -1;
            }
            var value = 0;
            foreach (var d in digits)
            {
                int digit;
                if (d is >= (byte)'0' and <= (byte)'9')
                {
                    digit = d - '0';
                }
                else if (hex && (d | 0x20) is >= 'a' and <= 'f')
                {
                    digit = (d | 0x20) - 'a' + 10;
                }
                else
                {
                    return -1;
                }
                value = value * (hex ? 16 : 10) + digit;
                if (value > 0x10FFFF)
                {
                    return -1;
                }
            }
            if (!IsXmlChar(value))
            {
                return -1;
            }
            codePoint = value;
        }
        else
        {
            codePoint = body switch
            {
                _ when body.SequenceEqual("lt"u8) => '<',
                _ when body.SequenceEqual("gt"u8) => '>',
                _ when body.SequenceEqual("amp"u8) => '&',
                _ when body.SequenceEqual("quot"u8) => '"',
                _ when body.SequenceEqual("apos"u8) => '\'',
                _ => -1,
            };
            if (codePoint < 0)
            {
                return -1;
            }
        }
        return semi + 2;
    }

    private static bool IsXmlChar(int c)
        => c is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    /// <summary>The UTF-8 sequence at the start of <paramref name="s"/>: its length (columns count its UTF-16 chars); 0 for more bytes; -1 if invalid.</summary>
    private int ScanUtf8(ReadOnlySpan<byte> s)
    {
        var status = Rune.DecodeFromUtf8(s, out var rune, out var length);
        if (status == OperationStatus.NeedMoreData)
        {
            return 0;
        }
        if (status != OperationStatus.Done || !IsXmlChar(rune.Value))
        {
            return -1;
        }
        _colAdjust += length - rune.Utf16SequenceLength;
        return length;
    }

    // ---- The XML declaration -----------------------------------------------------------------------------------

    private Scan ScanDeclaration(ReadOnlySpan<byte> b, int start)
    {
        var p = start + 5;
        var column = ColumnAt(start + 2);
        var count = 0;
        var valuesStart = -1;
        var valuesEnd = -1;
        while (true)
        {
            var before = p;
            if (!SkipSpace(b, ref p))
            {
                return Scan.More;
            }
            if (b[p] == (byte)'?')
            {
                if (p + 1 >= b.Length)
                {
                    return Scan.More;
                }
                if (b[p + 1] != (byte)'>' || count == 0)
                {
                    return Scan.HandOver;
                }
                p += 2;
                break;
            }
            if (p == before)
            {
                return Scan.HandOver;
            }
            var attributeStart = p;
            var scan = ScanAttribute(b, ref p, count);
            if (scan != Scan.Node)
            {
                return scan;
            }
            ref var a = ref _attrs[count];
            var expected = count == 0 ? "version" : a.Local == "standalone" ? "standalone" : "encoding";
            if (a.Local != expected || !a.Plain || a.Prefix.Length > 0 || (count > 0 && expected == "encoding" && _attrs[count - 1].Local != "version"))
            {
                return Scan.HandOver;
            }
            var value = b.Slice(a.ValueStart, a.ValueLength);
            var ok = expected switch
            {
                "version" => value.SequenceEqual("1.0"u8),
                "encoding" => Ascii.EqualsIgnoreCase(value, "utf-8"u8),
                _ => value.SequenceEqual("yes"u8) || value.SequenceEqual("no"u8),
            };
            if (!ok || count == 3)
            {
                return Scan.HandOver;
            }
            valuesStart = valuesStart < 0 ? attributeStart : valuesStart;
            valuesEnd = p;
            count++;
        }
        if (b[valuesStart..valuesEnd].Contains((byte)'\r'))
        {
            return Scan.HandOver; // the framework's reader gives the declaration's text with its line ends normalized
        }
        _attrCount = count;
        _declaration = Encoding.Latin1.GetString(b[valuesStart..valuesEnd]);
        _pos = p;
        SetNode(System.Xml.XmlNodeType.XmlDeclaration, 0, _tokenLine, column);
        _name = _xmlDeclarationName;
        _ns = _empty;
        _isEmpty = false;
        return Scan.Node;
    }

    // ---- Namespaces ----------------------------------------------------------------------------------------------

    /// <summary>
    /// Binds the start tag's namespace declarations and resolves its names; false (nothing bound) to hand over: an
    /// undeclared prefix, a reserved one, a duplicate attribute, or xml:space (which changes whitespace).
    /// </summary>
    private bool Resolve(NameEntry name, out string ns, out int bindings, out string declarations)
    {
        ns = _empty;
        bindings = 0;
        declarations = "";
        StringBuilder? written = null;
        for (var i = 0; i < _attrCount; i++)
        {
            ref var a = ref _attrs[i];
            string prefix;
            if (ReferenceEquals(a.Prefix, _xmlnsName))
            {
                prefix = a.Local;
            }
            else if (a.Prefix.Length == 0 && ReferenceEquals(a.Local, _xmlnsName))
            {
                prefix = _empty;
            }
            else
            {
                continue;
            }
            var uri = AttributeValue(i);
            if ((prefix.Length > 0 && uri.Length == 0) || prefix is "xml" or "xmlns" || uri is XmlNamespace or XmlnsNamespace)
            {
                _bindingCount -= bindings;
                return false;
            }
            a.Ns = _xmlnsNs;
            if (_bindingCount == MaxBindings)
            {
                _bindingCount -= bindings;
                return false; // lookups here are linear in the declarations in scope; the framework's reader hashes them
            }
            if (_bindingCount == _bindings.Length)
            {
                Array.Resize(ref _bindings, _bindingCount * 2);
            }
            _bindings[_bindingCount++] = (prefix, _names.Add(uri));
            bindings++;
            Write(ref written, a.QName, uri);
        }
        for (var i = 0; i < _attrCount; i++)
        {
            ref var a = ref _attrs[i];
            if (ReferenceEquals(a.Ns, _xmlnsNs))
            {
                continue;
            }
            if (a.Prefix.Length == 0)
            {
                continue;
            }
            if (ReferenceEquals(a.Prefix, _xmlName))
            {
                if (a.Local == "space")
                {
                    _bindingCount -= bindings;
                    return false;
                }
                a.Ns = _xmlNs;
                Write(ref written, a.QName, AttributeValue(i));
                continue;
            }
            if (Lookup(a.Prefix) is not { } attributeNs)
            {
                _bindingCount -= bindings;
                return false;
            }
            a.Ns = attributeNs;
        }
        var elementNs = name.Prefix.Length == 0 ? Lookup(_empty) ?? _empty
            : ReferenceEquals(name.Prefix, _xmlName) || ReferenceEquals(name.Prefix, _xmlnsName) ? null
            : Lookup(name.Prefix);
        if (elementNs is null || HasDuplicate())
        {
            _bindingCount -= bindings;
            return false;
        }
        ns = elementNs;
        declarations = written?.ToString() ?? "";
        return true;
    }

    private string? Lookup(string prefix)
    {
        for (var i = _bindingCount - 1; i >= 0; i--)
        {
            if (ReferenceEquals(_bindings[i].Prefix, prefix))
            {
                return _bindings[i].Uri;
            }
        }
        return null;
    }

    private bool HasDuplicate()
    {
        for (var i = 1; i < _attrCount; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (ReferenceEquals(_attrs[i].QName, _attrs[j].QName)
                    || (ReferenceEquals(_attrs[i].Local, _attrs[j].Local) && ReferenceEquals(_attrs[i].Ns, _attrs[j].Ns)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static void Write(ref StringBuilder? sb, string qname, string value)
    {
        sb ??= new StringBuilder();
        sb.Append(' ').Append(qname).Append("=\"");
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '"' => "&quot;",
                '&' => "&amp;",
                '<' => "&lt;",
                '\t' => "&#9;",
                '\n' => "&#10;",
                '\r' => "&#13;",
                _ => c.ToString(),
            });
        }
        sb.Append('"');
    }

    private void Push(NameEntry name, string ns, int bindings, string declarations, int line, int column)
    {
        if (_openCount == _open.Length)
        {
            Array.Resize(ref _open, _openCount * 2);
        }
        ref var e = ref _open[_openCount++];
        // Mostly the same element at the same depth as last time: compared first, to skip the write barriers.
        if (!ReferenceEquals(e.Name, name))
        {
            e.Name = name;
        }
        if (!ReferenceEquals(e.Ns, ns))
        {
            e.Ns = ns;
        }
        if (!ReferenceEquals(e.Declarations, declarations))
        {
            e.Declarations = declarations;
        }
        e.Bindings = bindings;
        e.Line = line;
        e.Column = column;
    }

    private void Pop()
    {
        _popPending = false;
        _bindingCount -= _open[--_openCount].Bindings;
        if (_openCount == 0)
        {
            _state = DocumentState.Epilog;
        }
    }

    // ---- Values --------------------------------------------------------------------------------------------------

    private string TextValue() => _valuePlain
        ? Encoding.Latin1.GetString(_buf, _valueStart, _valueLength)
        : new string(_chars, 0, _charCount);

    private int CopyText(Span<char> destination)
    {
        var total = _valuePlain ? _valueLength : _charCount;
        var n = Math.Min(destination.Length, total - _chunk);
        if (n <= 0)
        {
            return 0;
        }
        if (_valuePlain)
        {
            Ascii.ToUtf16(_buf.AsSpan(_valueStart + _chunk, n), destination, out _);
        }
        else
        {
            _chars.AsSpan(_chunk, n).CopyTo(destination);
        }
        _chunk += n;
        return n;
    }

    /// <summary>Decodes the text node's bytes into <see cref="_chars"/>; always true (for use in a condition).</summary>
    private bool DecodeText()
    {
        if (_chars.Length < _valueLength)
        {
            _chars = new char[Math.Max(_valueLength, _chars.Length * 2)];
        }
        _charCount = Decode(_buf.AsSpan(_valueStart, _valueLength), attribute: false, _chars);
        return true;
    }

    private string AttributeValue(int i)
    {
        ref var a = ref _attrs[i];
        if (a.Value is { } value)
        {
            return value;
        }
        var raw = _buf.AsSpan(a.ValueStart, a.ValueLength);
        if (a.Plain)
        {
            return a.Value = Encoding.Latin1.GetString(raw);
        }
        Span<char> chars = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        var n = Decode(raw, attribute: true, chars);
        return a.Value = new string(chars[..n]);
    }

    /// <summary>
    /// Decodes scanned (so valid) bytes: references resolved, UTF-8 decoded, line ends normalized, and in an attribute
    /// tabs and line ends made spaces, as XML 1.0 says.
    /// </summary>
    private static int Decode(ReadOnlySpan<byte> raw, bool attribute, Span<char> destination)
    {
        var special = attribute ? AttributeDecodeSpecial : TextDecodeSpecial;
        var o = 0;
        var i = 0;
        while (i < raw.Length)
        {
            var run = raw[i..].IndexOfAny(special);
            if (run < 0)
            {
                run = raw.Length - i;
            }
            Ascii.ToUtf16(raw.Slice(i, run), destination[o..], out _);
            o += run;
            i += run;
            if (i >= raw.Length)
            {
                break;
            }
            switch (raw[i])
            {
                case (byte)'&':
                    i += ScanReference(raw[i..], out var codePoint);
                    o += new Rune(codePoint).EncodeToUtf16(destination[o..]);
                    break;
                case (byte)'\r':
                    i += i + 1 < raw.Length && raw[i + 1] == (byte)'\n' ? 2 : 1;
                    destination[o++] = attribute ? ' ' : '\n';
                    break;
                case (byte)'\n' or (byte)'\t':
                    destination[o++] = ' ';
                    i++;
                    break;
                default:
                    Rune.DecodeFromUtf8(raw[i..], out var rune, out var length);
                    o += rune.EncodeToUtf16(destination[o..]);
                    i += length;
                    break;
            }
        }
        return o;
    }
}
