namespace GreenButton;

/// <summary>ESPI <c>RationalNumber</c> / <c>ReadingInterharmonic</c>: a numerator over a denominator, either optional.</summary>
/// <param name="Numerator">The numerator; null when absent.</param>
/// <param name="Denominator">The denominator; null when absent.</param>
public readonly record struct RationalNumber(long? Numerator, long? Denominator)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Numerator?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}/{Denominator?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}";
}
