namespace GreenButton;

/// <summary>
/// Current status of a usage point (UsagePoint/status, UInt8; codes given only in the XSD documentation).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
public enum UsagePointStatus
{
    /// <summary>Off.</summary>
    Off = 0,

    /// <summary>On.</summary>
    On = 1,
}
