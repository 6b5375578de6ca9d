using System.Xml;
using System.Xml.Schema;

namespace GreenButton;

/// <summary>
/// The content of an element declared as a repeated choice of elements (Atom's <c>feed</c> and <c>entry</c>: "any of
/// these, in any order, each member counted"), reduced to what <see cref="SchemaPushReader"/> checks itself: which
/// member a child is, and whether the runs of each member and the number of the choice's iterations fit. Each child is
/// then validated on its own (partial validation against the member's declaration), so the generic validator never
/// runs the choice's counted content model, whose cost grows with the children seen (RangeContentValidator keeps a
/// position per count). Compiled only for an unbounded choice of named elements and <c>##other</c> wildcards, not mixed,
/// no fixed or default value; a wildcard's children, and anything the model cannot decide, go back to the generic
/// validator. The model only accepts what the schema accepts.
/// </summary>
internal sealed class FastChoiceModel
{
    private readonly XmlSchemaElement[] _members;
    private readonly string[] _names;
    private readonly string[] _namespaces;
    private readonly int[] _min;
    private readonly int[] _max;

    private FastChoiceModel(XmlSchemaElement[] members, int minIterations, XmlNameTable names)
    {
        _members = members;
        _names = [.. members.Select(m => names.Add(m.QualifiedName.Name))];
        _namespaces = [.. members.Select(m => names.Add(m.QualifiedName.Namespace))];
        _min = [.. members.Select(m => (int)Math.Min(m.MinOccurs, int.MaxValue))];
        _max = [.. members.Select(m => m.MaxOccurs >= int.MaxValue ? int.MaxValue : (int)m.MaxOccurs)];
        MinIterations = minIterations;
    }

    /// <summary>The choice's minOccurs: how many times at least it is chosen.</summary>
    public int MinIterations { get; }

    /// <summary>The declaration of member <paramref name="index"/>, against which its element is validated.</summary>
    public XmlSchemaElement Member(int index) => _members[index];

    /// <summary>The member a child element named <paramref name="localName"/> in <paramref name="ns"/> is; -1 when none (a wildcard's or not allowed).</summary>
    public int Find(string localName, string ns)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], localName, StringComparison.Ordinal) && string.Equals(_namespaces[i], ns, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// Whether a run of <paramref name="length"/> consecutive children of member <paramref name="index"/> splits into
    /// iterations of the choice that each hold between the member's minOccurs and maxOccurs of them; false also when it
    /// cannot tell.
    /// </summary>
    public bool RunFits(int index, int length)
    {
        int min = _min[index], max = _max[index];
        if (min <= 1)
        {
            return true; // one iteration per child
        }
        if (max == int.MaxValue)
        {
            return length >= min;
        }
        // k iterations hold between k*min and k*max children.
        for (var k = 1; k * min <= length; k++)
        {
            if (length <= (long)k * max)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The most iterations a run of <paramref name="length"/> children of member <paramref name="index"/> can be (it fits).</summary>
    public int MostIterations(int index, int length) => _min[index] <= 1 ? length : length / _min[index];

    /// <summary>The model of an element declaration's content, from <paramref name="cache"/> or compiled (names atomized in <paramref name="names"/>); null when it has none.</summary>
    public static FastChoiceModel? For(XmlSchemaElement element, Dictionary<XmlSchemaElement, FastChoiceModel?> cache, XmlNameTable names)
    {
        if (!cache.TryGetValue(element, out var model))
        {
            model = Compile(element, names);
            cache[element] = model;
        }
        return model;
    }

    private static FastChoiceModel? Compile(XmlSchemaElement element, XmlNameTable names)
    {
        if (element.IsAbstract || element.FixedValue is not null || element.DefaultValue is not null
            || element.ElementSchemaType is not XmlSchemaComplexType { IsAbstract: false, IsMixed: false, ContentType: XmlSchemaContentType.ElementOnly } type
            || type.ContentTypeParticle is not XmlSchemaChoice { MaxOccurs: decimal.MaxValue } choice
            || choice.MinOccurs > int.MaxValue)
        {
            return null;
        }
        var members = new List<XmlSchemaElement>();
        var wildcards = new List<XmlSchemaAny>();
        foreach (var item in choice.Items)
        {
            switch (item)
            {
                case XmlSchemaElement { IsAbstract: false, FixedValue: null, DefaultValue: null, ElementSchemaType: not null } member
                    when member.MaxOccurs >= 1 && member.MinOccurs <= member.MaxOccurs:
                    members.Add(member);
                    break;
                case XmlSchemaAny any:
                    wildcards.Add(any);
                    break;
                default:
                    return null; // a nested group, an abstract or fixed member: the generic validator's
            }
        }
        var qualified = members.Select(m => m.QualifiedName).ToList();
        if (qualified.Distinct().Count() != qualified.Count)
        {
            return null;
        }
        // A wildcard must not claim a member's name: only ##other, members all in the type's own namespace.
        var own = element.QualifiedName.Namespace;
        if (!type.QualifiedName.IsEmpty && type.QualifiedName.Namespace != own)
        {
            return null;
        }
        foreach (var any in wildcards)
        {
            if (any.Namespace is not "##other" || qualified.Any(n => n.Namespace != own) || own.Length == 0)
            {
                return null;
            }
        }
        return new FastChoiceModel([.. members], (int)choice.MinOccurs, names);
    }
}
