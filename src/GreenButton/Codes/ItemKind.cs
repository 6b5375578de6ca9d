namespace GreenButton;

/// <summary>
/// Classification of a billing line item (LineItem/itemKind, e.g. in costAdditionalDetailLastPeriod; XSD ItemKind).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
public enum ItemKind
{
    /// <summary>Energy Generation Fee. A charge for generation of energy.</summary>
    EnergyGenerationFee = 1,

    /// <summary>Energy Delivery Fee. A charge for delivery of energy.</summary>
    EnergyDeliveryFee = 2,

    /// <summary>Energy Usage Fee. A charge for electricity, natural gas, water consumption.</summary>
    EnergyUsageFee = 3,

    /// <summary>Administrative Fee. A fee for administrative services.</summary>
    AdministrativeFee = 4,

    /// <summary>Tax. A local, state, or federal energy tax.</summary>
    Tax = 5,

    /// <summary>Energy Generation Credit. A credit, discount or rebate for generation of energy.</summary>
    EnergyGenerationCredit = 6,

    /// <summary>Energy Delivery Credit. A credit, discount or rebate for delivery of energy.</summary>
    EnergyDeliveryCredit = 7,

    /// <summary>Administrative Credit. A credit, discount or rebate for administrative services.</summary>
    AdministrativeCredit = 8,

    /// <summary>Payment. A payment for a previous billing.</summary>
    Payment = 9,

    /// <summary>Information. An informational line item.</summary>
    Information = 10,
}
