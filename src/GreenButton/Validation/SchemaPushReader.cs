using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Schema;

namespace GreenButton;

/// <summary>
/// The parser's reader for validation: a plain forward reader whose every node is pushed to an
/// <see cref="XmlSchemaValidator"/> as it is read (what .NET's validating reader does, without its wrapping of every
/// node and typed values). Elements whose declared content <see cref="FastContentModel"/> can check (IntervalReading and
/// its children, the hot part of a feed) are checked by their model and their nodes kept; the validator is told only that
/// the element was there. When the model cannot accept a node, the kept nodes are replayed to the validator at their
/// own positions and the element is validated the generic way from there: the schema errors, their messages and
/// positions are those of the generic validator.
/// </summary>
internal sealed partial class SchemaPushReader : SchemaPassThroughReader
{
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private readonly IXmlLineInfo? _innerLines;
    private readonly IXmlNamespaceResolver _resolver;
    private readonly XmlSchemaValidator _validator;
    private readonly XmlSchemaInfo _info = new();
    private readonly ValidatorPosition _position;
    private readonly ValidationEventHandler _onEvent;
    private int _events;
    private bool _ended;

    /// <summary>The inner reader's node kind after the last read, asked once per node rather than at every check.</summary>
    private XmlNodeType _nodeType;

    public SchemaPushReader(XmlReader inner, XmlSchemaSet schemas, XmlSchemaValidationFlags flags, ValidationEventHandler onEvent)
        : base(inner)
    {
        _innerLines = inner as IXmlLineInfo;
        _resolver = inner as IXmlNamespaceResolver ?? throw new ArgumentException("The reader resolves no namespaces.", nameof(inner));
        _onEvent = onEvent;
        _position = new ValidatorPosition(this);
        _chunking = inner.Settings?.Async != true && inner.CanReadValueChunk;
        _shortChunkEndsValue = EspiParser.ShortChunkEndsValue(inner);
        _schemas = schemas;
        _flags = flags;
        _validator = CreateValidator();
        _validator.Initialize();
        _current = _validator;
        _choicesAllowed = s_choicesAllowed.GetValue(schemas, static set => new StrongBox<bool>(!DeclaresIdentityTypes(set))).Value;
    }

    /// <summary>Per schema set: whether choice models apply to it (it declares no identity type).</summary>
    private static readonly ConditionalWeakTable<XmlSchemaSet, StrongBox<bool>> s_choicesAllowed = new();

    /// <summary>The node the validator was validating when it raised an event: its kind, name and depth.</summary>
    public XmlNodeType EventNodeType { get; private set; }

    /// <inheritdoc cref="EventNodeType"/>
    public string EventLocalName { get; private set; } = "";

    /// <inheritdoc cref="EventNodeType"/>
    public string EventNamespace { get; private set; } = "";

    /// <inheritdoc cref="EventNodeType"/>
    public int EventDepth { get; private set; }


    public override bool Read()
    {
        bool read;
        try
        {
            read = Inner.Read();
            _nodeType = Inner.NodeType;
            if (_chunking)
            {
                BufferValue();
            }
        }
        catch when (_fastDepth >= 0)
        {
            ReplayBeforeMalformed();
            throw;
        }
        return Advanced(read);
    }

    public override async Task<bool> ReadAsync()
    {
        bool read;
        try
        {
            read = await Inner.ReadAsync().ConfigureAwait(false);
            _nodeType = Inner.NodeType;
            if (read && _nodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                await Inner.GetValueAsync().ConfigureAwait(false); // the value read without blocking; Value then has it
            }
        }
        catch when (_fastDepth >= 0)
        {
            ReplayBeforeMalformed();
            throw;
        }
        return Advanced(read);
    }

    /// <summary>The schema errors of the nodes kept before a malformed one are reported, as by the generic validator.</summary>
    private void ReplayBeforeMalformed()
    {
        Replay();
        _fastDepth = -1;
    }

    private bool Advanced(bool read)
    {
        if (read)
        {
            Validate();
        }
        else
        {
            End();
        }
        return read;
    }

    private void OnValidatorEvent(object? sender, ValidationEventArgs e)
    {
        if (_muted)
        {
            return;
        }
        _events++;
        _onEvent(this, e);
    }

    private void Validate()
    {
        if (_fastDepth >= 0)
        {
            if (TryTake())
            {
                if (_fastDepth < 0)
                {
                    AfterNode(); // the model-checked element ended: it may be a choice's child
                }
                return;
            }
            Replay();
            Fallback();
        }
        else if (_choiceCount > 0 && TryChoice())
        {
            AfterNode();
            return;
        }
        ValidateLive();
        AfterNode();
    }

