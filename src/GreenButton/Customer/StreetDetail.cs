namespace GreenButton;

/// <summary>ESPI customer <c>StreetDetail</c>: the street part of a <see cref="StreetAddress"/>. Personal data: <see cref="ToString"/> names the type only.</summary>
public sealed record StreetDetail
{
    /// <summary><c>number</c>: Designator of a specific location on the street (house number).</summary>
    public string? Number { get; init; }

    /// <summary><c>name</c>: Name of the street.</summary>
    public string? Name { get; init; }

    /// <summary><c>suffix</c>: Suffix to the street name (<c>NW</c>).</summary>
    public string? Suffix { get; init; }

    /// <summary><c>prefix</c>: Prefix to the street name (<c>North</c>).</summary>
    public string? Prefix { get; init; }

    /// <summary><c>type</c>: Type of street (<c>Avenue</c>, <c>Street</c>).</summary>
    public string? Type { get; init; }

    /// <summary><c>code</c>: Utility-specific code for the street.</summary>
    public string? Code { get; init; }

    /// <summary><c>buildingName</c>: Name of the building.</summary>
    public string? BuildingName { get; init; }

    /// <summary><c>suiteNumber</c>: Number of the apartment or suite.</summary>
    public string? SuiteNumber { get; init; }

    /// <summary><c>addressGeneral</c>: First line of a free-form address.</summary>
    public string? AddressGeneral { get; init; }

    /// <summary><c>addressGeneral2</c>: Second line of a free-form address.</summary>
    public string? AddressGeneral2 { get; init; }

    /// <summary><c>addressGeneral3</c>: Third line of a free-form address.</summary>
    public string? AddressGeneral3 { get; init; }

    /// <summary><c>withinTownLimits</c>: Whether the address lies within the town limits.</summary>
    public bool? WithinTownLimits { get; init; }

    /// <summary>The type's name, never its values (they are personal data).</summary>
    public override string ToString() => nameof(StreetDetail);
}
