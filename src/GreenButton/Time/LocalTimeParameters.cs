namespace GreenButton;

/// <summary>
/// ESPI <c>LocalTimeParameters</c> (<c>TimeConfiguration</c>): the UsagePoint's standard offset from UTC and its
/// daylight saving rules, from which any instant converts to local time.
/// </summary>
public sealed class LocalTimeParameters : EspiResource
{
    /// <inheritdoc/>
    public override string ResourceName => "LocalTimeParameters";

    /// <summary><c>dstEndRule</c>.</summary>
    public DstRule DstEndRule { get; init; } = new(uint.MaxValue);

    /// <summary><c>dstOffset</c>: what DST adds to local standard time, in seconds (usually 3600).</summary>
    public long DstOffsetSeconds { get; init; }

    /// <summary><c>dstStartRule</c>.</summary>
    public DstRule DstStartRule { get; init; } = new(uint.MaxValue);

    /// <summary><c>tzOffset</c>: local standard time minus UTC, in seconds (-28800 for Pacific time).</summary>
    public long TzOffsetSeconds { get; init; }

    /// <summary><c>tzOffset</c> as a span (clamped to what a <see cref="TimeSpan"/> holds).</summary>
    public TimeSpan TzOffset => EspiTime.ToTimeSpan(TzOffsetSeconds);

    /// <summary><c>dstOffset</c> as a span (clamped to what a <see cref="TimeSpan"/> holds).</summary>
    public TimeSpan DstOffset => EspiTime.ToTimeSpan(DstOffsetSeconds);

    /// <summary>Whether an offset from UTC is one a <see cref="DateTimeOffset"/> holds: whole minutes within ±14 hours.</summary>
    internal static bool IsUsableOffset(long seconds) => seconds is >= -50_400 and <= 50_400 && seconds % 60 == 0;

    /// <summary>Whether the parameters define daylight saving time.</summary>
    public bool HasDaylightSavingTime => DstOffsetSeconds != 0 && !DstStartRule.IsDisabled && !DstEndRule.IsDisabled;

    /// <summary>
    /// Whether DST is in force at <paramref name="instant"/>, computed with the rules of that instant's local year.
    /// The start rule is read in local standard time, the end rule in local daylight time, as clocks show them.
    /// </summary>
    public bool IsDaylightSavingTime(DateTimeOffset instant)
    {
        // Offsets no clock can show (see GetUtcOffset) apply no DST.
        if (!HasDaylightSavingTime || !IsUsableOffset(TzOffsetSeconds) || !IsUsableOffset(TzOffsetSeconds + Math.Clamp(DstOffsetSeconds, -100_000, 100_000)))
        {
            return false;
        }
        var utc = instant.UtcDateTime;
        var year = Shift(utc, TzOffsetSeconds).Year;
        if (DstStartRule.LocalTransition(year) is not { } startLocal || DstEndRule.LocalTransition(year) is not { } endLocal)
        {
            return false;
        }
        var startUtc = Shift(startLocal, -TzOffsetSeconds);
        var endUtc = Shift(endLocal, -(TzOffsetSeconds + DstOffsetSeconds));
        return startUtc <= endUtc
            ? utc >= startUtc && utc < endUtc
            : utc >= startUtc || utc < endUtc; // southern hemisphere: DST spans the new year
    }

    /// <summary>
    /// The UTC offset in force at <paramref name="instant"/>: tzOffset, plus dstOffset while DST applies. Never throws: a
    /// tzOffset no clock can show (not whole minutes, or beyond ±14 hours; the reader reports one) falls back to UTC, zero.
    /// </summary>
    public TimeSpan GetUtcOffset(DateTimeOffset instant)
        => !IsUsableOffset(TzOffsetSeconds) ? TimeSpan.Zero
            : TimeSpan.FromSeconds(TzOffsetSeconds + (IsDaylightSavingTime(instant) ? DstOffsetSeconds : 0));

