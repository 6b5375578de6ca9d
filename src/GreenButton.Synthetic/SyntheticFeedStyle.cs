namespace GreenButton.Synthetic;

/// <summary>How the generated XML spells its namespaces (the ESPI namespace is always declared once, as <c>espi:</c>).</summary>
public enum SyntheticFeedStyle
{
    /// <summary>Atom as the default namespace.</summary>
    Default = 0,

    /// <summary>As PG&amp;E writes it: Atom under <c>ns0:</c>, ESPI under <c>espi:</c>, both declared on the feed.</summary>
    Prefixed = 1,

    /// <summary>ESPI as the default namespace and Atom under <c>atom:</c>: the smallest files (ESPI elements outnumber Atom's).</summary>
    Compact = 2,
}
