namespace GreenButton;

/// <summary>How many instants a local time names.</summary>
public enum LocalTimeMappingKind
{
    /// <summary>Exactly one.</summary>
    Unique,

    /// <summary>Two: the clocks went back and show this time twice.</summary>
    Ambiguous,

    /// <summary>None: the clocks went forward over it.</summary>
    Skipped,
}
