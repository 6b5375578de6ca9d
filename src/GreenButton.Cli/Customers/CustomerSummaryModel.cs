namespace GreenButton.Cli.Customers;

// Part of the JSON summary contract (schemas/greenbutton-summary.schema.json, "customers"): camelCase, nulls written.

/// <summary>The customer resources of one input: counts, then each resource by id; fields only when asked for.</summary>
internal sealed record CustomersSummary
{
    /// <summary>Customer resources by name (Customer, CustomerAccount, ...).</summary>
    public required IReadOnlyDictionary<string, int> Counts { get; init; }

    /// <summary>Whether <see cref="CustomerResourceSummary.Fields"/> were written (<c>--show-personal-data</c>).</summary>
    public bool PersonalData { get; init; }

    public required IReadOnlyList<CustomerResourceSummary> Resources { get; init; }
}

/// <summary>One customer resource: its id (self href), where it is, what it belongs to; its fields when asked for.</summary>
internal sealed record CustomerResourceSummary
{
    public required string Resource { get; init; }

    public string? Self { get; init; }

    public string? EntryId { get; init; }

    public int Line { get; init; }

    public int Column { get; init; }

    /// <summary>The self href of the resource it belongs to (an account's Customer, ...); null when none.</summary>
    public string? Parent { get; init; }

    /// <summary>How it was attached: link, hierarchy, documentOrder; null when not attached.</summary>
    public string? AttachedBy { get; init; }

    /// <summary>A ServiceLocation's UsagePoint hrefs, as written (ids); empty for other resources.</summary>
    public required IReadOnlyList<string> UsagePoints { get; init; }

    /// <summary>The fields (<c>customerName</c>, <c>mainAddress.townDetail.name</c>, ...) as text; null unless <c>--show-personal-data</c>.</summary>
    public IReadOnlyDictionary<string, string>? Fields { get; init; }

    /// <summary>The resource itself, for the text form's tree; not written.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public CustomerResource? Source { get; init; }
}
