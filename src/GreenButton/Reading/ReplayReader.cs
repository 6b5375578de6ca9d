using System.Runtime.ExceptionServices;
using System.Xml;

namespace GreenButton;

/// <summary>
/// The asynchronous path's view of the input: the nodes of one walker unit (an element the walker descends into, or a
/// whole element it reads at once), recorded from the real reader with its async methods, then replayed to the one
/// synchronous walker. Names, namespaces, depths and positions are the real reader's own (no re-serialization), and an
/// error the real reader raised while recording is raised again at the same node, so the walk sees exactly what the
/// synchronous path sees.
/// </summary>
internal sealed class ReplayReader(XmlNameTable nameTable) : XmlReader, IXmlLineInfo
{
    private readonly record struct Attribute(string LocalName, string NamespaceUri, string Prefix, string Name, string Value, int Line, int Column);

    private struct Node
    {
        public XmlNodeType Type;
        public string LocalName;
        public string NamespaceUri;
        public string Prefix;
        public string Name;
        public string Value;
        public int Depth;
        public bool IsEmpty;
        public int Line;
        public int Column;
        public Attribute[]? Attributes;
    }

    private static readonly Attribute[] s_noAttributes = [];

    private Node[] _nodes = new Node[64];
    private int _count;
    private int _index;
    private int _attribute = -1; // -1: on the element; else the attribute's index
    private bool _inAttributeValue;
    private bool _ended;
    private bool _closed;
    private ExceptionDispatchInfo? _deferred;

    /// <summary>Whether every node recorded has been read (the walker is ready for the next unit).</summary>
    public bool Consumed => _index >= _count;

    /// <summary>Whether an error waits to be raised, or the input ended.</summary>
    public bool Finished => _deferred is not null || _ended;

    /// <summary>Starts a new unit; the nodes of the previous one are dropped.</summary>
    public void BeginUnit()
    {
        Array.Clear(_nodes, 0, _count);
        _count = _index = 0;
        _attribute = -1;
        _inAttributeValue = false;
    }

    /// <summary>Records the source's current node; <paramref name="value"/> is its text (read asynchronously).</summary>
    public void Add(XmlReader source, string value)
    {
        if (_count == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }
        var info = source as IXmlLineInfo;
        ref var node = ref _nodes[_count++];
        node.Type = source.NodeType;
        node.LocalName = source.LocalName;
        node.NamespaceUri = source.NamespaceURI;
        node.Prefix = source.Prefix;
        node.Name = source.Name;
        node.Value = value;
        node.Depth = source.Depth;
        node.IsEmpty = source.IsEmptyElement;
        node.Line = info?.LineNumber ?? 0;
        node.Column = info?.LinePosition ?? 0;
        node.Attributes = null;
        if (node.Type == XmlNodeType.Element && source.MoveToFirstAttribute())
        {
            var attributes = new List<Attribute>(source.AttributeCount);
            do
            {
                // Attribute values are parsed with their start tag: reading them causes no I/O.
                attributes.Add(new Attribute(source.LocalName, source.NamespaceURI, source.Prefix, source.Name, source.Value,
                    info?.LineNumber ?? 0, info?.LinePosition ?? 0));
            }
            while (source.MoveToNextAttribute());
            source.MoveToElement();
            node.Attributes = [.. attributes];
        }
    }

    /// <summary>Sets the value of the node recorded last (its text, read after its position).</summary>
    public void SetLastValue(string value) => _nodes[_count - 1].Value = value;

    /// <summary>The source failed after the nodes recorded: the walker gets the error when it reads past them.</summary>
    public void Defer(Exception error) => _deferred = ExceptionDispatchInfo.Capture(error);

    /// <summary>The source has no node after the ones recorded.</summary>
    public void MarkEnded() => _ended = true;

    private bool OnNode => _index < _count;

    private ref Node Current => ref _nodes[_index];

    private Attribute[] Attributes => OnNode ? Current.Attributes ?? s_noAttributes : s_noAttributes;

    private bool OnAttribute => _attribute >= 0;

    /// <inheritdoc/>
    public override XmlNodeType NodeType => !OnNode ? XmlNodeType.None
        : _inAttributeValue ? XmlNodeType.Text
        : OnAttribute ? XmlNodeType.Attribute
        : Current.Type;

    /// <inheritdoc/>
    public override string LocalName => !OnNode || _inAttributeValue ? "" : OnAttribute ? Attributes[_attribute].LocalName : Current.LocalName;

    /// <inheritdoc/>
    public override string NamespaceURI => !OnNode || _inAttributeValue ? "" : OnAttribute ? Attributes[_attribute].NamespaceUri : Current.NamespaceUri;

    /// <inheritdoc/>
    public override string Prefix => !OnNode || _inAttributeValue ? "" : OnAttribute ? Attributes[_attribute].Prefix : Current.Prefix;

    /// <inheritdoc/>
    public override string Name => !OnNode || _inAttributeValue ? "" : OnAttribute ? Attributes[_attribute].Name : Current.Name;

    /// <inheritdoc/>
    public override string Value => !OnNode ? "" : OnAttribute ? Attributes[_attribute].Value : Current.Value;

