namespace GreenButton;

/// <summary>
/// Expected use of a third-party application (ApplicationInformation/thirdPartyApplicationUse; XSD ThirdPartyApplicationUse).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
public enum ThirdPartyApplicationUse
{
    /// <summary>Energy Management.</summary>
    EnergyManagement = 1,

    /// <summary>Comparisons (analytical).</summary>
    Comparisons = 2,

    /// <summary>Governmental.</summary>
    Government = 3,

    /// <summary>Academic.</summary>
    Academic = 4,

    /// <summary>Law Enforcement.</summary>
    LawEnforcement = 5,
}
