namespace GreenButton;

/// <summary>
/// Customer <c>ServiceLocation</c>: where service is delivered (its Location fields: addresses, phones, position), the
/// <see cref="UsagePoints"/> that measure it and the <see cref="EndDevices"/> installed there.
/// </summary>
public sealed class ServiceLocation : CustomerResource
{
    /// <inheritdoc/>
    public override string ResourceName => "ServiceLocation";

    /// <summary>Location <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Location <c>mainAddress</c>.</summary>
    public StreetAddress? MainAddress { get; init; }

    /// <summary>Location <c>secondaryAddress</c>.</summary>
    public StreetAddress? SecondaryAddress { get; init; }

    /// <summary>Location <c>phone1</c>.</summary>
    public TelephoneNumber? Phone1 { get; init; }

    /// <summary>Location <c>phone2</c>.</summary>
    public TelephoneNumber? Phone2 { get; init; }

    /// <summary>Location <c>electronicAddress</c>.</summary>
    public ElectronicAddress? ElectronicAddress { get; init; }

    /// <summary>Location <c>geoInfoReference</c>: the location in a geographic information system.</summary>
    public string? GeoInfoReference { get; init; }

    /// <summary>Location <c>direction</c>: how to find the location.</summary>
    public string? Direction { get; init; }

    /// <summary>Location <c>status</c>.</summary>
    public Status? Status { get; init; }

    /// <summary>Location <c>positionPoints</c>.</summary>
    public IReadOnlyList<PositionPoint> PositionPoints { get; init; } = [];

    /// <summary><c>accessMethod</c>: how to reach the meters.</summary>
    public string? AccessMethod { get; init; }

    /// <summary><c>siteAccessProblem</c>: a problem reaching the site (a dog, a locked gate).</summary>
    public string? SiteAccessProblem { get; init; }

    /// <summary><c>needsInspection</c>.</summary>
    public bool? NeedsInspection { get; init; }

    /// <summary><c>UsagePoints/UsagePoint</c>: the hrefs of the UsagePoints served here, as written.</summary>
    public IReadOnlyList<string> UsagePointHrefs { get; init; } = [];

    /// <summary><c>outageBlock</c>: the outage block the location belongs to.</summary>
    public string? OutageBlock { get; init; }

    /// <summary>The CustomerAgreement the location belongs to; set by <see cref="GreenButtonDocument"/>.</summary>
    public CustomerAgreement? Agreement { get; internal set; }

    /// <summary>
    /// The UsagePoints of <see cref="UsagePointHrefs"/> that the document (or a document merged with
    /// <see cref="GreenButtonDocument.FromEntries"/>) holds; set by <see cref="GreenButtonDocument"/>.
    /// </summary>
    public IReadOnlyList<UsagePoint> UsagePoints { get; internal set; } = [];

    /// <summary>The EndDevices (Meters included); set by <see cref="GreenButtonDocument"/>.</summary>
    public IReadOnlyList<EndDevice> EndDevices { get; internal set; } = [];

    /// <summary>The Meters among <see cref="EndDevices"/>.</summary>
    public IReadOnlyList<Meter> Meters => EndDevices.OfType<Meter>().ToList();
}
