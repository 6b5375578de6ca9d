namespace GreenButton;

/// <summary>An Atom <c>link</c>: <c>self</c>, <c>up</c> or <c>related</c> tie ESPI resources together.</summary>
/// <param name="Rel">The relation as written (<c>self</c>, <c>up</c>, <c>related</c>, ...); <c>alternate</c> when absent, per RFC 4287.</param>
/// <param name="Href">The href as written in the file.</param>
/// <param name="Type">The optional media type (ESPI writes <c>espi-entry/UsagePoint</c> and the like).</param>
public readonly record struct AtomLink(string Rel, string Href, string? Type = null)
{
    /// <summary>The <c>self</c> relation.</summary>
    public const string SelfRel = "self";
    /// <summary>The <c>up</c> relation: the collection this resource belongs to.</summary>
    public const string UpRel = "up";
    /// <summary>The <c>related</c> relation: a child collection or a linked resource.</summary>
    public const string RelatedRel = "related";
}
