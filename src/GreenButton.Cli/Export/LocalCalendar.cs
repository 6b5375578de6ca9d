namespace GreenButton.Cli.Export;

/// <summary>
/// Buckets of local time (LocalTimeParameters of the usage point; UTC without them), DST-correct: a bucket is the span
/// between two local boundaries, so a local day lasts 23 or 25 hours when the clocks change. A reading belongs to the
/// bucket holding its start.
/// </summary>
internal sealed class LocalCalendar(LocalTimeParameters? time)
{
    public LocalTimeParameters? Time { get; } = time;

    public int? OffsetSeconds(long utcSeconds)
        => Time is null ? null : (int)Time.GetUtcOffset(Formats.FromUnix(utcSeconds)).TotalSeconds;

    public (long Start, long End) Bucket(long utcSeconds, ExportInterval interval)
    {
        var offset = OffsetSeconds(utcSeconds) ?? 0;
        var local = Formats.FromUnix(utcSeconds + offset).UtcDateTime; // wall clock
        if (local.Year == 9999 && local.Month == 12)
        {
            return (utcSeconds, utcSeconds); // the last month DateTime holds has no end to bucket by
        }
        switch (interval)
        {
            case ExportInterval.Hour:
                var hourStart = utcSeconds - (local.Minute * 60) - local.Second;
                return (hourStart, hourStart + 3600);
            case ExportInterval.Day:
                return (ToUtc(local.Date), ToUtc(local.Date.AddDays(1)));
            case ExportInterval.Month:
                var month = new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Utc);
                return (ToUtc(month), ToUtc(month.AddMonths(1)));
            default:
                throw new ArgumentOutOfRangeException(nameof(interval), interval, "Raw readings have no bucket.");
        }
    }

    /// <summary>The instant a local wall-clock time names (the first one when the clocks go back, the shifted one when they skip it).</summary>
    public long ToUtc(DateTime wall)
    {
        var wallSeconds = new DateTimeOffset(DateTime.SpecifyKind(wall, DateTimeKind.Utc)).ToUnixTimeSeconds();
        if (Time is null)
        {
            return wallSeconds;
        }
        var standard = wallSeconds - Time.TzOffsetSeconds;
        var daylight = standard - Time.DstOffsetSeconds;
        if (Time.HasDaylightSavingTime && OffsetSeconds(daylight) == Time.TzOffsetSeconds + Time.DstOffsetSeconds)
        {
            return daylight;
        }
        return standard;
    }
}
