namespace GreenButton;

/// <summary>
/// Status of an OAuth authorization (Authorization/status; XSD AuthorizationStatus).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
public enum AuthorizationStatus
{
    /// <summary>Revoked.</summary>
    Revoked = 0,

    /// <summary>Active.</summary>
    Active = 1,

    /// <summary>Denied.</summary>
    Denied = 2,
}
