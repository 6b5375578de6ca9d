namespace GreenButton;

/// <summary>
/// How <see cref="ReadingTimeline"/> decides that readings follow each other. The default (<c>default</c> or
/// <c>new()</c>) takes a second of jitter as contiguous and places instantaneous readings by the interval length or,
/// without one, by their spacing.
/// </summary>
public readonly record struct ReadingTimelineOptions
{
    /// <summary>The <see cref="ToleranceSeconds"/> used when it is left null: 1 second.</summary>
    public const long DefaultToleranceSeconds = 1;

    /// <summary>
    /// How many seconds a reading's start may lie after or before the end of the readings before it and still follow
    /// them: within it, neither a gap nor an overlap. Null (the default) means <see cref="DefaultToleranceSeconds"/>,
    /// which takes Con Edison's quarter hours written as 899 s every 900 s as contiguous; 0 demands exact ends.
    /// A gap beyond the tolerance counts all its seconds in <see cref="ReadingTimeline.MissingSeconds"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative (raised when the timeline is created).</exception>
    public long? ToleranceSeconds { get; init; }

    /// <summary>
    /// The seconds an instantaneous reading (a <c>timePeriod</c> of duration 0: a sample, not an interval) stands for,
    /// from its start. Null (the default): the ReadingType's <c>intervalLength</c>, else the smallest spacing between
    /// consecutive instantaneous readings. One-minute samples are then contiguous, and a missing sample is a gap of one
    /// period.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Zero or negative (raised when the timeline is created).</exception>
    public long? InstantPeriodSeconds { get; init; }

    /// <summary>The tolerance in effect: <see cref="ToleranceSeconds"/>, or <see cref="DefaultToleranceSeconds"/>.</summary>
    internal long Tolerance => ToleranceSeconds ?? DefaultToleranceSeconds;

    internal void Validate()
    {
        if (ToleranceSeconds is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ToleranceSeconds), ToleranceSeconds, "The tolerance must not be negative.");
        }
        if (InstantPeriodSeconds is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(InstantPeriodSeconds), InstantPeriodSeconds, "The period of instantaneous readings must be positive.");
        }
    }
}
