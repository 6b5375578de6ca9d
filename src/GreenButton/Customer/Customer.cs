namespace GreenButton;

/// <summary>
/// Customer <c>Customer</c>: the retail customer (an organisation or person receiving services), with its
/// <see cref="Accounts"/> and <see cref="Statements"/>.
/// </summary>
public sealed class Customer : OrganisationRole
{
    /// <inheritdoc/>
    public override string ResourceName => "Customer";

    /// <summary><c>kind</c> as written (<c>residential</c>, <c>commercialIndustrial</c>, ...).</summary>
    public string? Kind { get; init; }

    /// <summary><c>specialNeed</c>: special service needs (life support, a hospital, ...).</summary>
    public string? SpecialNeed { get; init; }

    /// <summary><c>vip</c>: an important customer (ESPI prefers <see cref="Priority"/>).</summary>
    public bool? Vip { get; init; }

    /// <summary><c>pucNumber</c>: the public utilities commission's number.</summary>
    public string? PucNumber { get; init; }

    /// <summary><c>status</c>.</summary>
    public Status? Status { get; init; }

    /// <summary><c>priority</c>.</summary>
    public Priority? Priority { get; init; }

    /// <summary><c>locale</c> (<c>en_US</c>, ...).</summary>
    public string? Locale { get; init; }

    /// <summary><c>customerName</c>.</summary>
    public string? CustomerName { get; init; }

    /// <summary>The CustomerAccounts; set by <see cref="GreenButtonDocument"/>.</summary>
    public IReadOnlyList<CustomerAccount> Accounts { get; internal set; } = [];

    /// <summary>The Statements; set by <see cref="GreenButtonDocument"/>.</summary>
    public IReadOnlyList<Statement> Statements { get; internal set; } = [];
}