    /// <summary>The current node, validated the generic way (and the start of a model's element, when one applies).</summary>
    private void ValidateLive()
    {
        var depth = Inner.Depth;
        switch (_nodeType)
        {
            case XmlNodeType.Element:
                ValidateStart(depth);
                break;
            case XmlNodeType.Text or XmlNodeType.CDATA:
                At(_nodeType, "", "", depth);
                _current.ValidateText(Value);
                break;
            case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                At(_nodeType, "", "", depth);
                _current.ValidateWhitespace(Value);
                break;
            case XmlNodeType.EndElement:
                At(XmlNodeType.EndElement, Inner.LocalName, Inner.NamespaceURI, depth);
                _current.ValidateEndElement(null);
                break;
        }
    }

    private void ValidateStart(int depth)
    {
        var localName = Inner.LocalName;
        var ns = Inner.NamespaceURI;
        var attributes = Inner.AttributeCount;
        var before = _events;
        At(XmlNodeType.Element, localName, ns, depth);
        string? xsiType = null, xsiNil = null, xsiLocation = null, xsiNoNamespaceLocation = null;
        if (attributes > 0)
        {
            xsiType = Inner.GetAttribute("type", XsiNamespace);
            xsiNil = Inner.GetAttribute("nil", XsiNamespace);
            xsiLocation = Inner.GetAttribute("schemaLocation", XsiNamespace);
            xsiNoNamespaceLocation = Inner.GetAttribute("noNamespaceSchemaLocation", XsiNamespace);
        }
        _info.SchemaElement = null;
        _current.ValidateElement(localName, ns, _info, xsiType, xsiNil, xsiLocation, xsiNoNamespaceLocation);
        var validated = 0;
        if (attributes > 0)
        {
            for (var i = 0; i < attributes; i++)
            {
                Inner.MoveToAttribute(i);
                var attributeNs = Inner.NamespaceURI;
                if (!ReferenceEquals(attributeNs, XmlnsNamespace) && attributeNs != XmlnsNamespace)
                {
                    At(XmlNodeType.Attribute, Inner.LocalName, attributeNs, depth + 1);
                    _current.ValidateAttribute(Inner.LocalName, attributeNs, Inner.Value, null);
                    validated++;
                }
            }
            Inner.MoveToElement();
            At(XmlNodeType.Element, localName, ns, depth);
        }
        _current.ValidateEndOfAttributes(null);
        if (Inner.IsEmptyElement)
        {
            _current.ValidateEndElement(null);
        }
        else if (validated == 0 && _events == before && _info.SchemaElement is { } declaration
            && FastContentModel.For(declaration, _models, Inner.NameTable) is { } model && Fallbacks(declaration) < MaxFallbacks)
        {
            Begin(declaration, model, depth);
        }
        else if (_events == before && _choicesAllowed && xsiType is null && xsiNil is null && _info.SchemaElement is { } element
            && ReferenceEquals(_info.SchemaType, element.ElementSchemaType)
            && FastChoiceModel.For(element, _choiceModels, Inner.NameTable) is { } choice && Fallbacks(element) < MaxFallbacks)
        {
            BeginChoice(element, choice, depth);
        }
    }

    /// <summary>At the end of the input: the validator's last checks.</summary>
    private void End()
    {
        if (_ended || Inner.ReadState != ReadState.EndOfFile)
        {
            return;
        }
        _ended = true;
        At(XmlNodeType.None, "", "", 0);
        _validator.EndValidation();
    }

    private void At(XmlNodeType type, string localName, string ns, int depth)
    {
        EventNodeType = type;
        EventLocalName = localName;
        EventNamespace = ns;
        EventDepth = depth;
    }

    /// <summary>The validator's line info: the reader's, or during a replay the replayed node's.</summary>
    private sealed class ValidatorPosition(SchemaPushReader owner) : IXmlLineInfo
    {
        public bool Replaying { get; set; }
        public int Line { get; set; }
        public int Column { get; set; }

        public bool HasLineInfo() => Replaying || (owner._innerLines?.HasLineInfo() ?? false);
        public int LineNumber => Replaying ? Line : owner._innerLines?.LineNumber ?? 0;
        public int LinePosition => Replaying ? Column : owner._innerLines?.LinePosition ?? 0;
    }
}
