namespace GreenButton;

/// <summary>
/// Platform of a third-party application (ApplicationInformation/thirdPartyApplicationType; XSD ThirdPartyApplicationType).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
public enum ThirdPartyApplicationType
{
    /// <summary>The application is on the web.</summary>
    Web = 1,

    /// <summary>The application is on a desktop.</summary>
    Desktop = 2,

    /// <summary>The application is on a mobile device.</summary>
    Mobile = 3,

    /// <summary>The application is on another device.</summary>
    Device = 4,
}
