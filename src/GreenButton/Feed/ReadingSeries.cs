namespace GreenButton;

/// <summary>
/// The readings of one MeterReading of a <see cref="GreenButtonFeed"/> with everything needed to read them: its usage
/// point, its ReadingType (unit, power of ten, interval length), its local time, and what its readings add up to
/// (<see cref="Statistics"/>) and how they lie in time (<see cref="Timeline"/>), measured while the feed was opened.
/// </summary>
public sealed class ReadingSeries
{
    internal ReadingSeries(MeterReading meterReading, int index)
    {
        MeterReading = meterReading;
        Index = index;
        Timeline = new ReadingTimeline(meterReading.ReadingType?.IntervalLength);
    }

    /// <summary>Index of the meter reading among the feed's (<see cref="GreenButtonDocument.MeterReadings"/>, document order).</summary>
    public int Index { get; }

    /// <summary>The MeterReading (its IntervalBlocks hold no readings: read them with <see cref="GreenButtonFeed.ReadIntervalReadings"/>).</summary>
    public MeterReading MeterReading { get; }

    /// <summary>The UsagePoint it belongs to; null when the feed holds none.</summary>
    public UsagePoint? UsagePoint => MeterReading.UsagePoint;

    /// <summary>Its ReadingType (unit, power of ten, interval length, flow direction); null when it has none.</summary>
    public ReadingType? ReadingType => MeterReading.ReadingType;

    /// <summary>The usage point's local time; null when it has none (local figures are then in UTC).</summary>
    public LocalTimeParameters? LocalTimeParameters => MeterReading.UsagePoint?.LocalTimeParameters;

    /// <summary>What its readings add up to.</summary>
    public ReadingStatistics Statistics { get; } = new();

    /// <summary>Its readings on the time line: extent, gaps, duplicates, overlaps (readings placed by the ReadingType's interval length).</summary>
    public ReadingTimeline Timeline { get; }

    /// <summary>Whether its readings come in the document in non-decreasing start order (aggregates then stream).</summary>
    public bool InDocumentOrder => Timeline.InStartOrder;

    /// <summary>The document index of its last IntervalBlock holding readings; -1 when none does.</summary>
    internal int LastBlock { get; set; } = -1;

    /// <summary>
    /// A raw value scaled by the ReadingType (<c>raw × 10^powerOfTenMultiplier</c>), exactly; the raw value without a
    /// ReadingType. Values written as decimals are raw at the series' finest power, folded into the ReadingType as the
    /// document folds it (without a ReadingType the power stays and is applied here: the number written).
    /// </summary>
    /// <exception cref="OverflowException">The power of ten puts the value outside <see cref="decimal"/>'s range.</exception>
    public decimal Scale(long rawValue) => Scale(rawValue, Statistics.PowerOfTen);

    /// <summary>A raw value at <paramref name="valuePowerOfTen"/> (<see cref="IntervalReading.ValuePowerOfTen"/>) scaled by the ReadingType.</summary>
    internal decimal Scale(long rawValue, int valuePowerOfTen)
    {
        var power = (ReadingType?.PowerOfTenMultiplier ?? 0) + valuePowerOfTen;
        return power == 0 ? rawValue : Quantity.ScaleExact(rawValue, power);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{MeterReading} ({Statistics.Count} readings)";
}
