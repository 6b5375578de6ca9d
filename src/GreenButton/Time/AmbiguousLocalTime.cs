namespace GreenButton;

/// <summary>
/// Which instant a local time names when the clocks go back and it occurs twice (01:30 on the first Sunday of November
/// in North America).
/// </summary>
public enum AmbiguousLocalTime
{
    /// <summary>The first occurrence, still in daylight time (NodaTime's <c>ReturnEarlier</c>).</summary>
    Earlier,

    /// <summary>The second occurrence, already in standard time (NodaTime's <c>ReturnLater</c>).</summary>
    Later,

    /// <summary>Refuse: <see cref="LocalTimeMapping.Resolve"/> throws, <see cref="LocalTimeMapping.TryResolve"/> returns false.</summary>
    Reject,
}
