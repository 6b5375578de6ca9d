namespace GreenButton.Csv;

/// <summary>
/// The personal data of a download's preamble and rows, as read. It never becomes an entry title or part of a usage
/// resource; it becomes the customer resources of <see cref="CsvDownload.Entries"/> (Customer <c>customerName</c>,
/// CustomerAccount <c>accountId</c>, CustomerAgreement <c>name</c>, ServiceLocation <c>mainAddress</c>, Meter
/// <c>serialNumber</c>) unless <see cref="GreenButtonCsvOptions.IncludeCustomerData"/> is false. <see cref="RequestedBy"/>
/// has no place in ESPI and stays here only. Every member is null when the file does not say. Treat it as personal data:
/// it names a person and a home.
/// </summary>
public sealed record CsvCustomerData
{
    /// <summary>The account holder's name (<c>Name,...</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The service address (<c>Address,...</c>, SCE's <c>For location:</c>, Eversource's first line).</summary>
    public string? Address { get; init; }

    /// <summary>The utility account number (<c>Account Number,...</c>, Eversource's <c>Account</c> column).</summary>
    public string? AccountNumber { get; init; }

    /// <summary>The meter numbers, in order of appearance (SDG&amp;E's <c>Meter Number</c>, Eversource's <c>Meter No:</c>).</summary>
    public IReadOnlyList<string> MeterNumbers { get; init; } = [];

    /// <summary>The service's name in the utility's portal (Opower's <c>Service,Service 1</c>).</summary>
    public string? ServiceName { get; init; }

    /// <summary>Who requested the download (Eversource's <c>Requested By ... on ...</c>).</summary>
    public string? RequestedBy { get; init; }

    /// <summary>Which fields the file gave, never their values (a log line must not leak a name or an address).</summary>
    public override string ToString() => IsEmpty ? "no customer data" : $"customer data: {FieldNames()}";

    /// <summary>The fields given, by name: <c>name, address, 1 meter number(s)</c>.</summary>
    internal string FieldNames()
    {
        var given = new[] { (Name, "name"), (Address, "address"), (AccountNumber, "account number"), (ServiceName, "service name"), (RequestedBy, "requested by") }
            .Where(f => f.Item1 is not null).Select(f => f.Item2).ToList();
        if (MeterNumbers.Count > 0)
        {
            given.Add($"{MeterNumbers.Count} meter number(s)");
        }
        return string.Join(", ", given);
    }

    /// <summary>Whether the file gave no personal data at all.</summary>
    public bool IsEmpty => Name is null && Address is null && AccountNumber is null && MeterNumbers.Count == 0 && ServiceName is null && RequestedBy is null;
}
