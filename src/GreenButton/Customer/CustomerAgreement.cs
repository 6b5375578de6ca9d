namespace GreenButton;

/// <summary>
/// Customer <c>CustomerAgreement</c>: an agreement of a <see cref="CustomerAccount"/> for service at its
/// <see cref="ServiceLocations"/>, from its <see cref="ServiceSuppliers"/>.
/// </summary>
public sealed class CustomerAgreement : CustomerDocument
{
    /// <summary>Creates an agreement; set its fields with an object initializer.</summary>
    public CustomerAgreement() { }

    internal CustomerAgreement(CustomerDocumentFields fields) : base(fields) { }

    /// <inheritdoc/>
    public override string ResourceName => "CustomerAgreement";

    /// <summary>Agreement <c>signDate</c>.</summary>
    public DateTimeOffset? SignDate { get; init; }

    /// <summary>Agreement <c>validityInterval</c>.</summary>
    public DateTimeInterval? ValidityInterval { get; init; }

    /// <summary><c>loadMgmt</c>: the load management program.</summary>
    public string? LoadMgmt { get; init; }

    /// <summary><c>isPrePay</c>.</summary>
    public bool? IsPrePay { get; init; }

    /// <summary><c>shutOffDateTime</c>: when service is (or was) to be shut off.</summary>
    public DateTimeOffset? ShutOffDateTime { get; init; }

    /// <summary><c>DemandResponseProgram</c>s.</summary>
    public IReadOnlyList<DemandResponseProgram> DemandResponsePrograms { get; init; } = [];

    /// <summary><c>PricingStructures</c>: tariffs, as written (URIs or codes such as <c>RES-TOU</c>).</summary>
    public IReadOnlyList<string> PricingStructures { get; init; } = [];

    /// <summary><c>currency</c>.</summary>
    public Currency? Currency { get; init; }

    /// <summary><c>futureStatus</c>: statuses the agreement will take.</summary>
    public IReadOnlyList<Status> FutureStatus { get; init; } = [];

    /// <summary><c>agreementId</c>: the agreement (service) number.</summary>
    public string? AgreementId { get; init; }

    /// <summary>The CustomerAccount the agreement belongs to; set by <see cref="GreenButtonDocument"/>.</summary>
    public CustomerAccount? Account { get; internal set; }

    /// <summary>The ServiceLocations; set by <see cref="GreenButtonDocument"/>.</summary>
    public IReadOnlyList<ServiceLocation> ServiceLocations { get; internal set; } = [];

    /// <summary>The ServiceSuppliers; set by <see cref="GreenButtonDocument"/>.</summary>
    public IReadOnlyList<ServiceSupplier> ServiceSuppliers { get; internal set; } = [];
}
