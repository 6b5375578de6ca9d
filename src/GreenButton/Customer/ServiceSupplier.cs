namespace GreenButton;

/// <summary>Customer <c>ServiceSupplier</c>: a supplier of a <see cref="CustomerAgreement"/> (utility, retailer, MDMA, ...).</summary>
public sealed class ServiceSupplier : OrganisationRole
{
    /// <inheritdoc/>
    public override string ResourceName => "ServiceSupplier";

    /// <summary><c>kind</c> as written (<c>utility</c>, <c>retailer</c>, <c>lse</c>, <c>mdma</c>, <c>msp</c>, <c>other</c>).</summary>
    public string? Kind { get; init; }

    /// <summary><c>issuerIdentificationNumber</c>: the supplier's id with its regulator.</summary>
    public string? IssuerIdentificationNumber { get; init; }

    /// <summary><c>effectiveDate</c>.</summary>
    public DateTimeOffset? EffectiveDate { get; init; }

    /// <summary>The CustomerAgreement it supplies; set by <see cref="GreenButtonDocument"/>.</summary>
    public CustomerAgreement? Agreement { get; internal set; }
}
