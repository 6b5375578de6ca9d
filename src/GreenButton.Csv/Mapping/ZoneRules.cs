namespace GreenButton.Csv.Mapping;

/// <summary>
/// ESPI <see cref="LocalTimeParameters"/> for a <see cref="TimeZoneInfo"/>: its standard offset and its DST changes of
/// one year, found from the zone's offsets (the rules a zone reports differ by platform) and written as weekday rules.
/// </summary>
internal static class ZoneRules
{
    public static LocalTimeParameters For(TimeZoneInfo zone, int year)
    {
        var changes = Changes(zone, year);
        if (changes.Count != 2)
        {
            return new LocalTimeParameters { TzOffsetSeconds = (long)zone.GetUtcOffset(new DateTimeOffset(year, 1, 1, 12, 0, 0, TimeSpan.Zero)).TotalSeconds };
        }
        var start = changes.First(c => c.After > c.Before);
        var end = changes.First(c => c.After < c.Before);
        return new LocalTimeParameters
        {
            TzOffsetSeconds = (long)start.Before.TotalSeconds,
            DstOffsetSeconds = (long)(start.After - start.Before).TotalSeconds,
            // Both rules name the wall-clock time before the change: standard time for the start, daylight time for the end.
            DstStartRule = new DstRule(Encode(start.At.ToOffset(start.Before).DateTime)),
            DstEndRule = new DstRule(Encode(end.At.ToOffset(end.Before).DateTime)),
        };
    }

    private static List<(DateTimeOffset At, TimeSpan Before, TimeSpan After)> Changes(TimeZoneInfo zone, int year)
    {
        var changes = new List<(DateTimeOffset, TimeSpan, TimeSpan)>();
        var day = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var offset = zone.GetUtcOffset(day);
        for (var i = 0; i < 366 && day.Year == year; i++, day = day.AddDays(1))
        {
            var next = zone.GetUtcOffset(day.AddDays(1));
            if (next == offset)
            {
                continue;
            }
            long lo = day.ToUnixTimeSeconds(), hi = day.AddDays(1).ToUnixTimeSeconds();
            while (hi - lo > 1)
            {
                var mid = lo + ((hi - lo) / 2);
                if (zone.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(mid)) == offset)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }
            changes.Add((DateTimeOffset.FromUnixTimeSeconds(hi), offset, next));
            offset = next;
        }
        return changes;
    }

    /// <summary>
    /// ESPI's 32-bit rule for a change at the wall-clock time <paramref name="local"/>: month (bits 28-31), operator
    /// (25-27: 2-6 the first to fifth such weekday, 7 the last), weekday (17-19, Monday 1 to Sunday 7), hour (12-16),
    /// seconds into the hour (0-11).
    /// </summary>
    private static uint Encode(DateTime local)
    {
        var weekday = local.DayOfWeek == DayOfWeek.Sunday ? 7u : (uint)local.DayOfWeek;
        var last = local.Day + 7 > DateTime.DaysInMonth(local.Year, local.Month);
        var week = (uint)((local.Day - 1) / 7) + 1;
        var op = last && week >= 4 ? 7u : week + 1;
        return ((uint)local.Month << 28) | (op << 25) | (weekday << 17) | ((uint)local.Hour << 12) | (uint)((local.Minute * 60) + local.Second);
    }
}
