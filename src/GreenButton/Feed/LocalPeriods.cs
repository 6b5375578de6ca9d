namespace GreenButton;

/// <summary>
/// The local hour, day or month holding an instant, by a usage point's LocalTimeParameters (UTC without them): the
/// span between two local boundaries, each resolved to UTC by <see cref="LocalTimeParameters.ToUtc"/> (the earlier
/// instant of a repeated hour, the shifted one of a skipped hour).
/// </summary>
internal sealed class LocalPeriods(LocalTimeParameters? time, AggregationInterval interval)
{
    private long _start = long.MaxValue;
    private long _end = long.MinValue;

    /// <summary>The period holding <paramref name="utcSeconds"/>, [start, end) in Unix seconds.</summary>
    public (long Start, long End) Of(long utcSeconds)
    {
        if (utcSeconds >= _start && utcSeconds < _end)
        {
            return (_start, _end); // readings come in runs: most fall in the period of the one before
        }
        (_start, _end) = Compute(utcSeconds);
        return (_start, _end);
    }

    private (long Start, long End) Compute(long utcSeconds)
    {
        try
        {
            return Boundaries(utcSeconds);
        }
        catch (ArgumentOutOfRangeException)
        {
            return (utcSeconds, utcSeconds + 1); // a time at the end of the calendar: a period of its own
        }
    }

    private (long Start, long End) Boundaries(long utcSeconds)
    {
        var offset = time is null ? 0 : (long)time.GetUtcOffset(EspiTime.FromUnixSeconds(utcSeconds)).TotalSeconds;
        var local = EspiTime.FromUnixSeconds(utcSeconds + offset).UtcDateTime; // wall clock
        switch (interval)
        {
            case AggregationInterval.Hour:
                var hourStart = utcSeconds - (local.Minute * 60) - local.Second;
                return (hourStart, hourStart + 3600);
            case AggregationInterval.Day:
                return (ToUtc(local.Date), ToUtc(local.Date.AddDays(1)));
            default:
                var month = new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
                return (ToUtc(month), ToUtc(month.AddMonths(1)));
        }
    }

    private long ToUtc(DateTime wall)
    {
        wall = DateTime.SpecifyKind(wall, DateTimeKind.Unspecified);
        return time is null
            ? new DateTimeOffset(wall, TimeSpan.Zero).ToUnixTimeSeconds()
            : time.ToUtc(wall, LocalTimeResolver.Lenient).ToUnixTimeSeconds();
    }
}
