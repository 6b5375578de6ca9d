namespace GreenButton;

/// <summary>ESPI customer <c>Organisation</c>: a person or company with its addresses, phones and electronic address. Personal data: <see cref="ToString"/> names the type only.</summary>
public sealed record Organisation
{
    /// <summary><c>name</c>: IdentifiedObject <c>name</c>.</summary>
    public string? Name { get; init; }

    /// <summary><c>streetAddress</c>: Street address.</summary>
    public StreetAddress? StreetAddress { get; init; }

    /// <summary><c>postalAddress</c>: Postal address, when not the street address.</summary>
    public StreetAddress? PostalAddress { get; init; }

    /// <summary><c>phone1</c>: Main phone.</summary>
    public TelephoneNumber? Phone1 { get; init; }

    /// <summary><c>phone2</c>: Other phone.</summary>
    public TelephoneNumber? Phone2 { get; init; }

    /// <summary><c>electronicAddress</c>: E-mail, web and network addresses.</summary>
    public ElectronicAddress? ElectronicAddress { get; init; }

    /// <summary><c>organisationName</c>: Name of the person or company.</summary>
    public string? OrganisationName { get; init; }

    /// <summary>The type's name, never its values (they are personal data).</summary>
    public override string ToString() => nameof(Organisation);
}
