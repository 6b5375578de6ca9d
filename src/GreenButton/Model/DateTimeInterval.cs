namespace GreenButton;

/// <summary>
/// ESPI <c>DateTimeInterval</c>: a start (Unix seconds, UTC) and a duration in seconds.
/// Either may be absent in real files; absent parts read as zero and are flagged.
/// </summary>
public readonly record struct DateTimeInterval
{
    /// <summary>Creates an interval from Unix seconds.</summary>
    public DateTimeInterval(long startSeconds, long durationSeconds)
    {
        StartSeconds = startSeconds;
        DurationSeconds = durationSeconds;
        HasStart = true;
        HasDuration = true;
    }

    internal DateTimeInterval(long startSeconds, long durationSeconds, bool hasStart, bool hasDuration)
    {
        StartSeconds = startSeconds;
        DurationSeconds = durationSeconds;
        HasStart = hasStart;
        HasDuration = hasDuration;
    }

    /// <summary>Start in Unix seconds (UTC).</summary>
    public long StartSeconds { get; }

    /// <summary>Length in seconds (ESPI's UInt32; longer values from real files are kept).</summary>
    public long DurationSeconds { get; }

    /// <summary>Whether the file gave a <c>start</c>.</summary>
    public bool HasStart { get; }

    /// <summary>Whether the file gave a <c>duration</c>.</summary>
    public bool HasDuration { get; }

    /// <summary>Start as a UTC instant.</summary>
    public DateTimeOffset Start => EspiTime.FromUnixSeconds(StartSeconds);

    /// <summary>Length (clamped to what a <see cref="TimeSpan"/> holds).</summary>
    public TimeSpan Duration => EspiTime.ToTimeSpan(DurationSeconds);

    /// <summary>End (start + duration) as a UTC instant.</summary>
    public DateTimeOffset End => EspiTime.FromUnixSeconds(EndSeconds);

    /// <summary>End in Unix seconds (saturating: a huge duration never wraps around).</summary>
    public long EndSeconds => EspiTime.End(StartSeconds, DurationSeconds);

    /// <inheritdoc/>
    public override string ToString() => $"{Start:yyyy-MM-ddTHH:mm:ssZ}/{Duration}";
}
