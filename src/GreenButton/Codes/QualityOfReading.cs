namespace GreenButton;

/// <summary>
/// Quality of a reading value (ReadingQuality/quality, ReadingType/defaultQuality, UsageSummary/qualityOfReading; XSD QualityOfReading).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
public enum QualityOfReading
{
    /// <summary>Valid: passed all required validation checks, or verified.</summary>
    Valid = 0,

    /// <summary>Replaced or approved by a human.</summary>
    ManuallyEdited = 7,

    /// <summary>Data value was replaced by a machine computed value based on analysis of historical data using the same type of measurement.</summary>
    EstimatedUsingReferenceDay = 8,

    /// <summary>Data value was computed using linear interpolation based on the readings before and after it.</summary>
    EstimatedUsingLinearInterpolation = 9,

    /// <summary>Data that has failed one or more checks.</summary>
    Questionable = 10,

    /// <summary>Derived: calculated using logic or mathematical operations.</summary>
    Derived = 11,

    /// <summary>Projected (forecast) value of future readings.</summary>
    Projected = 12,

    /// <summary>Indicates that the quality of this reading has mixed characteristics.</summary>
    Mixed = 13,

    /// <summary>Raw: has not gone through validation.</summary>
    Raw = 14,

    /// <summary>The values have been adjusted to account for weather.</summary>
    NormalizedForWeather = 15,

    /// <summary>Specifies that a characteristic applies other than those defined.</summary>
    Other = 16,

    /// <summary>Data that has been validated and possibly edited and/or estimated in accordance with approved procedures.</summary>
    Validated = 17,

    /// <summary>Data that failed at least one of the required validation checks but was determined to represent actual usage.</summary>
    Verified = 18,

    /// <summary>Data that is valid and acceptable for billing purposes.</summary>
    RevenueQuality = 19,
}
