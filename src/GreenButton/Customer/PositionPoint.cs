namespace GreenButton;

/// <summary>ESPI customer <c>PositionPoint</c>: a point of a <see cref="ServiceLocation"/> in its coordinate system. Personal data: <see cref="ToString"/> names the type only.</summary>
public sealed record PositionPoint
{
    /// <summary><c>xPosition</c>: X (longitude).</summary>
    public string? XPosition { get; init; }

    /// <summary><c>yPosition</c>: Y (latitude).</summary>
    public string? YPosition { get; init; }

    /// <summary><c>zPosition</c>: Z (height).</summary>
    public string? ZPosition { get; init; }

    /// <summary>The type's name, never its values (they are personal data).</summary>
    public override string ToString() => nameof(PositionPoint);
}
