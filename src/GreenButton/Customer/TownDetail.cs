namespace GreenButton;

/// <summary>ESPI customer <c>TownDetail</c>: the town part of a <see cref="StreetAddress"/>. Personal data: <see cref="ToString"/> names the type only.</summary>
public sealed record TownDetail
{
    /// <summary><c>code</c>: Town code.</summary>
    public string? Code { get; init; }

    /// <summary><c>section</c>: Town section (in some countries, a part of a town).</summary>
    public string? Section { get; init; }

    /// <summary><c>name</c>: Town name.</summary>
    public string? Name { get; init; }

    /// <summary><c>county</c>: County name.</summary>
    public string? County { get; init; }

    /// <summary><c>stateOrProvince</c>: State or province.</summary>
    public string? StateOrProvince { get; init; }

    /// <summary><c>country</c>: Country name or code.</summary>
    public string? Country { get; init; }

    /// <summary>The type's name, never its values (they are personal data).</summary>
    public override string ToString() => nameof(TownDetail);
}
