namespace GreenButton;

/// <summary>Two inputs disagree about one reading (same meter reading, same start): both values, and which was kept.</summary>
/// <param name="MeterReading">The meter reading's self href (or its block collection's href).</param>
/// <param name="Start">The reading's start.</param>
/// <param name="KeptSource">The input whose reading was kept.</param>
/// <param name="KeptValue">Its raw value (null when it has none).</param>
/// <param name="KeptCost">Its raw cost.</param>
/// <param name="DroppedSource">The input whose reading was dropped.</param>
/// <param name="DroppedValue">Its raw value.</param>
/// <param name="DroppedCost">Its raw cost.</param>
public sealed record MergeConflict(string MeterReading, DateTimeOffset Start, string KeptSource, long? KeptValue, long? KeptCost,
    string DroppedSource, long? DroppedValue, long? DroppedCost)
{
    /// <inheritdoc/>
    public override string ToString()
        => $"{MeterReading} at {Start:yyyy-MM-ddTHH:mm:ssZ}: kept {KeptValue?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} (cost {KeptCost?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}) from {KeptSource}, dropped {DroppedValue?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} (cost {DroppedCost?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}) from {DroppedSource}";
}
