namespace GreenButton;

/// <summary>ESPI customer <c>TelephoneNumber</c>. Personal data: <see cref="ToString"/> names the type only.</summary>
public sealed record TelephoneNumber
{
    /// <summary><c>countryCode</c>: Country code.</summary>
    public string? CountryCode { get; init; }

    /// <summary><c>areaCode</c>: Area or region code.</summary>
    public string? AreaCode { get; init; }

    /// <summary><c>cityCode</c>: City code.</summary>
    public string? CityCode { get; init; }

    /// <summary><c>localNumber</c>: Main (local) part of the number.</summary>
    public string? LocalNumber { get; init; }

    /// <summary><c>ext</c>: Extension.</summary>
    public string? Ext { get; init; }

    /// <summary><c>dialOut</c>: Dial-out code (for instance to call outside a company).</summary>
    public string? DialOut { get; init; }

    /// <summary><c>internationalPrefix</c>: Prefix for international calls.</summary>
    public string? InternationalPrefix { get; init; }

    /// <summary><c>ituPhone</c>: The whole number in ITU-T E.164 form.</summary>
    public string? ItuPhone { get; init; }

    /// <summary>The type's name, never its values (they are personal data).</summary>
    public override string ToString() => nameof(TelephoneNumber);
}
