namespace GreenButton;

/// <summary>ESPI time values: Unix seconds, UTC.</summary>
internal static class EspiTime
{
    private const long MinSeconds = -62135596800; // 0001-01-01
    private const long MaxSeconds = 253402300799; // 9999-12-31T23:59:59

    /// <summary>Converts without throwing: values beyond DateTimeOffset's range are clamped (they were reported when read).</summary>
    public static DateTimeOffset FromUnixSeconds(long seconds)
        => DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, MinSeconds, MaxSeconds));
}
