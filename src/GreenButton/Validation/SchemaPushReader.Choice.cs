using System.Xml;
using System.Xml.Schema;

namespace GreenButton;

/// <summary>
/// Elements whose content is a repeated choice (<see cref="FastChoiceModel"/>: Atom's feed and entry). The element's
/// start is validated where it stands; its children are matched to the choice's members here and each is validated
/// alone, by a validator of its own nesting level initialized for the member's declaration (what the generic validator
/// would do inside it: a child's content does not depend on its siblings, and the schemas declare no ID or identity
/// constraint that would). The element's own validator is told only, at its end, to skip its content. When the model
/// cannot accept a child (a wildcard's, an unknown one, text, a run or an end the model cannot decide), the children
/// seen are replayed to the element's validator by name, so it stands where it would have, and the element is validated
/// the generic way from there.
/// </summary>
internal sealed partial class SchemaPushReader
{
    private readonly Dictionary<XmlSchemaElement, FastChoiceModel?> _choiceModels = [];
    private readonly List<XmlSchemaValidator> _childValidators = [];
    private readonly XmlSchemaSet _schemas;
    private readonly XmlSchemaValidationFlags _flags;
    private ChoiceFrame[] _choices = new ChoiceFrame[4];
    private int _choiceCount;

    /// <summary>Events are dropped while the children a model accepted are replayed by name: they were validated alone.</summary>
    private bool _muted;

    /// <summary>The validator the current node goes to: the document's, or the one of the choice child being read.</summary>
    private XmlSchemaValidator _current;

    /// <summary>Whether the choice models apply: not when a schema declares identity types, whose checks span the document.</summary>
    private readonly bool _choicesAllowed;

    private void BeginChoice(XmlSchemaElement declaration, FastChoiceModel model, int depth)
    {
        if (_choiceCount == _choices.Length)
        {
            Array.Resize(ref _choices, _choiceCount * 2);
        }
        var frame = _choices[_choiceCount] ??= new ChoiceFrame();
        frame.Begin(declaration, model, depth, _current);
        _choiceCount++;
    }

    /// <summary>A node at the level of the innermost choice element's children; true when the model took it.</summary>
    private bool TryChoice()
    {
        var frame = _choices[_choiceCount - 1];
        if (frame.InChild)
        {
            return false; // inside a child: its validator's
        }
        switch (_nodeType)
        {
            case XmlNodeType.Element:
                StartChild(frame);
                return false; // the child's start is validated by its own validator
            case XmlNodeType.EndElement:
                return EndChoice(frame);
            case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.Comment or XmlNodeType.ProcessingInstruction:
                return true; // element-only content allows blanks
            default:
                Doubt(frame);
                return false;
        }
    }

    private void StartChild(ChoiceFrame frame)
    {
        var model = frame.Model;
        var member = model.Find(Inner.LocalName, Inner.NamespaceURI);
        if (member < 0 || (frame.Member != member && frame.KeptCount == MaxKept))
        {
            Doubt(frame);
            return;
        }
        if (member != frame.Member)
        {
            if (frame.Member >= 0)
            {
                if (!model.RunFits(frame.Member, frame.Run))
                {
                    Doubt(frame);
                    return;
                }
                frame.Iterations += model.MostIterations(frame.Member, frame.Run);
            }
            frame.Member = member;
            frame.Run = 0;
            frame.Keep(member, Inner.LocalName, Inner.NamespaceURI);
        }
        else
        {
            frame.Kept[frame.KeptCount - 1].Count++;
        }
        frame.Run++;
        var level = _choiceCount - 1;
        if (level == _childValidators.Count)
        {
            _childValidators.Add(CreateValidator());
        }
        var validator = _childValidators[level];
        validator.Initialize(model.Member(member));
        _current = validator;
        frame.InChild = true;
    }

    /// <summary>After each node: when it ended a choice child, the child's validator is done.</summary>
    private void AfterNode()
    {
        if (_choiceCount == 0)
        {
            return;
        }
        var frame = _choices[_choiceCount - 1];
        if (!frame.InChild)
        {
            return;
        }
        var type = _nodeType;
        if ((type == XmlNodeType.EndElement || (type == XmlNodeType.Element && Inner.IsEmptyElement)) && Inner.Depth == frame.Depth + 1)
        {
            _current.EndValidation();
            _current = frame.Validator;
            frame.InChild = false;
        }
    }

    private bool EndChoice(ChoiceFrame frame)
    {
        var model = frame.Model;
        var iterations = frame.Iterations;
        if (frame.Member >= 0)
        {
            if (!model.RunFits(frame.Member, frame.Run))
            {
                Doubt(frame);
                return false;
            }
            iterations += model.MostIterations(frame.Member, frame.Run);
        }
        if (iterations < model.MinIterations)
        {
            Doubt(frame);
            return false;
        }
        // Every child was validated alone and the choice fits: the element's validator skips its content.
        _choiceCount--;
        _current = frame.Validator;
        At(XmlNodeType.EndElement, Inner.LocalName, Inner.NamespaceURI, Inner.Depth);
        _current.SkipToEndElement(null);
        ModelChecked++;
        frame.Clear();
        return true;
    }

