namespace GreenButton;

/// <summary>
/// Customer <c>CustomerAccount</c>: an account of a <see cref="GreenButton.Customer"/> for billing, with its
/// <see cref="Agreements"/>.
/// </summary>
public sealed class CustomerAccount : CustomerDocument
{
    /// <summary>Creates an account; set its fields with an object initializer.</summary>
    public CustomerAccount() { }

    internal CustomerAccount(CustomerDocumentFields fields) : base(fields) { }

    /// <inheritdoc/>
    public override string ResourceName => "CustomerAccount";

    /// <summary><c>billingCycle</c>.</summary>
    public string? BillingCycle { get; init; }

    /// <summary><c>budgetBill</c>: the budget billing plan, if any.</summary>
    public string? BudgetBill { get; init; }

    /// <summary><c>lastBillAmount</c> (Int48, in the currency's minor unit as the custodian writes it).</summary>
    public long? LastBillAmount { get; init; }

    /// <summary><c>notifications</c>.</summary>
    public IReadOnlyList<AccountNotification> Notifications { get; init; } = [];

    /// <summary><c>contactInfo</c>: who to contact about the account.</summary>
    public Organisation? ContactInfo { get; init; }

    /// <summary><c>accountId</c>: the account number.</summary>
    public string? AccountId { get; init; }

    /// <summary>The Customer the account belongs to; set by <see cref="GreenButtonDocument"/>.</summary>
    public Customer? Customer { get; internal set; }

    /// <summary>The CustomerAgreements; set by <see cref="GreenButtonDocument"/>.</summary>
    public IReadOnlyList<CustomerAgreement> Agreements { get; internal set; } = [];
}
