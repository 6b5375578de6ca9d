using System.Xml;
using System.Xml.Schema;

namespace GreenButton;

/// <summary>
/// The model-checked elements. Their nodes are kept until the element ends, to be replayed to the validator when a model
/// cannot accept one; a child the models accepted whole is kept as its name only (runs of one name counted), as the
/// validator need only be told it was there: memory is bounded by the open elements and the distinct runs, not the
/// readings, and the validator's content-model work for each of a block's thousands of IntervalReadings is saved.
/// </summary>
internal sealed partial class SchemaPushReader
{
    /// <summary>Nodes kept per element at most; a larger element is validated the generic way (memory stays bounded).</summary>
    private const int MaxKept = 512;

    /// <summary>Replays per declaration after which its model is no longer tried (an input invalid throughout).</summary>
    private const int MaxFallbacks = 64;

    private readonly Dictionary<XmlSchemaElement, FastContentModel?> _models = [];
    private readonly Dictionary<XmlSchemaElement, int> _fallbacks = [];

    /// <summary>The depth of the model-checked element being read; -1 when none.</summary>
    private int _fastDepth = -1;
    private XmlSchemaElement? _fastDeclaration;

    private FastContentModel[] _frameModels = new FastContentModel[8];
    private int[] _frameIndexes = new int[8];
    private int[] _frameCounts = new int[8];
    private int[] _frameStarts = new int[8];
    private int _frames;

    private FastSimpleType? _simple;
    private int _simpleStart;
    private char[] _text = new char[64];
    private int _textLength;

    private KeptNode[] _kept = new KeptNode[64];
    private int _keptCount;

    /// <summary>Elements whose content a model accepted whole (for tests and profiles).</summary>
    public int ModelChecked { get; private set; }

    /// <summary>Elements a model could not accept, whose nodes were replayed to the validator.</summary>
    public int Replays { get; private set; }

    private int Fallbacks(XmlSchemaElement declaration) => _fallbacks.TryGetValue(declaration, out var count) ? count : 0;

    private void Begin(XmlSchemaElement declaration, FastContentModel model, int depth)
    {
        _fastDepth = depth;
        _fastDeclaration = declaration;
        _frames = 0;
        _keptCount = 0;
        _simple = null;
        Push(model, -1);
    }

    /// <summary>Enters an element checked by <paramref name="model"/>, whose start node was kept at <paramref name="start"/> (-1: the root, not kept).</summary>
    private void Push(FastContentModel model, int start)
    {
        if (_frames == _frameModels.Length)
        {
            Array.Resize(ref _frameModels, _frames * 2);
            Array.Resize(ref _frameIndexes, _frames * 2);
            Array.Resize(ref _frameCounts, _frames * 2);
            Array.Resize(ref _frameStarts, _frames * 2);
        }
        _frameModels[_frames] = model;
        _frameIndexes[_frames] = 0;
        _frameCounts[_frames] = 0;
        _frameStarts[_frames] = start;
        _frames++;
    }

    /// <summary>Checks the current node against the models; false when they cannot accept it (nothing is changed then).</summary>
    private bool TryTake()
    {
        switch (_nodeType)
        {
            case XmlNodeType.Element:
                return TakeStart();
            case XmlNodeType.Text or XmlNodeType.CDATA:
                if (_simple is null)
                {
                    return false;
                }
                // Not kept: a replay gives the open element its text whole, which is what the validator gathers.
                AppendText(TextValue);
                return true;
            case XmlNodeType.EndElement:
                return TakeEnd();
            case XmlNodeType.Comment or XmlNodeType.ProcessingInstruction:
                return true; // the validator never sees them
            default:
                return false;
        }
    }

    private bool TakeStart()
    {
        if (_simple is not null || _keptCount == MaxKept || Inner.AttributeCount > 0)
        {
            return false;
        }
        var top = _frames - 1;
        var model = _frameModels[top];
        var index = _frameIndexes[top];
        var count = _frameCounts[top];
        var localName = Inner.LocalName;
        var ns = Inner.NamespaceURI;
        if (!model.TryMatch(localName, ns, ref index, ref count))
        {
            return false;
        }
        var child = model.Children[index];
        var empty = Inner.IsEmptyElement;
        if (child.Content is { } content)
        {
            if (empty && !content.CanEndAt(0, 0))
            {
                return false;
            }
        }
        else if (child.Simple is { } simple)
        {
            if (empty && !simple.Accepts("", Inner, _resolver))
            {
                return false;
            }
        }
        else
        {
            return false;
        }
        _frameIndexes[top] = index;
        _frameCounts[top] = count;
        if (empty)
        {
            KeepAccepted(_keptCount, localName, ns);
            return true;
        }
        var start = _keptCount;
        Keep(KeptKind.Start, localName, ns);
        if (child.Content is { } nested)
        {
            Push(nested, start);
        }
        else
        {
            _simple = child.Simple;
            _simpleStart = start;
            _textLength = 0;
        }
        return true;
    }

