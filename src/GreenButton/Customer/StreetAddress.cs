namespace GreenButton;

/// <summary>ESPI customer <c>StreetAddress</c>: a postal or street address. Personal data: <see cref="ToString"/> names the type only.</summary>
public sealed record StreetAddress
{
    /// <summary><c>streetDetail</c>: Street part.</summary>
    public StreetDetail? StreetDetail { get; init; }

    /// <summary><c>townDetail</c>: Town part.</summary>
    public TownDetail? TownDetail { get; init; }

    /// <summary><c>status</c>: Status of the address.</summary>
    public Status? Status { get; init; }

    /// <summary><c>postalCode</c>: Postal (ZIP) code.</summary>
    public string? PostalCode { get; init; }

    /// <summary><c>poBox</c>: Post office box.</summary>
    public string? PoBox { get; init; }

    /// <summary>The type's name, never its values (they are personal data).</summary>
    public override string ToString() => nameof(StreetAddress);
}
