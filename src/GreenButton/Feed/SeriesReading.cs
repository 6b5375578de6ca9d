namespace GreenButton;

/// <summary>
/// One IntervalReading of a <see cref="GreenButtonFeed"/>, as it is read, with its context: the series (meter reading,
/// usage point, ReadingType, local time) and its block. Readings without a timePeriod come placed by the series'
/// interval length (<see cref="ReadingTimeline.PlaceUntimed"/>).
/// </summary>
public readonly struct SeriesReading
{
    internal SeriesReading(ReadingSeries series, IntervalBlock block, in IntervalReading reading, bool endsSeries)
    {
        Series = series;
        Block = block;
        Reading = reading;
        EndsSeries = endsSeries;
    }

    /// <summary>The meter reading the reading belongs to, with its ReadingType and local time.</summary>
    public ReadingSeries Series { get; }

    /// <summary>Its IntervalBlock (which holds no readings).</summary>
    public IntervalBlock Block { get; }

    /// <summary>The reading.</summary>
    public IntervalReading Reading { get; }

    /// <summary>Whether it is the last reading of its series in the document: no more will come for <see cref="Series"/>.</summary>
    public bool EndsSeries { get; }

    /// <summary>The value scaled by the ReadingType (see <see cref="ReadingSeries.Scale(long)"/>), at its own <see cref="IntervalReading.ValuePowerOfTen"/>.</summary>
    public decimal Value => Series.Scale(Reading.Value, Reading.ValuePowerOfTen);

    /// <inheritdoc/>
    public override string ToString() => $"{Reading} of {Series.MeterReading}";
}
