namespace GreenButton;

/// <summary>ESPI <c>ReadingQuality</c>: one quality code attached to an <see cref="IntervalReading"/>.</summary>
/// <param name="Quality">The code; codes not in <see cref="QualityOfReading"/> are kept as their number.</param>
public readonly record struct ReadingQuality(QualityOfReading Quality)
{
    /// <inheritdoc/>
    public override string ToString() => Enum.IsDefined(Quality) ? Quality.ToString() : ((int)Quality).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
