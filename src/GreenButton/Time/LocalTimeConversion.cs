namespace GreenButton;

/// <summary>
/// Local wall-clock time to UTC in any zone given by its offset function, with the repeated and skipped times of clock
/// changes made explicit (<see cref="LocalTimeMapping"/>). <see cref="LocalTimeParameters.MapLocal"/> uses it for ESPI
/// rules; <see cref="Map(DateTime, TimeZoneInfo)"/> for a named zone (a CSV download's utility zone).
/// </summary>
public static class LocalTimeConversion
{
    // Clock changes are weeks apart in every real zone: the offsets a day either side bound a local time's candidates.
    private static readonly long ProbeTicks = TimeSpan.TicksPerDay;

    /// <summary>What <paramref name="localTime"/> (its wall-clock reading; <see cref="DateTime.Kind"/> is ignored) means in <paramref name="zone"/>.</summary>
    public static LocalTimeMapping Map(DateTime localTime, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return MapWith(localTime, zone.GetUtcOffset);
    }

    /// <summary>The UTC instant of <paramref name="localTime"/> in <paramref name="zone"/>, repeated and skipped times resolved by <paramref name="resolver"/>.</summary>
    /// <exception cref="GreenButtonException">The resolver rejects the time.</exception>
    public static DateTimeOffset ToUtc(DateTime localTime, TimeZoneInfo zone, LocalTimeResolver resolver = default)
        => Map(localTime, zone).Resolve(resolver);

    internal static LocalTimeMapping MapWith(DateTime localTime, Func<DateTimeOffset, TimeSpan> offsetAt)
    {
        var wall = DateTime.SpecifyKind(localTime, DateTimeKind.Unspecified);
        var ticks = wall.Ticks;
        var before = offsetAt(Clamp(ticks - ProbeTicks));
        var after = offsetAt(Clamp(ticks + ProbeTicks));
        var beforeFits = offsetAt(Clamp(ticks - before.Ticks)) == before;
        var afterFits = offsetAt(Clamp(ticks - after.Ticks)) == after;
        if (before == after || (beforeFits && !afterFits))
        {
            return new LocalTimeMapping(wall, LocalTimeMappingKind.Unique, before, before, null);
        }
        if (afterFits && !beforeFits)
        {
            return new LocalTimeMapping(wall, LocalTimeMappingKind.Unique, after, after, null);
        }
        // Both or neither candidate is consistent: the wall time lies in a change. Find the change's instant between
        // the two candidates (one second precision: ESPI offsets and rules are whole seconds).
        var lo = Math.Min(ticks - before.Ticks, ticks - after.Ticks);
        var hi = Math.Max(ticks - before.Ticks, ticks - after.Ticks);
        while (hi - lo > TimeSpan.TicksPerSecond)
        {
            var mid = lo + ((hi - lo) / 2);
            if (offsetAt(Clamp(mid)) == before)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
        var transition = Clamp(hi - (hi % TimeSpan.TicksPerSecond));
        var kind = beforeFits ? LocalTimeMappingKind.Ambiguous : LocalTimeMappingKind.Skipped;
        return new LocalTimeMapping(wall, kind, before, after, transition);
    }

    internal static DateTimeOffset Clamp(long utcTicks)
        => new(Math.Clamp(utcTicks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), TimeSpan.Zero);
}
