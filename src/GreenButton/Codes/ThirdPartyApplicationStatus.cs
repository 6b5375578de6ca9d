namespace GreenButton;

/// <summary>
/// Status of an application as set by the Third Party (ApplicationInformation/thirdPartyApplicationStatus; XSD ThirdPartyApplicatonStatus, sic).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
public enum ThirdPartyApplicationStatus
{
    /// <summary>Development.</summary>
    Development = 1,

    /// <summary>Review/Test.</summary>
    ReviewTest = 2,

    /// <summary>Production (live).</summary>
    Production = 3,

    /// <summary>Retired (removed).</summary>
    Retired = 4,
}
