using System.Xml;
using System.Xml.Schema;

namespace GreenButton;

/// <summary>
/// Passes a reader through to the parser, except that <see cref="XmlReader.Skip"/> reads the subtree node by node (the
/// base implementation) rather than letting the inner reader skip it: what the parser does not model (customer
/// resources, extensions) is still checked against the schema. How a node is read is the derived reader's.
/// </summary>
internal abstract class SchemaPassThroughReader(XmlReader inner) : XmlReader, IXmlLineInfo, IXmlNamespaceResolver
{
    private readonly IXmlLineInfo? _lineInfo = inner as IXmlLineInfo;

    /// <summary>The reader passed through.</summary>
    protected XmlReader Inner => inner;

    /// <summary>
    /// The reader whose node properties this one passes through unchanged (its values may differ). The parser reads
    /// them from it directly, so they are sealed here: no derived reader may change what they say.
    /// </summary>
    internal XmlReader Node => inner;
    private readonly IXmlNamespaceResolver? _resolver = inner as IXmlNamespaceResolver;

    public sealed override XmlNodeType NodeType => inner.NodeType;
    public sealed override string LocalName => inner.LocalName;
    public sealed override string NamespaceURI => inner.NamespaceURI;
    public sealed override string Prefix => inner.Prefix;
    public sealed override string Name => inner.Name;
    public override string Value => inner.Value;
    public sealed override bool HasValue => inner.HasValue;
    public sealed override int Depth => inner.Depth;
    public override string BaseURI => inner.BaseURI;
    public sealed override bool IsEmptyElement => inner.IsEmptyElement;
    public override bool IsDefault => inner.IsDefault;
    public override XmlSpace XmlSpace => inner.XmlSpace;
    public override string XmlLang => inner.XmlLang;
    public override IXmlSchemaInfo? SchemaInfo => inner.SchemaInfo;
    public override Type ValueType => inner.ValueType;
    public sealed override int AttributeCount => inner.AttributeCount;
    public override bool EOF => inner.EOF;
    public override ReadState ReadState => inner.ReadState;
    public override XmlNameTable NameTable => inner.NameTable;
    public override XmlReaderSettings? Settings => inner.Settings;
    public override bool CanResolveEntity => inner.CanResolveEntity;
    public override bool CanReadBinaryContent => false;

    public override string? GetAttribute(string name) => inner.GetAttribute(name);
    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);
    public override string GetAttribute(int i) => inner.GetAttribute(i);
    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);
    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);
    public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);
    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();
    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();
    public override bool MoveToElement() => inner.MoveToElement();
    public override bool ReadAttributeValue() => inner.ReadAttributeValue();
    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);
    public override void ResolveEntity() => inner.ResolveEntity();
    public override Task<string> GetValueAsync() => inner.GetValueAsync();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    public bool HasLineInfo() => _lineInfo?.HasLineInfo() ?? false;
    public int LineNumber => _lineInfo?.LineNumber ?? 0;
    public int LinePosition => _lineInfo?.LinePosition ?? 0;

    public IDictionary<string, string> GetNamespacesInScope(XmlNamespaceScope scope) => _resolver?.GetNamespacesInScope(scope) ?? new Dictionary<string, string>();
    string? IXmlNamespaceResolver.LookupNamespace(string prefix) => inner.LookupNamespace(prefix);
    public string? LookupPrefix(string namespaceName) => _resolver?.LookupPrefix(namespaceName);
}

/// <summary>The validating <see cref="XmlReader"/> of .NET passed through: the reference the push validator is tested against.</summary>
internal sealed class SchemaCheckingReader(XmlReader inner) : SchemaPassThroughReader(inner)
{
    public override bool CanReadValueChunk => Inner.CanReadValueChunk;
    public override bool Read() => Inner.Read();
    public override Task<bool> ReadAsync() => Inner.ReadAsync();
    public override int ReadValueChunk(char[] buffer, int index, int count) => Inner.ReadValueChunk(buffer, index, count);
    public override Task<int> ReadValueChunkAsync(char[] buffer, int index, int count) => Inner.ReadValueChunkAsync(buffer, index, count);
    public override string ReadString() => Inner.ReadString();
}
