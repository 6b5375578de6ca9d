namespace GreenButton;

/// <summary>
/// Statistical qualifier of reading values (ReadingType/dataQualifier; XSD DataQualifierKind).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
public enum DataQualifier
{
    /// <summary>Not applicable.</summary>
    None = 0,

    /// <summary>Average value.</summary>
    Average = 2,

    /// <summary>Excess: the amount by which a threshold was exceeded.</summary>
    Excess = 4,

    /// <summary>High threshold: the value is a programmed threshold.</summary>
    HighThreshold = 5,

    /// <summary>Low threshold: the value is a programmed threshold.</summary>
    LowThreshold = 7,

    /// <summary>The highest value observed.</summary>
    Maximum = 8,

    /// <summary>The smallest value observed.</summary>
    Minimum = 9,

    /// <summary>Nominal.</summary>
    Nominal = 11,

    /// <summary>Normal.</summary>
    Normal = 12,

    /// <summary>The second highest value observed.</summary>
    SecondMaximum = 16,

    /// <summary>The second smallest value observed.</summary>
    SecondMinimum = 17,

    /// <summary>The third highest value observed.</summary>
    ThirdMaximum = 23,

    /// <summary>The fourth highest value observed.</summary>
    FourthMaximum = 24,

    /// <summary>The fifth highest value observed.</summary>
    FifthMaximum = 25,

    /// <summary>The accumulated sum.</summary>
    Sum = 26,
}