    /// <summary>The children seen are replayed by name to the element's validator, which validates the rest the generic way.</summary>
    private void Doubt(ChoiceFrame frame)
    {
        _current = frame.Validator;
        _muted = true;
        try
        {
            for (var i = 0; i < frame.KeptCount; i++)
            {
                ref readonly var child = ref frame.Kept[i];
                At(XmlNodeType.Element, child.LocalName, child.Namespace, frame.Depth + 1);
                for (var n = 0; n < child.Count; n++)
                {
                    _current.ValidateElement(child.LocalName, child.Namespace, null);
                    _current.ValidateEndOfAttributes(null);
                    _current.SkipToEndElement(null);
                }
            }
        }
        finally
        {
            _muted = false;
        }
        _choiceCount--;
        Replays++;
        _fallbacks[frame.Declaration!] = Fallbacks(frame.Declaration!) + 1;
        frame.Clear();
    }

    private XmlSchemaValidator CreateValidator()
    {
        var validator = new XmlSchemaValidator(Inner.NameTable, _schemas, _resolver, _flags)
        {
            XmlResolver = null,
            LineInfoProvider = _position,
            ValidationEventSender = this,
        };
        validator.ValidationEventHandler += OnValidatorEvent;
        return validator;
    }

    /// <summary>Whether any type of <paramref name="schemas"/> is an identity type (ID, IDREF, IDREFS): their checks span the document.</summary>
    private static bool DeclaresIdentityTypes(XmlSchemaSet schemas)
    {
        foreach (XmlSchemaType type in schemas.GlobalTypes.Values)
        {
            if (HasIdentity(type))
            {
                return true;
            }
        }
        foreach (XmlSchemaAttribute attribute in schemas.GlobalAttributes.Values)
        {
            if (HasIdentity(attribute.AttributeSchemaType))
            {
                return true;
            }
        }
        foreach (XmlSchemaElement element in schemas.GlobalElements.Values)
        {
            if (HasIdentity(element.ElementSchemaType) || element.Constraints.Count > 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasIdentity(XmlSchemaType? type, HashSet<XmlSchemaType>? seen = null)
    {
        if (type is null || !(seen ??= []).Add(type))
        {
            return false;
        }
        if (type.Datatype is { TokenizedType: XmlTokenizedType.ID or XmlTokenizedType.IDREF or XmlTokenizedType.IDREFS })
        {
            return true;
        }
        if (type is not XmlSchemaComplexType complex)
        {
            return false;
        }
        foreach (XmlSchemaAttribute attribute in complex.AttributeUses.Values)
        {
            if (HasIdentity(attribute.AttributeSchemaType, seen))
            {
                return true;
            }
        }
        return ParticleHasIdentity(complex.ContentTypeParticle, seen);
    }

    private static bool ParticleHasIdentity(XmlSchemaParticle? particle, HashSet<XmlSchemaType> seen) => particle switch
    {
        XmlSchemaElement element => element.Constraints.Count > 0 || HasIdentity(element.ElementSchemaType, seen),
        XmlSchemaGroupBase group => group.Items.OfType<XmlSchemaParticle>().Any(p => ParticleHasIdentity(p, seen)),
        _ => false,
    };

    /// <summary>An open choice element: its model, where it stands, and its children seen (runs of one member counted).</summary>
    private sealed class ChoiceFrame
    {
        public FastChoiceModel Model { get; private set; } = null!;
        public XmlSchemaElement? Declaration { get; private set; }
        public int Depth { get; private set; }

        /// <summary>The validator that validated the element's start: told to skip its content, or replayed to.</summary>
        public XmlSchemaValidator Validator { get; private set; } = null!;

        public int Member { get; set; }
        public int Run { get; set; }
        public int Iterations { get; set; }
        public bool InChild { get; set; }
        public KeptChild[] Kept { get; private set; } = new KeptChild[16];
        public int KeptCount { get; private set; }

        public void Begin(XmlSchemaElement declaration, FastChoiceModel model, int depth, XmlSchemaValidator validator)
        {
            Model = model;
            Declaration = declaration;
            Depth = depth;
            Validator = validator;
            Member = -1;
            Run = 0;
            Iterations = 0;
            InChild = false;
            KeptCount = 0;
        }

        public void Keep(int member, string localName, string ns)
        {
            if (KeptCount == Kept.Length)
            {
                var kept = Kept;
                Array.Resize(ref kept, KeptCount * 2);
                Kept = kept;
            }
            Kept[KeptCount++] = new KeptChild(member, localName, ns, 1);
        }

        public void Clear()
        {
            Array.Clear(Kept, 0, KeptCount);
            KeptCount = 0;
            Declaration = null;
            Validator = null!;
        }
    }

    private struct KeptChild(int member, string localName, string ns, int count)
    {
        public readonly int Member = member;
        public readonly string LocalName = localName;
        public readonly string Namespace = ns;
        public int Count = count;
    }
}
