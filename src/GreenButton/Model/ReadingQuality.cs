using System.Globalization;

namespace GreenButton;

/// <summary>ESPI <c>ReadingQuality</c>: one quality code attached to an <see cref="IntervalReading"/>.</summary>
/// <param name="Quality">The code; codes not in <see cref="QualityOfReading"/> are kept as their number.</param>
public readonly record struct ReadingQuality(QualityOfReading Quality)
{
    /// <summary>The code as written when it is not a number (seen: <c>quality1</c>); <see cref="Quality"/> is then -1.</summary>
    public string? Text { get; init; }

    /// <inheritdoc/>
    public override string ToString()
        => Text ?? (Enum.IsDefined(Quality) ? Quality.ToString() : ((int)Quality).ToString(CultureInfo.InvariantCulture));
}
