using System.Globalization;
using System.Xml;
using System.Xml.Schema;

namespace GreenButton;

/// <summary>
/// An element declaration's content reduced to what <see cref="SchemaPushReader"/> can check without the generic
/// validator: a sequence of child elements, each with bounded occurrences and either simple content (checked by
/// <see cref="FastSimpleType"/>) or content of this same kind. Compiled only where that is exactly what the schema
/// says (no attributes required, not mixed, no wildcard, no choice, no fixed or default value); anything else has no
/// model and is validated the generic way. A model only ever accepts what the schema accepts: what it cannot decide is
/// handed back to the generic validator.
/// </summary>
internal sealed class FastContentModel
{
    private FastContentModel(FastChild[] children) => Children = children;

    /// <summary>The sequence's particles, in order.</summary>
    public FastChild[] Children { get; }

    /// <summary>Whether the children from <paramref name="index"/> on (the one at it seen <paramref name="count"/> times) may all be absent.</summary>
    public bool CanEndAt(int index, int count)
    {
        if (index < Children.Length && count < Children[index].Min)
        {
            return false;
        }
        for (var i = index + 1; i < Children.Length; i++)
        {
            if (Children[i].Min > 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Finds the child a start tag named <paramref name="localName"/> matches after child <paramref name="index"/> was seen
    /// <paramref name="count"/> times: advances both; false when the sequence allows no such element there.
    /// </summary>
    public bool TryMatch(string localName, string ns, ref int index, ref int count)
    {
        while (index < Children.Length)
        {
            var child = Children[index];
            // Names compare by reference: the model's are atomized in the reader's name table, as the reader's own are.
            if (count < child.Max && ReferenceEquals(child.LocalName, localName) && ReferenceEquals(child.Namespace, ns))
            {
                count++;
                return true;
            }
            if (count < child.Min)
            {
                return false;
            }
            index++;
            count = 0;
        }
        return false;
    }

    /// <summary>
    /// The model of an element declaration's content, from <paramref name="cache"/> or compiled with its names atomized in
    /// <paramref name="names"/> (the reader's: a name matches by reference); null when it has none.
    /// </summary>
    public static FastContentModel? For(XmlSchemaElement element, Dictionary<XmlSchemaElement, FastContentModel?> cache, XmlNameTable names)
    {
        if (cache.TryGetValue(element, out var model))
        {
            return model;
        }
        cache[element] = null; // a recursive type meets itself as "no model" while it compiles
        model = Compile(element, cache, names);
        cache[element] = model;
        return model;
    }

    private static FastContentModel? Compile(XmlSchemaElement element, Dictionary<XmlSchemaElement, FastContentModel?> cache, XmlNameTable names)
    {
        if (element.IsAbstract || element.FixedValue is not null || element.DefaultValue is not null
            || element.ElementSchemaType is not XmlSchemaComplexType type
            || type.IsAbstract || type.IsMixed || type.AttributeWildcard is not null
            || type.ContentType is not (XmlSchemaContentType.ElementOnly or XmlSchemaContentType.Empty))
        {
            return null;
        }
        foreach (XmlSchemaAttribute attribute in type.AttributeUses.Values)
        {
            if (attribute.Use == XmlSchemaUse.Required)
            {
                return null;
            }
        }
        var children = new List<FastChild>();
        if (type.ContentType == XmlSchemaContentType.ElementOnly && !Flatten(type.ContentTypeParticle, children, cache, names))
        {
            return null;
        }
        return new FastContentModel([.. children]);
    }

    /// <summary>Appends a particle's elements: only sequences that occur exactly once, and elements.</summary>
    private static bool Flatten(XmlSchemaParticle particle, List<FastChild> children, Dictionary<XmlSchemaElement, FastContentModel?> cache, XmlNameTable names)
    {
        switch (particle)
        {
            case XmlSchemaSequence sequence when sequence.MinOccurs == 1 && sequence.MaxOccurs == 1:
                foreach (var item in sequence.Items)
                {
                    if (item is not XmlSchemaParticle inner || !Flatten(inner, children, cache, names))
                    {
                        return false;
                    }
                }
                return true;
            case XmlSchemaElement element when element.MaxOccurs >= 1 && element.MinOccurs <= element.MaxOccurs:
                children.Add(FastChild.Of(element, cache, names));
                return true;
            default:
                return false;
        }
    }
}

/// <summary>One element particle of a <see cref="FastContentModel"/>: its name, its occurrences, and how its content is checked.</summary>
internal sealed class FastChild
{
    private FastChild(string localName, string ns, int min, int max, FastContentModel? content, FastSimpleType? simple)
    {
        LocalName = localName;
        Namespace = ns;
        Min = min;
        Max = max;
        Content = content;
        Simple = simple;
    }

    public string LocalName { get; }
    public string Namespace { get; }
    public int Min { get; }
    public int Max { get; }

    /// <summary>The element's own element content; null when it has simple content or cannot be checked here.</summary>
    public FastContentModel? Content { get; }

    /// <summary>The element's simple content; null when it has element content or cannot be checked here.</summary>
    public FastSimpleType? Simple { get; }

    public static FastChild Of(XmlSchemaElement element, Dictionary<XmlSchemaElement, FastContentModel?> cache, XmlNameTable names)
    {
        var name = new XmlQualifiedName(names.Add(element.QualifiedName.Name), names.Add(element.QualifiedName.Namespace));
        var min = (int)Math.Min(element.MinOccurs, int.MaxValue);
        var max = element.MaxOccurs >= int.MaxValue ? int.MaxValue : (int)element.MaxOccurs;
        if (element.IsAbstract || element.FixedValue is not null || element.DefaultValue is not null)
        {
            return new FastChild(name.Name, name.Namespace, min, max, null, null);
        }
        return element.ElementSchemaType switch
        {
            XmlSchemaSimpleType simple => new FastChild(name.Name, name.Namespace, min, max, null, FastSimpleType.Of(simple)),
            XmlSchemaComplexType => new FastChild(name.Name, name.Namespace, min, max, FastContentModel.For(element, cache, names), null),
            _ => new FastChild(name.Name, name.Namespace, min, max, null, null),
        };
    }
}

/// <summary>
/// A simple type's check: integers restricted by range only are parsed here (digits and a sign between XML blanks,
/// the range of the built-in type and of every restriction); any other type asks its <see cref="XmlSchemaDatatype"/>,
/// which is what the validator asks. Identity types (ID, IDREF, ...) have no check: the validator keeps state for them.
/// </summary>
internal sealed class FastSimpleType
{
    private readonly XmlSchemaDatatype _datatype;
    private readonly bool _integer;
    private readonly long _min;
    private readonly long _max;

    private FastSimpleType(XmlSchemaDatatype datatype, bool integer, long min, long max)
    {
        _datatype = datatype;
        _integer = integer;
        _min = min;
        _max = max;
    }

    public static FastSimpleType? Of(XmlSchemaSimpleType type)
    {
        var datatype = type.Datatype;
        if (datatype is null || datatype.TokenizedType is not (XmlTokenizedType.None or XmlTokenizedType.CDATA)
            || datatype.TypeCode is XmlTypeCode.QName or XmlTypeCode.Notation)
        {
            return null;
        }
        if (datatype.Variety != XmlSchemaDatatypeVariety.Atomic || IntegerRange(datatype.TypeCode) is not var (min, max))
        {
            return new FastSimpleType(datatype, false, 0, 0);
        }
        for (var t = type; t is not null && t.QualifiedName.Namespace != XmlSchema.Namespace; t = t.BaseXmlSchemaType as XmlSchemaSimpleType)
        {
            if (t.Content is not XmlSchemaSimpleTypeRestriction restriction)
            {
                return new FastSimpleType(datatype, false, 0, 0);
            }
            foreach (var facet in restriction.Facets)
            {
                var bound = facet is XmlSchemaFacet { Value: { } text } && long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : (long?)null;
                switch (facet)
                {
                    case XmlSchemaWhiteSpaceFacet:
                        break;
                    case XmlSchemaMinInclusiveFacet when bound is { } b:
                        min = Math.Max(min, b);
                        break;
                    case XmlSchemaMaxInclusiveFacet when bound is { } b:
                        max = Math.Min(max, b);
                        break;
                    case XmlSchemaMinExclusiveFacet when bound is { } b and < long.MaxValue:
                        min = Math.Max(min, b + 1);
                        break;
                    case XmlSchemaMaxExclusiveFacet when bound is { } b and > long.MinValue:
                        max = Math.Min(max, b - 1);
                        break;
                    default:
                        return new FastSimpleType(datatype, false, 0, 0);
                }
            }
        }
        return new FastSimpleType(datatype, true, min, max);
    }

    /// <summary>Whether the schema accepts <paramref name="text"/> as this type; false also when this check cannot tell.</summary>
    /// <param name="text">The element's text, whole.</param>
    /// <param name="reader">The reader whose name table the datatype may need (asked only for types that are not integers).</param>
    /// <param name="resolver">The namespaces in scope, for the datatype.</param>
    public bool Accepts(ReadOnlySpan<char> text, XmlReader reader, IXmlNamespaceResolver resolver)
    {
        if (_integer)
        {
            return ParseInteger(text, _min < 0) is { } value && value >= _min && value <= _max;
        }
        try
        {
            _datatype.ParseValue(text.ToString(), reader.NameTable, resolver);
            return true;
        }
        catch (Exception ex) when (ex is XmlSchemaException or FormatException or OverflowException or ArgumentException or InvalidCastException)
        {
            return false;
        }
    }

    /// <summary>
    /// Up to 18 digits between XML blanks, with a minus sign only where negatives exist; null for anything else (a plus
    /// sign, "-0" of an unsigned type: the generic validator decides those).
    /// </summary>
    private static long? ParseInteger(ReadOnlySpan<char> text, bool signed)
    {
        text = text.Trim(" \t\r\n");
        var negative = signed && text.Length > 0 && text[0] == '-';
        if (negative)
        {
            text = text[1..];
        }
        if (text.Length is 0 or > 18)
        {
            return null;
        }
        long value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return null;
            }
            value = (value * 10) + (c - '0');
        }
        return negative ? -value : value;
    }

    /// <summary>The value space of the built-in integer types, clamped to <see cref="long"/>; null for other types.</summary>
    private static (long Min, long Max)? IntegerRange(XmlTypeCode code) => code switch
    {
        XmlTypeCode.Integer or XmlTypeCode.Long => (long.MinValue, long.MaxValue),
        XmlTypeCode.NonPositiveInteger => (long.MinValue, 0),
        XmlTypeCode.NegativeInteger => (long.MinValue, -1),
        XmlTypeCode.Int => (int.MinValue, int.MaxValue),
        XmlTypeCode.Short => (short.MinValue, short.MaxValue),
        XmlTypeCode.Byte => (sbyte.MinValue, sbyte.MaxValue),
        XmlTypeCode.NonNegativeInteger or XmlTypeCode.UnsignedLong => (0, long.MaxValue),
        XmlTypeCode.PositiveInteger => (1, long.MaxValue),
        XmlTypeCode.UnsignedInt => (0, uint.MaxValue),
        XmlTypeCode.UnsignedShort => (0, ushort.MaxValue),
        XmlTypeCode.UnsignedByte => (0, byte.MaxValue),
        _ => null,
    };
}
