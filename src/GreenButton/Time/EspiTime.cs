namespace GreenButton;

/// <summary>ESPI time values: Unix seconds, UTC. Every conversion is total: no value read from a file makes one throw.</summary>
internal static class EspiTime
{
    /// <summary>0001-01-01T00:00:00Z, the earliest instant a <see cref="DateTimeOffset"/> holds.</summary>
    public const long MinSeconds = -62135596800;

    /// <summary>9999-12-31T23:59:59Z, the latest whole second a <see cref="DateTimeOffset"/> holds.</summary>
    public const long MaxSeconds = 253402300799;

    private const long MaxSpanSeconds = long.MaxValue / TimeSpan.TicksPerSecond;

    /// <summary>Converts without throwing: values beyond DateTimeOffset's range are clamped (they were reported when read).</summary>
    public static DateTimeOffset FromUnixSeconds(long seconds)
        => DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, MinSeconds, MaxSeconds));

    /// <summary>Seconds as a span, clamped to what a <see cref="TimeSpan"/> holds (about 29,000 years either way).</summary>
    public static TimeSpan ToTimeSpan(long seconds) => TimeSpan.FromSeconds(Math.Clamp(seconds, -MaxSpanSeconds, MaxSpanSeconds));

    /// <summary><paramref name="start"/> + <paramref name="duration"/>, saturating at the ends of <see cref="long"/> instead of wrapping.</summary>
    public static long End(long start, long duration)
    {
        var end = unchecked(start + duration);
        // Overflow when both operands share a sign the sum does not have.
        return ((start ^ end) & (duration ^ end)) < 0 ? (start < 0 ? long.MinValue : long.MaxValue) : end;
    }
}
