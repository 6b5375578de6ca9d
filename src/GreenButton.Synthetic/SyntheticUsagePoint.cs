namespace GreenButton.Synthetic;

/// <summary>One usage point of a synthetic feed: what it measures and how.</summary>
public sealed record SyntheticUsagePoint
{
    /// <summary>The service: electricity (Wh) or gas (therm) shape the values and units.</summary>
    public ServiceKind Kind { get; init; } = ServiceKind.Electricity;

    /// <summary>Seconds per reading (900 = 15 minutes).</summary>
    public int IntervalSeconds { get; init; } = 900;

    /// <summary>Write a cost on every reading.</summary>
    public bool WithCost { get; init; }

    /// <summary>Write a ReadingQuality on every reading (mostly 0 valid, some 8 estimated, some 19 validated).</summary>
    public bool WithQuality { get; init; }

    /// <summary>Add a second MeterReading with the reverse flow (energy sent to the grid, as with solar).</summary>
    public bool WithReverseFlow { get; init; }

    /// <summary>Write one UsageSummary per month.</summary>
    public bool WithUsageSummaries { get; init; }
}
