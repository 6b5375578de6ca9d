namespace GreenButton;

/// <summary>ESPI <c>IntervalBlock</c>: a time interval and the <see cref="IntervalReading"/>s measured within it.</summary>
public sealed class IntervalBlock : EspiResource
{
    /// <inheritdoc/>
    public override string ResourceName => "IntervalBlock";

    /// <summary>The block's <c>interval</c>; null when the file gave none.</summary>
    public DateTimeInterval? Interval { get; init; }

    private IReadOnlyList<IntervalReading> _readings = [];

    /// <summary>The readings, in document order.</summary>
    public IReadOnlyList<IntervalReading> Readings { get => _readings; init => _readings = value; }

    /// <summary>Lets the document place readings that had no timePeriod once their ReadingType is known.</summary>
    internal void ReplaceReadings(IReadOnlyList<IntervalReading> readings) => _readings = readings;

    /// <summary>The MeterReading this belongs to; set by <see cref="GreenButtonDocument"/>.</summary>
    public MeterReading? MeterReading { get; internal set; }

    /// <summary>The ReadingType of the readings, through <see cref="MeterReading"/>.</summary>
    public ReadingType? ReadingType => MeterReading?.ReadingType;
}
