using System.Text;
using System.Xml;

namespace GreenButton;

/// <summary>
/// A forward-only XML reader over UTF-8 bytes for the synchronous parse: it gives the parser the same nodes, names,
/// values, depths and positions as the framework's reader with <see cref="EspiParser.CreateSettings"/>, at a fraction
/// of its cost per node. It reads the well-formed documents Green Button files are; on anything else (another
/// encoding, a DTD, CDATA, a malformed or unusual construct, a token over <see cref="MaxBuffer"/>) it hands over, at
/// the node it could not read, to the framework's reader, which then reads the rest and raises its own errors with its
/// own messages and positions. So every error, and every rare construct, is the framework's, once.
/// </summary>
/// <remarks>
/// The hand-over needs no seek: before the root element the bytes read so far are kept and read again; inside it the
/// framework's reader is given the open elements' start tags with their namespace declarations, then the bytes from the
/// node on, with <see cref="XmlReaderSettings.LineNumberOffset"/> and padding that put that node at its real line and
/// column. Invariant (tested against the framework's reader on the corpus, fixtures and mutated inputs): this reader
/// hands over no later than at the node where the framework's reader would fail.
/// </remarks>
internal sealed partial class Utf8XmlReader : XmlReader, IXmlLineInfo
{
    /// <summary>The largest token (or prolog) held whole; a longer one is the framework's reader's to read.</summary>
    internal const int MaxBuffer = 8 << 20;

    /// <summary>AppContext switch that turns this reader off (the framework's reader for every synchronous parse).</summary>
    internal const string FrameworkReaderSwitch = "GreenButton.Xml.UseFrameworkReader";

    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private readonly Stream _stream;
    private readonly bool _closeInput;
    private readonly XmlNameTable _names;
    private readonly XmlReaderSettings _settings;
    private readonly string _xmlNs;
    private readonly string _xmlnsNs;
    private readonly string _xmlnsName;
    private readonly string _xmlName;

    /// <summary>The framework's reader once this one has handed over; every member then answers from it.</summary>
    private XmlReader? _inner;
    private ReadState _readState = ReadState.Initial;

    public Utf8XmlReader(Stream stream, XmlReaderSettings settings)
    {
        _stream = stream;
        _settings = settings.Clone();
        _closeInput = settings.CloseInput;
        _names = settings.NameTable ?? new NameTable();
        _xmlNs = _names.Add(XmlNamespace);
        _xmlnsNs = _names.Add(XmlnsNamespace);
        _xmlnsName = _names.Add("xmlns");
        _xmlName = _names.Add("xml");
        _empty = _names.Add("");
        _emptyName = new NameEntry([], _empty, _empty, _empty);
        _xmlDeclarationName = new NameEntry([], _xmlName, _empty, _xmlName);
        _name = _emptyName;
        _ns = _empty;
    }

    /// <summary>Whether synchronous parses use this reader: unless <see cref="FrameworkReaderSwitch"/> is set.</summary>
    internal static bool Enabled => !(AppContext.TryGetSwitch(FrameworkReaderSwitch, out var off) && off);

    /// <summary>Whether the framework's reader reads now (for tests).</summary>
    internal bool HandedOver => _inner is not null;

    /// <summary>For tests: hand over at the N-th node (1-based) instead of reading it; 0 never.</summary>
    internal int HandOverAtNode { get; set; }


    // ---- Node ----------------------------------------------------------------------------------------------------

    public override XmlNodeType NodeType => _inner is { } inner ? inner.NodeType
        : _attrIndex < 0 ? _type : _onAttrValue ? XmlNodeType.Text : XmlNodeType.Attribute;

    public override string LocalName => _inner is { } inner ? inner.LocalName
        : _attrIndex >= 0 ? (_onAttrValue ? _empty : _attrs[_attrIndex].Local) : _type == XmlNodeType.Text ? _empty : _name.Local;

    public override string Name => _inner is { } inner ? inner.Name
        : _attrIndex >= 0 ? (_onAttrValue ? _empty : _attrs[_attrIndex].QName) : _type == XmlNodeType.Text ? _empty : _name.QName;

    public override string Prefix => _inner is { } inner ? inner.Prefix
        : _attrIndex >= 0 ? (_onAttrValue ? _empty : _attrs[_attrIndex].Prefix) : _type == XmlNodeType.Text ? _empty : _name.Prefix;

    public override string NamespaceURI => _inner is { } inner ? inner.NamespaceURI
        : _attrIndex >= 0 ? (_onAttrValue ? _empty : _attrs[_attrIndex].Ns) : _type == XmlNodeType.Text ? _empty : _ns;

    public override int Depth => _inner is { } inner ? inner.Depth
        : _attrIndex < 0 ? _depth : _depth + (_onAttrValue ? 2 : 1);

    public override bool IsEmptyElement => _inner is { } inner ? inner.IsEmptyElement : _attrIndex < 0 && _isEmpty;

    public override bool HasValue => _inner is { } inner ? inner.HasValue
        : _attrIndex >= 0 || _type is XmlNodeType.Text or XmlNodeType.XmlDeclaration;

