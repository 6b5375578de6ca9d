namespace GreenButton;

/// <summary>
/// Time attribute of ReadingType readings: measuring-interval codes (ReadingType/measuringPeriod; XSD TimeAttributeKind) and period-of-interest codes (ReadingType/timeAttribute; XSD TimePeriodOfInterest), one IEC 61968-9 number space without overlaps.
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
/// <remarks>
/// Files before 2013 (EnergyOS TimeAttributeType) and many utilities put interval codes such as 7 (60-minute) in timeAttribute; both lists are one enum so either element parses to a named member.
/// </remarks>
public enum TimeAttribute
{
    /// <summary>Not Applicable.</summary>
    None = 0,

    /// <summary>10-minute.</summary>
    TenMinute = 1,

    /// <summary>15-minute.</summary>
    FifteenMinute = 2,

    /// <summary>1-minute.</summary>
    OneMinute = 3,

    /// <summary>24-hour.</summary>
    TwentyFourHour = 4,

    /// <summary>30-minute.</summary>
    ThirtyMinute = 5,

    /// <summary>5-minute.</summary>
    FiveMinute = 6,

    /// <summary>60-minute.</summary>
    SixtyMinute = 7,

    /// <summary>Billing period, from midnight of the first day of the billing cycle (to "now" if current).</summary>
    BillingPeriod = 8,

    /// <summary>2-minute.</summary>
    TwoMinute = 10,

    /// <summary>Daily, from midnight (to "now" if current day).</summary>
    Daily = 11,

    /// <summary>Monthly, from midnight of the first day of the month (to "now" if current).</summary>
    Monthly = 13,

    /// <summary>3-minute.</summary>
    ThreeMinute = 14,

    /// <summary>Within the present period of time.</summary>
    Present = 15,

    /// <summary>Shifted within the previous monthly cycle and data set.</summary>
    Previous = 16,

    /// <summary>Seasonal, a season spanning several months (to "now" if current).</summary>
    Seasonal = 22,

    /// <summary>Weekly, from midnight of the first day of the week (to "now" if current).</summary>
    Weekly = 24,

    /// <summary>20-minute interval.</summary>
    TwentyMinute = 31,

    /// <summary>The period given by the enclosing TimePeriod/interval in the message.</summary>
    SpecifiedPeriod = 32,

    /// <summary>60-minute Fixed Block.</summary>
    FixedBlock60Min = 50,

    /// <summary>30-minute Fixed Block.</summary>
    FixedBlock30Min = 51,

    /// <summary>20-minute Fixed Block.</summary>
    FixedBlock20Min = 52,

    /// <summary>15-minute Fixed Block.</summary>
    FixedBlock15Min = 53,

    /// <summary>10-minute Fixed Block.</summary>
    FixedBlock10Min = 54,

    /// <summary>5-minute Fixed Block.</summary>
    FixedBlock5Min = 55,

    /// <summary>1-minute Fixed Block.</summary>
    FixedBlock1Min = 56,

    /// <summary>60-minute Rolling Block with 30-minute sub-intervals.</summary>
    RollingBlock60MinIntvl30MinSubIntvl = 57,

    /// <summary>60-minute Rolling Block with 20-minute sub-intervals.</summary>
    RollingBlock60MinIntvl20MinSubIntvl = 58,

    /// <summary>60-minute Rolling Block with 15-minute sub-intervals.</summary>
    RollingBlock60MinIntvl15MinSubIntvl = 59,

    /// <summary>60-minute Rolling Block with 12-minute sub-intervals.</summary>
    RollingBlock60MinIntvl12MinSubIntvl = 60,

    /// <summary>60-minute Rolling Block with 10-minute sub-intervals.</summary>
    RollingBlock60MinIntvl10MinSubIntvl = 61,

    /// <summary>60-minute Rolling Block with 6-minute sub-intervals.</summary>
    RollingBlock60MinIntvl6MinSubIntvl = 62,

    /// <summary>60-minute Rolling Block with 5-minute sub-intervals.</summary>
    RollingBlock60MinIntvl5MinSubIntvl = 63,

    /// <summary>60-minute Rolling Block with 4-minute sub-intervals.</summary>
    RollingBlock60MinIntvl4MinSubIntvl = 64,

    /// <summary>30-minute Rolling Block with 15-minute sub-intervals.</summary>
    RollingBlock30MinIntvl15MinSubIntvl = 65,

    /// <summary>30-minute Rolling Block with 10-minute sub-intervals.</summary>
    RollingBlock30MinIntvl10MinSubIntvl = 66,

    /// <summary>30-minute Rolling Block with 6-minute sub-intervals.</summary>
    RollingBlock30MinIntvl6MinSubIntvl = 67,

    /// <summary>30-minute Rolling Block with 5-minute sub-intervals.</summary>
    RollingBlock30MinIntvl5MinSubIntvl = 68,

    /// <summary>30-minute Rolling Block with 3-minute sub-intervals.</summary>
    RollingBlock30MinIntvl3MinSubIntvl = 69,

    /// <summary>30-minute Rolling Block with 2-minute sub-intervals.</summary>
    RollingBlock30MinIntvl2MinSubIntvl = 70,

    /// <summary>15-minute Rolling Block with 5-minute sub-intervals.</summary>
    RollingBlock15MinIntvl5MinSubIntvl = 71,

    /// <summary>15-minute Rolling Block with 3-minute sub-intervals.</summary>
    RollingBlock15MinIntvl3MinSubIntvl = 72,

    /// <summary>15-minute Rolling Block with 1-minute sub-intervals.</summary>
    RollingBlock15MinIntvl1MinSubIntvl = 73,

    /// <summary>10-minute Rolling Block with 5-minute sub-intervals.</summary>
    RollingBlock10MinIntvl5MinSubIntvl = 74,

    /// <summary>10-minute Rolling Block with 2-minute sub-intervals.</summary>
    RollingBlock10MinIntvl2MinSubIntvl = 75,

    /// <summary>10-minute Rolling Block with 1-minute sub-intervals.</summary>
    RollingBlock10MinIntvl1MinSubIntvl = 76,

    /// <summary>5-minute Rolling Block with 1-minute sub-intervals.</summary>
    RollingBlock5MinIntvl1MinSubIntvl = 77,

    /// <summary>[pre-2013] Daily 30-minute fixed block (EnergyOS 2012 TimeAttributeType).</summary>
    Daily30MinuteFixedBlock = 79,
}
