namespace GreenButton;

/// <summary>The resources of the ESPI customer namespace, by type (personal data: see the README on handling them).</summary>
public sealed partial class GreenButtonDocument
{
    /// <summary>Every Customer, in document order.</summary>
    public IReadOnlyList<Customer> Customers { get; private set; } = [];

    /// <summary>Every CustomerAccount, attached or not.</summary>
    public IReadOnlyList<CustomerAccount> CustomerAccounts { get; private set; } = [];

    /// <summary>Every CustomerAgreement, attached or not.</summary>
    public IReadOnlyList<CustomerAgreement> CustomerAgreements { get; private set; } = [];

    /// <summary>Every ServiceLocation, attached or not.</summary>
    public IReadOnlyList<ServiceLocation> ServiceLocations { get; private set; } = [];

    /// <summary>Every ServiceSupplier, attached or not.</summary>
    public IReadOnlyList<ServiceSupplier> ServiceSuppliers { get; private set; } = [];

    /// <summary>Every EndDevice, Meters included (a Meter is an EndDevice), attached or not.</summary>
    public IReadOnlyList<EndDevice> EndDevices { get; private set; } = [];

    /// <summary>Every Meter, attached or not.</summary>
    public IReadOnlyList<Meter> Meters { get; private set; } = [];

    /// <summary>Every Statement, attached or not.</summary>
    public IReadOnlyList<Statement> Statements { get; private set; } = [];

    /// <summary>Every ProgramDateIdMappings.</summary>
    public IReadOnlyList<ProgramDateIdMappings> ProgramDateIdMappings { get; private set; } = [];

    /// <summary>Every resource of the customer namespace, in document order.</summary>
    public IReadOnlyList<CustomerResource> CustomerResources { get; private set; } = [];

    private void SetCustomerResources(List<EspiResource> resources)
    {
        Customers = OfType<Customer>(resources);
        CustomerAccounts = OfType<CustomerAccount>(resources);
        CustomerAgreements = OfType<CustomerAgreement>(resources);
        ServiceLocations = OfType<ServiceLocation>(resources);
        ServiceSuppliers = OfType<ServiceSupplier>(resources);
        EndDevices = OfType<EndDevice>(resources);
        Meters = OfType<Meter>(resources);
        Statements = OfType<Statement>(resources);
        ProgramDateIdMappings = OfType<ProgramDateIdMappings>(resources);
        CustomerResources = OfType<CustomerResource>(resources);
    }
}
