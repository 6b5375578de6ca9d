namespace GreenButton;

/// <summary>
/// Availability of the Data Custodian ESPI service (ServiceStatus/currentStatus; XSD ESPIServiceStatus).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
public enum ServiceStatusKind
{
    /// <summary>Unavailable.</summary>
    Unavailable = 0,

    /// <summary>Normal, operational.</summary>
    Normal = 1,
}
