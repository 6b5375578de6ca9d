namespace GreenButton.Synthetic;

/// <summary>How the generated XML spells its namespaces.</summary>
public enum SyntheticFeedStyle
{
    /// <summary>Atom as the default namespace; each resource declares ESPI as its default namespace.</summary>
    Default = 0,

    /// <summary>As PG&amp;E writes it: Atom under <c>ns0:</c>, ESPI under <c>espi:</c>, both declared on the feed.</summary>
    Prefixed = 1,
}
