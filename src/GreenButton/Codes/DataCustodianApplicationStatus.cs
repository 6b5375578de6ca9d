namespace GreenButton;

/// <summary>
/// Status of a third-party application as set by the Data Custodian (ApplicationInformation/dataCustodianApplicationStatus; XSD DataCustodianApplicationStatus).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
public enum DataCustodianApplicationStatus
{
    /// <summary>Review.</summary>
    Review = 1,

    /// <summary>Production (live).</summary>
    Production = 2,

    /// <summary>On Hold.</summary>
    OnHold = 3,

    /// <summary>Revoked.</summary>
    Revoked = 4,
}
