using GreenButton.Cli.Inspect;

namespace GreenButton.Cli.Customers;

/// <summary>Set on an inspected customer resource: what it links to and, with --show-personal-data, its fields.</summary>
internal sealed record InspectedCustomer(IReadOnlyList<string> UsagePoints, IReadOnlyDictionary<string, string>? Fields);

/// <summary>The customer side of <c>inspect</c>: placement by the document's customer graph, fields on request.</summary>
internal static class CustomerInspect
{
    /// <summary>The text after the resource name: what it holds (counts, never values).</summary>
    public static string Describe(EspiResource resource) => resource switch
    {
        Customer customer => $": {customer.Accounts.Count} account(s), {customer.Statements.Count} statement(s)",
        CustomerAccount account => $": {account.Agreements.Count} agreement(s)",
        CustomerAgreement agreement => $": {agreement.ServiceLocations.Count} service location(s), {agreement.ServiceSuppliers.Count} supplier(s)",
        ServiceLocation location => $": {location.EndDevices.Count} device(s), {location.UsagePointHrefs.Count} UsagePoint href(s), {location.UsagePoints.Count} in the document",
        _ => "",
    };

    public static async Task WriteFieldsAsync(TextWriter output, EspiResource resource, bool showPersonalData)
    {
        if (resource is not CustomerResource customer)
        {
            return;
        }
        if (customer is ServiceLocation location)
        {
            foreach (var href in location.UsagePointHrefs)
            {
                await output.WriteLineAsync($"    usage point {href}").ConfigureAwait(false);
            }
        }
        if (!showPersonalData)
        {
            return;
        }
        foreach (var (name, value) in CustomerSummaryBuilder.Fields(customer))
        {
            await output.WriteLineAsync($"    {name}: {value}").ConfigureAwait(false);
        }
    }

    public static InspectedResource With(InspectedResource inspected, EspiResource resource, bool showPersonalData)
        => resource is CustomerResource customer
            ? inspected with
            {
                Customer = new InspectedCustomer(customer is ServiceLocation location ? location.UsagePointHrefs : [],
                    showPersonalData ? CustomerSummaryBuilder.Fields(customer) : null),
            }
            : inspected;

    public static InspectedAttachment Attachment(CustomerResource resource)
    {
        if (resource is Customer or ProgramDateIdMappings)
        {
            return new InspectedAttachment { Status = "topLevel" };
        }
        if (CustomerSummaryBuilder.ParentOf(resource) is { } parent)
        {
            return new InspectedAttachment
            {
                Status = "attached",
                By = resource.AttachedBy == GreenButton.Attachment.None ? null : Formats.Name(resource.AttachedBy),
                Parent = new InspectedParent(parent.ResourceName, parent.SelfHref, parent.Entry?.Line ?? 0, parent.Entry?.Column ?? 0),
            };
        }
        return new InspectedAttachment { Status = "unattached", Reason = "the document holds nothing it belongs to (a partial customer feed?)" };
    }
}
