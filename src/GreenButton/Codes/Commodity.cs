namespace GreenButton;

/// <summary>
/// Commodity being measured (ReadingType/commodity, UsageSummary/commodity; XSD CommodityKind).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
public enum Commodity
{
    /// <summary>Not Applicable.</summary>
    None = 0,

    /// <summary>Electricity, secondary metered: the value as read from the meter.</summary>
    ElectricitySecondaryMetered = 1,

    /// <summary>Electricity, primary metered: the meter value with external VT/CT ratios applied.</summary>
    ElectricityPrimaryMetered = 2,

    /// <summary>Communication infrastructure itself.</summary>
    Communication = 3,

    /// <summary>Air.</summary>
    Air = 4,

    /// <summary>Insulative gas (SF6 is listed separately).</summary>
    InsulativeGas = 5,

    /// <summary>Insulative Oil.</summary>
    InsulativeOil = 6,

    /// <summary>Natural Gas.</summary>
    NaturalGas = 7,

    /// <summary>Propane C3H8.</summary>
    Propane = 8,

    /// <summary>Drinkable water.</summary>
    PotableWater = 9,

    /// <summary>Water in steam form, usually used for heating.</summary>
    Steam = 10,

    /// <summary>Waste Water (Sewerage).</summary>
    WasteWater = 11,

    /// <summary>Heating fluid (warm fluid returns cooler; conveyed heat may be metered).</summary>
    HeatingFluid = 12,

    /// <summary>Cooling fluid (cool fluid returns warmer; conveyed heat may be metered).</summary>
    CoolingFluid = 13,

    /// <summary>Non-potable (reclaimed) water, e.g. for irrigation.</summary>
    NonPotableWater = 14,

    /// <summary>Nitrous Oxides NOX.</summary>
    NOx = 15,

    /// <summary>Sulfur Dioxide SO2.</summary>
    SO2 = 16,

    /// <summary>Methane CH4.</summary>
    CH4 = 17,

    /// <summary>Carbon Dioxide CO2.</summary>
    CO2 = 18,

    /// <summary>Carbon.</summary>
    Carbon = 19,

    /// <summary>Hexachlorocyclohexane HCH.</summary>
    HCH = 20,

    /// <summary>Perfluorocarbons PFC.</summary>
    PFC = 21,

    /// <summary>Sulfurhexafluoride SF6.</summary>
    SF6 = 22,

    /// <summary>TV licence.</summary>
    TvLicence = 23,

    /// <summary>Internet service.</summary>
    Internet = 24,

    /// <summary>Trash.</summary>
    Refuse = 25,

    /// <summary>Electricity, transmission metered: taken directly from the transmission system without transformation.</summary>
    ElectricityTransmissionMetered = 26,
}
