namespace GreenButton.Synthetic;

/// <summary>What <see cref="SyntheticFeed"/> generates. The same options always give the same bytes.</summary>
public sealed record SyntheticFeedOptions
{
    /// <summary>The usage points; one 15-minute electricity meter by default.</summary>
    public IReadOnlyList<SyntheticUsagePoint> UsagePoints { get; init; } = [new SyntheticUsagePoint()];

    /// <summary>Local days of data per meter reading, one IntervalBlock per local day (DST days hold 23 or 25 hours).</summary>
    public int Days { get; init; } = 365;

    /// <summary>The first local midnight (US Pacific time): 2023-01-01.</summary>
    public DateOnly StartDate { get; init; } = new(2023, 1, 1);

    /// <summary>Namespace spelling.</summary>
    public SyntheticFeedStyle Style { get; init; } = SyntheticFeedStyle.Default;

    /// <summary>Seed of the value generator.</summary>
    public int Seed { get; init; } = 7;

    /// <summary>Break lines between elements (as most utilities write; without, one long line).</summary>
    public bool LineBreaks { get; init; } = true;

    /// <summary>Builds options for <paramref name="meters"/> identical 15-minute electricity meters with costs and qualities.</summary>
    public static SyntheticFeedOptions Electricity(int meters = 1, int days = 365, bool withCost = false, bool withQuality = false)
        => new()
        {
            UsagePoints = Enumerable.Range(0, meters).Select(_ => new SyntheticUsagePoint { WithCost = withCost, WithQuality = withQuality }).ToArray(),
            Days = days,
        };
}
