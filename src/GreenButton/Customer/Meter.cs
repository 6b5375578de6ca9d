namespace GreenButton;

/// <summary>Customer <c>Meter</c>: an <see cref="EndDevice"/> that measures, with its form and multipliers.</summary>
public sealed class Meter : EndDevice
{
    /// <inheritdoc/>
    public override string ResourceName => "Meter";

    /// <summary><c>formNumber</c> (ANSI form, <c>2S</c>, ...).</summary>
    public string? FormNumber { get; init; }

    /// <summary><c>MeterMultipliers</c>.</summary>
    public IReadOnlyList<MeterMultiplier> MeterMultipliers { get; init; } = [];

    /// <summary><c>intervalLength</c>: seconds between interval readings (UInt32).</summary>
    public long? IntervalLength { get; init; }
}
