using System.Diagnostics.CodeAnalysis;

namespace GreenButton;

/// <summary>
/// What a local wall-clock time means in a time zone: one instant, two (clocks went back) or none (clocks went
/// forward), with the offsets on either side of the change. <see cref="Resolve"/> picks an instant by a
/// <see cref="LocalTimeResolver"/>. Made by <see cref="LocalTimeParameters.MapLocal"/> and
/// <see cref="LocalTimeConversion.Map(DateTime, TimeZoneInfo)"/>.
/// </summary>
public readonly struct LocalTimeMapping
{
    internal LocalTimeMapping(DateTime localTime, LocalTimeMappingKind kind, TimeSpan earlierOffset, TimeSpan laterOffset, DateTimeOffset? transition)
    {
        LocalTime = localTime;
        Kind = kind;
        EarlierOffset = earlierOffset;
        LaterOffset = laterOffset;
        Transition = transition;
    }

    /// <summary>The wall-clock time mapped (its <see cref="DateTime.Kind"/> is <see cref="DateTimeKind.Unspecified"/>).</summary>
    public DateTime LocalTime { get; }

    /// <summary>Unique, ambiguous or skipped.</summary>
    public LocalTimeMappingKind Kind { get; }

    /// <summary>The UTC offset before the change (the only offset for a unique time).</summary>
    public TimeSpan EarlierOffset { get; }

    /// <summary>The UTC offset after the change (equal to <see cref="EarlierOffset"/> for a unique time).</summary>
    public TimeSpan LaterOffset { get; }

    /// <summary>The instant of the clock change, in UTC; null for a unique time.</summary>
    public DateTimeOffset? Transition { get; }

    /// <summary>The first instant the local time names (a skipped time: its forward-shifted instant), in UTC.</summary>
    public DateTimeOffset Earlier => At(EarlierOffset);

    /// <summary>The last instant the local time names (a skipped time: the instant of the change), in UTC.</summary>
    public DateTimeOffset Later => Kind == LocalTimeMappingKind.Skipped ? Transition!.Value : At(LaterOffset);

    /// <summary>The instant <paramref name="resolver"/> picks, in UTC; false when it rejects this time.</summary>
    public bool TryResolve(LocalTimeResolver resolver, out DateTimeOffset utc)
    {
        switch (Kind)
        {
            case LocalTimeMappingKind.Unique:
                utc = Earlier;
                return true;
            case LocalTimeMappingKind.Ambiguous when resolver.Ambiguous != AmbiguousLocalTime.Reject:
                utc = resolver.Ambiguous == AmbiguousLocalTime.Earlier ? Earlier : Later;
                return true;
            case LocalTimeMappingKind.Skipped when resolver.Skipped != SkippedLocalTime.Reject:
                utc = resolver.Skipped == SkippedLocalTime.ShiftForward ? Earlier : Later;
                return true;
            default:
                utc = default;
                return false;
        }
    }

    /// <summary>The instant <paramref name="resolver"/> picks, in UTC.</summary>
    /// <exception cref="GreenButtonException">The resolver rejects this repeated or skipped local time.</exception>
    public DateTimeOffset Resolve(LocalTimeResolver resolver)
        => TryResolve(resolver, out var utc) ? utc : ThrowRejected();

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        LocalTimeMappingKind.Unique => $"{LocalTime:yyyy-MM-dd HH:mm:ss} is {Earlier:yyyy-MM-dd HH:mm:ss}Z",
        LocalTimeMappingKind.Ambiguous => $"{LocalTime:yyyy-MM-dd HH:mm:ss} occurs twice: {Earlier:yyyy-MM-dd HH:mm:ss}Z and {Later:yyyy-MM-dd HH:mm:ss}Z",
        _ => $"{LocalTime:yyyy-MM-dd HH:mm:ss} does not occur: the clocks go from UTC{Format(EarlierOffset)} to UTC{Format(LaterOffset)} at {Transition:yyyy-MM-dd HH:mm:ss}Z",
    };

    private DateTimeOffset At(TimeSpan offset) => LocalTimeConversion.Clamp(LocalTime.Ticks - offset.Ticks);

    private static string Format(TimeSpan offset) => (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture);

    [DoesNotReturn]
    private DateTimeOffset ThrowRejected()
        => throw new GreenButtonException(Kind == LocalTimeMappingKind.Ambiguous
            ? $"The local time {ToString()}; the resolver rejects repeated local times."
            : $"The local time {ToString()}; the resolver rejects skipped local times.");
}