    /// <inheritdoc/>
    public override int Depth => !OnNode ? 0 : Current.Depth + (OnAttribute ? 1 : 0) + (_inAttributeValue ? 1 : 0);

    /// <inheritdoc/>
    public override bool IsEmptyElement => OnNode && !OnAttribute && Current.Type == XmlNodeType.Element && Current.IsEmpty;

    /// <inheritdoc/>
    public override string BaseURI => "";

    /// <inheritdoc/>
    public override bool EOF => _closed || (!OnNode && _ended && _deferred is null);

    /// <inheritdoc/>
    public override ReadState ReadState => _closed ? ReadState.Closed : EOF ? ReadState.EndOfFile : ReadState.Interactive;

    /// <inheritdoc/>
    public override XmlNameTable NameTable { get; } = nameTable;

    /// <inheritdoc/>
    public override int AttributeCount => OnNode && Current.Type == XmlNodeType.Element ? Attributes.Length : 0;

    /// <inheritdoc/>
    public int LineNumber => !OnNode ? 0 : OnAttribute ? Attributes[_attribute].Line : Current.Line;

    /// <inheritdoc/>
    public int LinePosition => !OnNode ? 0 : OnAttribute ? Attributes[_attribute].Column : Current.Column;

    /// <inheritdoc/>
    public bool HasLineInfo() => true;

    /// <inheritdoc/>
    public override bool Read()
    {
        _attribute = -1;
        _inAttributeValue = false;
        if (!OnNode)
        {
            // Past the unit: only the walker's final move onto the next unit may come here, once.
            if (_deferred is { } failed)
            {
                _deferred = null;
                failed.Throw();
            }
            return _ended ? false : throw new InvalidOperationException("The walker read past the unit recorded for it.");
        }
        _index++;
        if (OnNode)
        {
            return true;
        }
        if (_deferred is { } error)
        {
            _deferred = null;
            error.Throw();
        }
        return !_ended;
    }

    /// <inheritdoc/>
    public override string? GetAttribute(string name)
    {
        foreach (var a in Attributes)
        {
            if (a.Name == name)
            {
                return a.Value;
            }
        }
        return null;
    }

    /// <inheritdoc/>
    public override string? GetAttribute(string name, string? namespaceURI)
    {
        foreach (var a in Attributes)
        {
            if (a.LocalName == name && a.NamespaceUri == (namespaceURI ?? ""))
            {
                return a.Value;
            }
        }
        return null;
    }

    /// <inheritdoc/>
    public override string GetAttribute(int i) => Attributes[i].Value;

    /// <inheritdoc/>
    public override bool MoveToAttribute(string name)
    {
        var attributes = Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            if (attributes[i].Name == name)
            {
                _attribute = i;
                _inAttributeValue = false;
                return true;
            }
        }
        return false;
    }

    /// <inheritdoc/>
    public override bool MoveToAttribute(string name, string? ns)
    {
        var attributes = Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            if (attributes[i].LocalName == name && attributes[i].NamespaceUri == (ns ?? ""))
            {
                _attribute = i;
                _inAttributeValue = false;
                return true;
            }
        }
        return false;
    }

    /// <inheritdoc/>
    public override bool MoveToFirstAttribute()
    {
        if (Attributes.Length == 0)
        {
            return false;
        }
        _attribute = 0;
        _inAttributeValue = false;
        return true;
    }

    /// <inheritdoc/>
    public override bool MoveToNextAttribute()
    {
        if (_attribute + 1 >= Attributes.Length)
        {
            return false;
        }
        _attribute++;
        _inAttributeValue = false;
        return true;
    }

    /// <inheritdoc/>
    public override bool MoveToElement()
    {
        if (!OnAttribute)
        {
            return false;
        }
        _attribute = -1;
        _inAttributeValue = false;
        return true;
    }

    /// <inheritdoc/>
    public override bool ReadAttributeValue()
    {
        if (!OnAttribute || _inAttributeValue)
        {
            return false;
        }
        _inAttributeValue = true;
        return true;
    }

    /// <inheritdoc/>
    public override string? LookupNamespace(string prefix)
    {
        // The declarations in scope within the unit: the nearest ancestor (or self) that declares the prefix.
        if (!OnNode)
        {
            return null;
        }
        var attribute = prefix.Length == 0 ? "xmlns" : "xmlns:" + prefix;
        var depth = Current.Depth + 1;
        for (var i = _index; i >= 0; i--)
        {
            ref var node = ref _nodes[i];
            if (node.Type != XmlNodeType.Element || node.Depth >= depth)
            {
                continue;
            }
            depth = node.Depth;
            foreach (var a in node.Attributes ?? s_noAttributes)
            {
                if (a.Name == attribute)
                {
                    return NameTable.Add(a.Value);
                }
            }
            if (node.Prefix == prefix)
            {
                return node.NamespaceUri;
            }
        }
        return null;
    }

    /// <inheritdoc/>
    public override void ResolveEntity()
    {
        // No DTD is read, so there is never an entity to resolve: the real reader expands character references itself.
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        _closed = true;
        base.Dispose(disposing);
    }
}
