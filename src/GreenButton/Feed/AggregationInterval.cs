namespace GreenButton;

/// <summary>The local periods <see cref="GreenButtonFeed.Aggregate"/> sums readings into (the usage point's LocalTimeParameters; UTC without them).</summary>
public enum AggregationInterval
{
    /// <summary>Local hours (the two 01:00 hours of a fall-back night are two aggregates).</summary>
    Hour,

    /// <summary>Local days: 23 or 25 hours long on DST change days.</summary>
    Day,

    /// <summary>Local calendar months.</summary>
    Month,
}
