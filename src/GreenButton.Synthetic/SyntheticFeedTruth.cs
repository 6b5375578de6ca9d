namespace GreenButton.Synthetic;

/// <summary>What a generated feed holds, counted while writing it: the ground truth for tests.</summary>
public sealed record SyntheticFeedTruth
{
    /// <summary>UsagePoints written.</summary>
    public int UsagePoints { get; init; }

    /// <summary>MeterReadings written.</summary>
    public int MeterReadings { get; init; }

    /// <summary>IntervalBlocks written.</summary>
    public int IntervalBlocks { get; init; }

    /// <summary>IntervalReadings written.</summary>
    public long IntervalReadings { get; init; }

    /// <summary>Sum of the raw values.</summary>
    public long SumValue { get; init; }

    /// <summary>Sum of the raw costs.</summary>
    public long SumCost { get; init; }

    /// <summary>Earliest reading start (Unix seconds).</summary>
    public long FirstStart { get; init; }

    /// <summary>Latest reading end (Unix seconds).</summary>
    public long LastEnd { get; init; }

    /// <summary>UsageSummaries written.</summary>
    public int UsageSummaries { get; init; }

    /// <summary>Bytes written.</summary>
    public long Bytes { get; init; }
}
