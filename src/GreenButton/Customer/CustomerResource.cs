namespace GreenButton;

/// <summary>
/// Base of the resources of the ESPI customer namespace (<c>http://naesb.org/espi/customer</c>): who the retail customer
/// is, the accounts, agreements, service locations, suppliers, meters and statements. They are personal data by
/// definition: <see cref="ToString"/> shows the resource's name and self href (ids), never names, addresses or numbers.
/// </summary>
public abstract class CustomerResource : EspiResource
{
    private protected CustomerResource() { }

    /// <summary>IdentifiedObject <c>name</c>: often an account or meter number, sometimes a person's name.</summary>
    public string? Name { get; init; }

    /// <summary>The resource's name and self href (ids only: no field of the resource).</summary>
    public override string ToString() => base.ToString();
}
