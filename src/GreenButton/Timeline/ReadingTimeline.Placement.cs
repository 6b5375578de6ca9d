namespace GreenButton;

public sealed partial class ReadingTimeline
{
    /// <summary>
    /// Where a reading written without a <c>timePeriod</c> goes (ESPI allows it): right after the previous reading of
    /// its block, or at the block's start for the first; it lasts the ReadingType's <c>intervalLength</c>, or the
    /// previous reading's duration while that is unknown.
    /// </summary>
    /// <param name="block">The block's interval (its start places the first reading; 0 without one).</param>
    /// <param name="hasPrevious">Whether a reading of the same block comes before.</param>
    /// <param name="previousEnd">The previous reading's end, as placed, Unix seconds.</param>
    /// <param name="previousDuration">The previous reading's duration, seconds.</param>
    /// <param name="intervalLength">The meter reading's ReadingType's <c>intervalLength</c>, when known.</param>
    public static (long StartSeconds, long DurationSeconds) PlaceUntimed(DateTimeInterval? block, bool hasPrevious, long previousEnd, long previousDuration,
        long? intervalLength)
    {
        var start = hasPrevious ? previousEnd : block is { HasStart: true } b ? b.StartSeconds : 0;
        var duration = intervalLength is > 0 and var length ? length : hasPrevious ? previousDuration : 0;
        return (start, duration);
    }

    /// <summary>
    /// A block's readings with the untimed ones placed for <paramref name="intervalLength"/> (see
    /// <see cref="PlaceUntimed(DateTimeInterval?, bool, long, long, long?)"/>); readings with a timePeriod keep it.
    /// </summary>
    /// <returns>The placed readings, or null when every reading has a timePeriod (nothing to place).</returns>
    public static IntervalReading[]? Place(ReadOnlySpan<IntervalReading> readings, DateTimeInterval? block, long? intervalLength)
    {
        var any = false;
        foreach (ref readonly var reading in readings)
        {
            any |= !reading.HasTimePeriod;
        }
        if (!any)
        {
            return null;
        }
        var placed = new IntervalReading[readings.Length];
        long end = 0, duration = 0;
        for (var i = 0; i < readings.Length; i++)
        {
            ref readonly var reading = ref readings[i];
            if (reading.HasTimePeriod)
            {
                placed[i] = reading;
            }
            else
            {
                var (start, length) = PlaceUntimed(block, i > 0, end, duration, intervalLength);
                placed[i] = reading.At(start, length);
            }
            end = placed[i].EndSeconds;
            duration = placed[i].DurationSeconds;
        }
        return placed;
    }

    /// <summary>Places the untimed readings of a block in place (see <see cref="Place(ReadOnlySpan{IntervalReading}, DateTimeInterval?, long?)"/>).</summary>
    internal static void PlaceIn(IntervalBlock block, long? intervalLength)
    {
        if (Place(block.ReadingSpan, block.Interval, intervalLength) is { } placed)
        {
            block.ReplaceReadings(placed);
        }
    }
}
