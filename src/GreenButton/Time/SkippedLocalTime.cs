namespace GreenButton;

/// <summary>
/// Which instant a local time names when the clocks go forward and skip it (02:30 on the second Sunday of March in
/// North America).
/// </summary>
public enum SkippedLocalTime
{
    /// <summary>
    /// Read the time with the offset in force before the change, so it lands as far past the change as it is past the
    /// gap's start (02:30 becomes 03:30 daylight time; NodaTime's <c>ReturnForwardShifted</c>).
    /// </summary>
    ShiftForward,

    /// <summary>The instant of the change itself (02:30 becomes 03:00 daylight time; NodaTime's <c>ReturnStartOfIntervalAfter</c>).</summary>
    StartOfIntervalAfter,

    /// <summary>Refuse: <see cref="LocalTimeMapping.Resolve"/> throws, <see cref="LocalTimeMapping.TryResolve"/> returns false.</summary>
    Reject,
}
