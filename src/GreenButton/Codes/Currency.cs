namespace GreenButton;

/// <summary>
/// Currency of costs and amounts, as an ISO 4217 numeric code (ReadingType/currency, UsageSummary/currency; XSD Currency).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
public enum Currency
{
    /// <summary>Other / not applicable (ESPI code 0).</summary>
    Other = 0,

    /// <summary>Australian dollar.</summary>
    AUD = 36,

    /// <summary>Brazilian real (ISO 4217; not in the ESPI list).</summary>
    BRL = 986,

    /// <summary>Canadian dollar.</summary>
    CAD = 124,

    /// <summary>Swiss franc.</summary>
    CHF = 756,

    /// <summary>Chinese yuan renminbi.</summary>
    CNY = 156,

    /// <summary>Czech koruna (ISO 4217; not in the ESPI list).</summary>
    CZK = 203,

    /// <summary>Danish krone.</summary>
    DKK = 208,

    /// <summary>Euro.</summary>
    EUR = 978,

    /// <summary>Pound sterling.</summary>
    GBP = 826,

    /// <summary>Hong Kong dollar (ISO 4217; not in the ESPI list).</summary>
    HKD = 344,

    /// <summary>Hungarian forint (ISO 4217; not in the ESPI list).</summary>
    HUF = 348,

    /// <summary>Israeli new shekel (ISO 4217; not in the ESPI list).</summary>
    ILS = 376,

    /// <summary>Indian rupee.</summary>
    INR = 356,

    /// <summary>Japanese yen.</summary>
    JPY = 392,

    /// <summary>South Korean won (ISO 4217; not in the ESPI list).</summary>
    KRW = 410,

    /// <summary>Mexican peso (ISO 4217; not in the ESPI list).</summary>
    MXN = 484,

    /// <summary>Norwegian krone.</summary>
    NOK = 578,

    /// <summary>New Zealand dollar (ISO 4217; not in the ESPI list).</summary>
    NZD = 554,

    /// <summary>Polish zloty (ISO 4217; not in the ESPI list).</summary>
    PLN = 985,

    /// <summary>Russian ruble.</summary>
    RUB = 643,

    /// <summary>Swedish krona.</summary>
    SEK = 752,

    /// <summary>Singapore dollar (ISO 4217; not in the ESPI list).</summary>
    SGD = 702,

    /// <summary>New Taiwan dollar (ISO 4217; not in the ESPI list).</summary>
    TWD = 901,

    /// <summary>US dollar.</summary>
    USD = 840,

    /// <summary>South African rand (ISO 4217; not in the ESPI list).</summary>
    ZAR = 710,
}