    private bool TakeEnd()
    {
        if (_simple is { } simple)
        {
            if (!simple.Accepts(_text.AsSpan(0, _textLength), Inner, _resolver))
            {
                return false;
            }
            _simple = null;
            _textLength = 0;
            KeepAccepted(_simpleStart);
            return true;
        }
        var top = _frames - 1;
        if (!_frameModels[top].CanEndAt(_frameIndexes[top], _frameCounts[top]))
        {
            return false;
        }
        _frames--;
        if (_frames > 0)
        {
            KeepAccepted(_frameStarts[top]);
            return true;
        }
        // The element ends as its model allows: the validator takes it as validated and goes on in its parent.
        At(XmlNodeType.EndElement, Inner.LocalName, Inner.NamespaceURI, Inner.Depth);
        _current.SkipToEndElement(null);
        ModelChecked++;
        _fastDepth = -1;
        _keptCount = 0;
        return true;
    }

    private void Keep(KeptKind kind, string localName, string ns)
    {
        if (_keptCount == _kept.Length)
        {
            Array.Resize(ref _kept, _kept.Length * 2);
        }
        // The node's depth without asking the reader: the model-checked element's, one more per open model below it.
        _kept[_keptCount++] = new KeptNode(kind, localName, ns, _innerLines?.LineNumber ?? 0, _innerLines?.LinePosition ?? 0, _fastDepth + _frames);
    }

    /// <summary>
    /// The child whose start was kept at <paramref name="start"/> ended, accepted whole. Its end tag's names are its start
    /// tag's (atomized by the same reader), so they are taken from the kept start rather than asked of the reader again.
    /// </summary>
    private void KeepAccepted(int start)
    {
        ref readonly var node = ref _kept[start];
        KeepAccepted(start, node.LocalName, node.Namespace);
    }

    /// <summary>A child accepted whole: its nodes from <paramref name="start"/> on become one record of its name, or one more of the run before.</summary>
    private void KeepAccepted(int start, string localName, string ns)
    {
        // The nodes past start are overwritten, not cleared: at most MaxKept stale names stay referenced.
        _keptCount = start;
        if (start > 0)
        {
            ref var last = ref _kept[start - 1];
            if (last.Kind == KeptKind.Accepted && ReferenceEquals(last.LocalName, localName) && ReferenceEquals(last.Namespace, ns))
            {
                last.Count++;
                return;
            }
        }
        Keep(KeptKind.Accepted, localName, ns);
    }

    /// <summary>Validates the kept nodes the generic way, each at its own position.</summary>
    private void Replay()
    {
        _position.Replaying = true;
        try
        {
            for (var i = 0; i < _keptCount; i++)
            {
                ref readonly var node = ref _kept[i];
                _position.Line = node.Line;
                _position.Column = node.Column;
                switch (node.Kind)
                {
                    case KeptKind.Start:
                        At(XmlNodeType.Element, node.LocalName, node.Namespace, node.Depth);
                        _current.ValidateElement(node.LocalName, node.Namespace, null);
                        _current.ValidateEndOfAttributes(null);
                        if (i == _keptCount - 1 && _simple is not null && _textLength > 0)
                        {
                            // The open simple element's text (its nodes are not kept); the validator only gathers it.
                            At(XmlNodeType.Text, "", "", node.Depth + 1);
                            _current.ValidateText(new string(_text, 0, _textLength));
                        }
                        break;
                    default:
                        // Accepted whole where it stands: the validator raises nothing for it and need not see its content.
                        At(XmlNodeType.Element, node.LocalName, node.Namespace, node.Depth);
                        for (var n = 0; n < node.Count; n++)
                        {
                            _current.ValidateElement(node.LocalName, node.Namespace, null);
                            _current.ValidateEndOfAttributes(null);
                            _current.SkipToEndElement(null);
                        }
                        break;
                }
            }
        }
        finally
        {
            _position.Replaying = false;
            Array.Clear(_kept, 0, _keptCount);
            _keptCount = 0;
        }
    }

    /// <summary>After a replay: the rest of the element is validated the generic way.</summary>
    private void Fallback()
    {
        Replays++;
        _fallbacks[_fastDeclaration!] = Fallbacks(_fastDeclaration!) + 1;
        _fastDepth = -1;
        _fastDeclaration = null;
        _frames = 0;
        _simple = null;
        _textLength = 0;
    }

    private void AppendText(ReadOnlySpan<char> value)
    {
        if (_textLength + value.Length > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + value.Length));
        }
        value.CopyTo(_text.AsSpan(_textLength));
        _textLength += value.Length;
    }

    private enum KeptKind : byte
    {
        Start,
        Accepted,
    }

    private struct KeptNode(KeptKind kind, string localName, string ns, int line, int column, int depth)
    {
        public readonly KeptKind Kind = kind;
        public readonly string LocalName = localName;
        public readonly string Namespace = ns;
        public readonly int Line = line;
        public readonly int Column = column;
        public readonly int Depth = depth;
        public int Count = 1;
    }
}
