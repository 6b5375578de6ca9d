namespace GreenButton;

/// <summary>Customer <c>OrganisationRole</c>: a role an <see cref="GreenButton.Organisation"/> plays (a customer, a supplier).</summary>
public abstract class OrganisationRole : CustomerResource
{
    private protected OrganisationRole() { }

    /// <summary><c>Organisation</c>: the person or company, with its addresses and phones.</summary>
    public Organisation? Organisation { get; init; }
}
