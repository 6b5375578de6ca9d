namespace GreenButton;

/// <summary>
/// Roles assigned to a usage point (UsagePoint/roleFlags, HexBinary16 bit map; bits documented in the XSD, bit 1 = least significant).
/// Bits 7-16 are reserved; unknown bits are kept as their number (cast), never rejected.
/// </summary>
[System.Flags]
public enum RoleFlags
{
    /// <summary>No role flag set.</summary>
    None = 0,

    /// <summary>Bit 1, isMirror: the usage point mirrors another (e.g. a meter mirror).</summary>
    Mirror = 1,

    /// <summary>Bit 2, isPremisesAggregationPoint: aggregates the premises' usage.</summary>
    PremisesAggregationPoint = 2,

    /// <summary>Bit 3, isPEV: plug-in electric vehicle.</summary>
    Pev = 4,

    /// <summary>Bit 4, isDER: distributed energy resource.</summary>
    Der = 8,

    /// <summary>Bit 5, isRevenueQuality: readings are revenue (billing) quality.</summary>
    RevenueQuality = 16,

    /// <summary>Bit 6, isDC: direct current.</summary>
    DC = 32,
}
