namespace GreenButton;

/// <summary>
/// The hrefs a reading carries: its IntervalBlock's self link and that block's collection (the entry's up link). One
/// per block, shared by its readings, so that a reading holds one reference for both (56 bytes instead of 64).
/// </summary>
internal sealed class ReadingOrigin(string? blockHref, string? meterReadingHref)
{
    public string? BlockHref { get; } = blockHref;

    public string? MeterReadingHref { get; } = meterReadingHref;

    /// <summary>Null when neither href is known (a bare block, a reading made in code without one).</summary>
    public static ReadingOrigin? Of(string? blockHref, string? meterReadingHref)
        => blockHref is null && meterReadingHref is null ? null : new(blockHref, meterReadingHref);
}
