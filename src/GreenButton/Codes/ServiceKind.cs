namespace GreenButton;

/// <summary>
/// Kind of service a UsagePoint delivers (ServiceCategory/kind; XSD ServiceKind).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
/// <remarks>
/// The 2012 EnergyOS schema numbered 4+ differently (4 pressure, 5 heat, 6 cold, 7 communication, 8 time); this enum follows ESPI 3.3/4.0.
/// </remarks>
public enum ServiceKind
{
    /// <summary>Electricity service.</summary>
    Electricity = 0,

    /// <summary>Gas service.</summary>
    Gas = 1,

    /// <summary>Water service.</summary>
    Water = 2,

    /// <summary>Time service.</summary>
    Time = 3,

    /// <summary>Heat service.</summary>
    Heat = 4,

    /// <summary>Refuse (waste) service.</summary>
    Refuse = 5,

    /// <summary>Sewerage service.</summary>
    Sewerage = 6,

    /// <summary>Rates (e.g. tax, charge, toll, duty, tariff, etc.) service.</summary>
    Rates = 7,

    /// <summary>TV licence service.</summary>
    TvLicence = 8,

    /// <summary>Internet service.</summary>
    Internet = 9,

    /// <summary>[pre-4.0] Weather service (GBA extension in ESPI 3.3, dropped in 4.0).</summary>
    Weather = 10,
}
