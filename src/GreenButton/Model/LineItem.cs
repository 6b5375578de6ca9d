namespace GreenButton;

/// <summary>ESPI <c>LineItem</c>: one charge of a bill in a <see cref="UsageSummary"/>.</summary>
public sealed record LineItem
{
    /// <summary><c>amount</c>, raw (1/100000 of the summary's currency).</summary>
    public long? Amount { get; init; }

    /// <summary><c>rounding</c>, raw.</summary>
    public long? Rounding { get; init; }

    /// <summary><c>dateTime</c>.</summary>
    public DateTimeOffset? DateTime { get; init; }

    /// <summary><c>note</c>: what the charge is.</summary>
    public string? Note { get; init; }

    /// <summary><c>measurement</c>: the quantity charged for.</summary>
    public SummaryMeasurement? Measurement { get; init; }

    /// <summary><c>itemKind</c>.</summary>
    public ItemKind? ItemKind { get; init; }

    /// <summary><c>unitCost</c>, raw.</summary>
    public long? UnitCost { get; init; }

    /// <summary><c>itemPeriod</c>.</summary>
    public DateTimeInterval? ItemPeriod { get; init; }

    /// <summary><see cref="Amount"/> in currency units.</summary>
    public decimal? AmountValue => Amount / 100_000m;
}
