namespace GreenButton;

/// <summary>
/// Operation requested for a batch item (BatchItemInfo/operation; XSD CRUDOperation).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
public enum CrudOperation
{
    /// <summary>Create.</summary>
    Create = 0,

    /// <summary>Read.</summary>
    Read = 1,

    /// <summary>Update.</summary>
    Update = 2,

    /// <summary>Delete.</summary>
    Delete = 3,
}