    public override string Value
    {
        get
        {
            if (_inner is { } inner)
            {
                return inner.Value;
            }
            if (_attrIndex >= 0)
            {
                return AttributeValue(_attrIndex);
            }
            return _type switch
            {
                XmlNodeType.Text => _valueString ??= TextValue(),
                XmlNodeType.XmlDeclaration => _declaration ?? "",
                _ => "",
            };
        }
    }

    public override string BaseURI => _inner is { } inner ? inner.BaseURI : "";

    public override bool EOF => _inner is { } inner ? inner.EOF : _readState == ReadState.EndOfFile;

    public override ReadState ReadState => _inner is { } inner ? inner.ReadState : _readState;

    public override XmlNameTable NameTable => _names;

    public override XmlReaderSettings Settings => _settings;

    public override bool CanReadValueChunk => true;

    public override int ReadValueChunk(char[] buffer, int index, int count)
    {
        if (_inner is { } inner)
        {
            return inner.ReadValueChunk(buffer, index, count);
        }
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, buffer.Length - index);
        if (_attrIndex >= 0 || _type != XmlNodeType.Text)
        {
            return 0;
        }
        return CopyText(buffer.AsSpan(index, count));
    }

    // ---- Attributes ----------------------------------------------------------------------------------------------

    public override int AttributeCount => _inner is { } inner ? inner.AttributeCount : _attrCount;

    public override string? GetAttribute(string name)
    {
        if (_inner is { } inner)
        {
            return inner.GetAttribute(name);
        }
        var i = IndexOf(name);
        return i < 0 ? null : AttributeValue(i);
    }

    public override string? GetAttribute(string name, string? namespaceURI)
    {
        if (_inner is { } inner)
        {
            return inner.GetAttribute(name, namespaceURI);
        }
        var i = IndexOf(name, namespaceURI ?? "");
        return i < 0 ? null : AttributeValue(i);
    }

    public override string GetAttribute(int i)
    {
        if (_inner is { } inner)
        {
            return inner.GetAttribute(i);
        }
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, _attrCount);
        return AttributeValue(i);
    }

    public override bool MoveToAttribute(string name)
    {
        if (_inner is { } inner)
        {
            return inner.MoveToAttribute(name);
        }
        return MoveTo(IndexOf(name));
    }

    public override bool MoveToAttribute(string name, string? ns)
    {
        if (_inner is { } inner)
        {
            return inner.MoveToAttribute(name, ns);
        }
        return MoveTo(IndexOf(name, ns ?? ""));
    }

    public override void MoveToAttribute(int i)
    {
        if (_inner is { } inner)
        {
            inner.MoveToAttribute(i);
            return;
        }
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, _attrCount);
        MoveTo(i);
    }

    public override bool MoveToFirstAttribute() => _inner is { } inner ? inner.MoveToFirstAttribute() : MoveTo(_attrCount > 0 ? 0 : -1);

    public override bool MoveToNextAttribute()
    {
        if (_inner is { } inner)
        {
            return inner.MoveToNextAttribute();
        }
        var next = _attrIndex + 1;
        return next < _attrCount && MoveTo(next);
    }

    public override bool MoveToElement()
    {
        if (_inner is { } inner)
        {
            return inner.MoveToElement();
        }
        if (_attrIndex < 0)
        {
            return false;
        }
        _attrIndex = -1;
        _onAttrValue = false;
        return true;
    }

    public override bool ReadAttributeValue()
    {
        if (_inner is { } inner)
        {
            return inner.ReadAttributeValue();
        }
        if (_attrIndex < 0 || _onAttrValue)
        {
            return false;
        }
        _onAttrValue = true;
        return true;
    }

    private bool MoveTo(int i)
    {
        if (i < 0)
        {
            return false;
        }
        _attrIndex = i;
        _onAttrValue = false;
        return true;
    }

    private int IndexOf(string qname)
    {
        for (var i = 0; i < _attrCount; i++)
        {
            if (string.Equals(_attrs[i].QName, qname, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    private int IndexOf(string local, string ns)
    {
        for (var i = 0; i < _attrCount; i++)
        {
            if (string.Equals(_attrs[i].Local, local, StringComparison.Ordinal) && string.Equals(_attrs[i].Ns, ns, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    public override string? LookupNamespace(string prefix)
    {
        if (_inner is { } inner)
        {
            return inner.LookupNamespace(prefix);
        }
        for (var i = _bindingCount - 1; i >= 0; i--)
        {
            if (string.Equals(_bindings[i].Prefix, prefix, StringComparison.Ordinal))
            {
                return _bindings[i].Uri;
            }
        }
        return prefix switch
        {
            "xml" => _xmlNs,
            "xmlns" => _xmlnsNs,
            "" => _empty,
            _ => null,
        };
    }

    public override void ResolveEntity()
    {
        if (_inner is { } inner)
        {
            inner.ResolveEntity();
            return;
        }
        throw new InvalidOperationException("There is no entity reference to resolve.");
    }

    // ---- Position ------------------------------------------------------------------------------------------------

    public bool HasLineInfo() => true;

    public int LineNumber => _inner is { } inner ? ((IXmlLineInfo)inner).LineNumber : _attrIndex >= 0 ? _attrs[_attrIndex].Line : _nodeLine;

    public int LinePosition => _inner is { } inner ? ((IXmlLineInfo)inner).LinePosition : _attrIndex >= 0 ? _attrs[_attrIndex].Column : _nodeColumn;

    // ---- Reading -------------------------------------------------------------------------------------------------

    public override bool Read()
    {
        if (_inner is { } inner)
        {
            return inner.Read();
        }
        if (_readState is ReadState.EndOfFile or ReadState.Closed)
        {
            return false;
        }
        _readState = ReadState.Interactive;
        return ReadNode();
    }

    public override void Close()
    {
        if (_readState == ReadState.Closed)
        {
            return;
        }
        _readState = ReadState.Closed;
        if (_inner is { } inner)
        {
            inner.Close();
        }
        else if (_closeInput)
        {
            _stream.Dispose();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }
        base.Dispose(disposing);
    }

    /// <summary>
    /// Hands over to the framework's reader at the token starting at buffer index <paramref name="at"/> (whose line
    /// state is current), and reads that node with it.
    /// </summary>
    private bool HandOver(int at)
    {
        var settings = _settings.Clone();
        settings.CloseInput = true;
        settings.NameTable = _names;
        int catchUp;
        List<HandOverStream.Segment> prefix;
        int from;
        if (_state is DocumentState.Start or DocumentState.Prolog)
        {
            // Before the root: every byte so far was kept; read them all again (the only node before it is the declaration).
            prefix = [];
            from = 0;
            catchUp = _nodes;
        }
        else
        {
            (prefix, var lineOffset, var columnOffset) = SyntheticPrefix(at);
            settings.LineNumberOffset = lineOffset;
            settings.LinePositionOffset = columnOffset;
            from = at;
            catchUp = _state == DocumentState.Epilog ? 1 : _openCount;
        }
        var stream = new HandOverStream(prefix, _buf, from, _end, _stream, _closeInput);
        _buf = [];
        _attrCount = 0;
        _attrIndex = -1;
        var inner = XmlReader.Create(stream, settings);
        _inner = inner;
        for (var i = 0; i < catchUp; i++)
        {
            inner.Read();
        }
        return inner.Read();
    }

    /// <summary>
    /// The open elements' start tags, each at its real line and column, with the namespace declarations and xml:
    /// attributes it made, ending so that the next byte falls at the real line and column of the token at
    /// <paramref name="at"/>: the framework's reader's messages then name real positions. The padding goes inside the
    /// tags (the framework's reader turns a long run of whitespace between tags into a text node), the root's column
    /// is <see cref="XmlReaderSettings.LinePositionOffset"/>, and newlines and spaces are counted, not held (a minified
    /// file's column can be in the millions).
    /// </summary>
    private (List<HandOverStream.Segment> Prefix, int LineOffset, int ColumnOffset) SyntheticPrefix(int at)
    {
        var segments = new List<HandOverStream.Segment>();
        var line = _line;
        var column = ColumnAt(at);
        if (_state == DocumentState.Epilog)
        {
            // The root has ended: an empty one stands for it, on the token's line.
            segments.Add(HandOverStream.Segment.Of(column >= 5 ? "<r/>" : "<r/>\n"));
            return (segments, column >= 5 ? line - 1 : Math.Max(0, line - 2), column >= 5 ? column - 5 : 0);
        }
        ref var root = ref _open[0];
        var rootTag = "<" + root.Name.QName + root.Declarations;
        segments.Add(HandOverStream.Segment.Of(rootTag));
        long currentLine = root.Line;
        long currentColumn = root.Column - 1 + rootTag.Length;
        for (var i = 1; i <= _openCount; i++)
        {
            // Where the next '<' (or the token) goes: the '>' closing the tag before it comes just before.
            var (targetLine, targetColumn) = i < _openCount ? (_open[i].Line, _open[i].Column - 1) : (line, column);
            var closed = false;
            if (targetLine > currentLine)
            {
                // At column 1 the '>' ends the line before (a line feed between tags is ignored whitespace).
                closed = targetColumn == 1;
                segments.Add(HandOverStream.Segment.Repeat((byte)'\n', targetLine - currentLine - (closed ? 1 : 0)));
                if (closed)
                {
                    segments.Add(HandOverStream.Segment.Of(">\n"));
                }
                currentLine = targetLine;
                currentColumn = 1;
            }
            if (!closed)
            {
                if (targetColumn - 1 > currentColumn)
                {
                    segments.Add(HandOverStream.Segment.Repeat((byte)' ', targetColumn - 1 - currentColumn));
                    currentColumn = targetColumn - 1;
                }
                segments.Add(HandOverStream.Segment.Of(">"));
                currentColumn++;
            }
            if (i < _openCount)
            {
                var tag = "<" + _open[i].Name.QName + _open[i].Declarations;
                segments.Add(HandOverStream.Segment.Of(tag));
                currentColumn += tag.Length;
            }
        }
        return (segments, root.Line - 1, root.Column - 2);
    }
}