    /// <summary>
    /// <paramref name="instant"/> as local time with the offset in force then, e.g. 2023-07-01T00:00:00-07:00 for
    /// 07:00 UTC in Pacific daylight time. Never throws: where the local time would lie outside the years 1 to 9999,
    /// the instant is given in UTC.
    /// </summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant)
    {
        var offset = GetUtcOffset(instant);
        var local = instant.UtcTicks + offset.Ticks;
        return local < DateTime.MinValue.Ticks || local > DateTime.MaxValue.Ticks ? instant.ToUniversalTime() : instant.ToOffset(offset);
    }

    /// <summary><paramref name="time"/> moved by <paramref name="seconds"/>, clamped to the range of <see cref="DateTime"/>.</summary>
    private static DateTime Shift(DateTime time, long seconds)
    {
        var ticks = time.Ticks + (Math.Clamp(seconds, -100_000_000_000L, 100_000_000_000L) * TimeSpan.TicksPerSecond);
        return new DateTime(Math.Clamp(ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), time.Kind);
    }

    /// <summary>
    /// What the local wall-clock time <paramref name="localTime"/> (its <see cref="DateTime.Kind"/> is ignored) means
    /// under these rules: one instant, two when the clocks go back, none when they go forward.
    /// </summary>
    public LocalTimeMapping MapLocal(DateTime localTime) => LocalTimeConversion.MapWith(localTime, GetUtcOffset);

    /// <summary>
    /// The UTC instant of the local wall-clock time <paramref name="localTime"/>; a repeated or skipped time (the hours
    /// of DST changes) is resolved by <paramref name="resolver"/> (by default the earlier occurrence, or shifted
    /// forward). The inverse of <see cref="ToLocal"/>.
    /// </summary>
    /// <exception cref="GreenButtonException">The resolver rejects the time.</exception>
    public DateTimeOffset ToUtc(DateTime localTime, LocalTimeResolver resolver = default) => MapLocal(localTime).Resolve(resolver);

    /// <summary>
    /// A <see cref="TimeZoneInfo"/> that applies these rules for the years <paramref name="fromYear"/> to
    /// <paramref name="toYear"/>, for APIs that take one.
    /// </summary>
    public TimeZoneInfo ToTimeZoneInfo(int fromYear = 1970, int toYear = 2100)
    {
        var id = $"ESPI {TzOffsetSeconds:+0;-0} {DstStartRule}/{DstEndRule}/{DstOffsetSeconds}";
        // An offset no clock can show gives UTC, as GetUtcOffset does; TimeZoneInfo would refuse it.
        var baseOffset = IsUsableOffset(TzOffsetSeconds) ? TimeSpan.FromSeconds(TzOffsetSeconds) : TimeSpan.Zero;
        if (!HasDaylightSavingTime || !IsUsableOffset(TzOffsetSeconds) || !IsUsableOffset(TzOffsetSeconds + Math.Clamp(DstOffsetSeconds, -100_000, 100_000)))
        {
            return TimeZoneInfo.CreateCustomTimeZone(id, baseOffset, id, id);
        }
        var rules = new List<TimeZoneInfo.AdjustmentRule>();
        for (var year = fromYear; year <= toYear; year++)
        {
            if (DstStartRule.LocalTransition(year) is not { } start || DstEndRule.LocalTransition(year) is not { } end
                || (start.Month == end.Month && start.Day == end.Day) || DstOffsetSeconds == 0)
            {
                continue; // TimeZoneInfo refuses a rule whose transitions fall on one day
            }
            // TimeZoneInfo wants the end expressed in DST wall-clock time, as ESPI writes it.
            var startTransition = TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, start.Hour, start.Minute, start.Second, DateTimeKind.Unspecified), start.Month, start.Day);
            var endTransition = TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, end.Hour, end.Minute, end.Second, DateTimeKind.Unspecified), end.Month, end.Day);
            rules.Add(TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), new DateTime(year, 12, 31, 0, 0, 0, DateTimeKind.Unspecified),
                TimeSpan.FromSeconds(DstOffsetSeconds), startTransition, endTransition));
        }
        return TimeZoneInfo.CreateCustomTimeZone(id, baseOffset, id, id, id + " DST", [.. rules]);
    }
}
