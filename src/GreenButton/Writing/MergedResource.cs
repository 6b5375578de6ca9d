namespace GreenButton;

/// <summary>
/// A resource of one input that <see cref="GreenButtonMerger"/> left out because another input holds the same one under
/// another href (the same content; for a UsagePoint also the same trailing <c>UsagePoint/{id}</c>; for a resource under
/// one already merged, the same place under the one kept). Links that named it point at the one kept.
/// </summary>
/// <param name="ResourceName">The resource's element name (<c>ReadingType</c>, <c>CustomerAccount</c>, ...).</param>
/// <param name="Href">Its self href in <paramref name="Source"/>.</param>
/// <param name="Source">The input it was left out of.</param>
/// <param name="KeptHref">The self href of the one kept.</param>
/// <param name="KeptSource">The input the kept one came from.</param>
public sealed record MergedResource(string ResourceName, string Href, string Source, string KeptHref, string KeptSource)
{
    /// <inheritdoc/>
    public override string ToString() => $"{ResourceName} {Href} ({Source}) is {KeptHref} ({KeptSource})";
}
