namespace GreenButton;

/// <summary>ESPI <c>ServiceDeliveryPoint</c> of a <see cref="UsagePoint"/>. May hold personal data.</summary>
public sealed record ServiceDeliveryPoint
{
    /// <summary><c>name</c>.</summary>
    public string? Name { get; init; }

    /// <summary><c>tariffProfile</c>.</summary>
    public string? TariffProfile { get; init; }

    /// <summary><c>customerAgreement</c>.</summary>
    public string? CustomerAgreement { get; init; }

    /// <summary><c>tariffRiderRefs</c>.</summary>
    public IReadOnlyList<TariffRiderRef> TariffRiderRefs { get; init; } = [];
}
