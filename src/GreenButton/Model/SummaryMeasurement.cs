namespace GreenButton;

/// <summary>ESPI <c>SummaryMeasurement</c>: one aggregated value with its unit and scale.</summary>
public sealed record SummaryMeasurement
{
    /// <summary><c>powerOfTenMultiplier</c>; zero when absent.</summary>
    public int PowerOfTenMultiplier { get; init; }

    /// <summary>Whether the file gave a <c>powerOfTenMultiplier</c> (the conformance rules require one; absent reads as zero).</summary>
    public bool HasPowerOfTenMultiplier { get; init; }

    /// <summary><c>timeStamp</c> (UTC); null when absent.</summary>
    public DateTimeOffset? TimeStamp { get; init; }

    /// <summary><c>uom</c>.</summary>
    public UnitOfMeasure? Uom { get; init; }

    /// <summary>Raw <c>value</c>; null when absent.</summary>
    public long? Value { get; init; }

    /// <summary><c>readingTypeRef</c>: href of a ReadingType that describes the value.</summary>
    public string? ReadingTypeRef { get; init; }

    /// <summary>The real quantity (value × 10^multiplier); null when no value or when the multiplier is beyond -28..28.</summary>
    public Quantity? ScaledValue => Value is { } v && PowerOfTenMultiplier is >= -28 and <= 28
        ? new Quantity(Quantity.ScaleExact(v, PowerOfTenMultiplier), Uom ?? UnitOfMeasure.None)
        : null;
}
