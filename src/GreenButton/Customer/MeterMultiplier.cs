namespace GreenButton;

/// <summary>ESPI customer <c>MeterMultiplier</c>: a multiplier applied to a <see cref="Meter"/>'s readings. Personal data: <see cref="ToString"/> names the type only.</summary>
public sealed record MeterMultiplier
{
    /// <summary><c>kind</c>: Kind as written (<c>kH</c>, <c>kR</c>, <c>kE</c>, <c>ctRatio</c>, <c>ptRatio</c>, <c>transformerRatio</c>).</summary>
    public string? Kind { get; init; }

    /// <summary><c>value</c>: The multiplier.</summary>
    public double? Value { get; init; }

    /// <summary>The type's name, never its values (they are personal data).</summary>
    public override string ToString() => nameof(MeterMultiplier);
}
