namespace GreenButton;

/// <summary>
/// ESPI <c>MeterReading</c>: one series of readings of a <see cref="UsagePoint"/>, described by one
/// <see cref="ReadingType"/> and held in <see cref="IntervalBlock"/>s.
/// </summary>
public sealed class MeterReading : EspiResource
{
    private static readonly IReadOnlyList<IntervalBlock> s_noBlocks = [];

    /// <inheritdoc/>
    public override string ResourceName => "MeterReading";

    /// <summary>A ReadingType written inside the MeterReading element (a real-world quirk); null normally.</summary>
    public ReadingType? EmbeddedReadingType { get; init; }

    /// <summary>The ReadingType of the readings (linked, or embedded); set by <see cref="GreenButtonDocument"/>.</summary>
    public ReadingType? ReadingType { get; internal set; }

    /// <summary>How <see cref="ReadingType"/> was found: by a related link, embedded, by document order, or not at all.</summary>
    public Attachment ReadingTypeAttachment { get; internal set; }

    /// <summary>The UsagePoint this belongs to; set by <see cref="GreenButtonDocument"/>.</summary>
    public UsagePoint? UsagePoint { get; internal set; }

    /// <summary>The IntervalBlocks, sorted by start; set by <see cref="GreenButtonDocument"/>.</summary>
    public IReadOnlyList<IntervalBlock> IntervalBlocks { get; internal set; } = s_noBlocks;

    /// <summary>Every reading of every block, in block order.</summary>
    public IEnumerable<IntervalReading> Readings
    {
        get
        {
            foreach (var block in IntervalBlocks)
            {
                var readings = block.ReadingArray;
                for (var i = 0; i < readings.Length; i++)
                {
                    yield return readings[i];
                }
            }
        }
    }

    /// <summary>The real quantity of a reading of this meter reading (raw value scaled by its ReadingType).</summary>
    public Quantity Scale(IntervalReading reading)
        => ReadingType is { } type ? reading.ScaledValue(type)
            : new Quantity(Quantity.ScaleExact(reading.Value, reading.ValuePowerOfTen), UnitOfMeasure.None);
}
