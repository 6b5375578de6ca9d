using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace GreenButton.Cli.Customers;

/// <summary>The customer side of <c>summary</c> and <c>inspect</c>: counts and ids by default, fields on request.</summary>
internal static class CustomerSummaryBuilder
{
    /// <summary>The customer resources of the feed, or null when it holds none (the usage summary is then unchanged).</summary>
    public static CustomersSummary? Build(GreenButtonFeed feed, bool showPersonalData)
    {
        var resources = Resources(feed);
        if (resources.Count == 0)
        {
            return null;
        }
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            counts[resource.ResourceName] = counts.GetValueOrDefault(resource.ResourceName) + 1;
        }
        return new CustomersSummary
        {
            Counts = counts,
            PersonalData = showPersonalData,
            Resources = [.. resources.Select(r => Resource(r, showPersonalData))],
        };
    }

    public static List<CustomerResource> Resources(GreenButtonFeed feed) => [.. feed.Document.Resources.OfType<CustomerResource>()];

    private static CustomerResourceSummary Resource(CustomerResource resource, bool showPersonalData) => new()
    {
        Resource = resource.ResourceName,
        Self = resource.SelfHref,
        EntryId = resource.Entry?.Id,
        Line = resource.Line,
        Column = resource.Column,
        Parent = ParentOf(resource)?.SelfHref,
        AttachedBy = resource.AttachedBy == Attachment.None ? null : Formats.Name(resource.AttachedBy),
        UsagePoints = resource is ServiceLocation location ? location.UsagePointHrefs : [],
        Fields = showPersonalData ? Fields(resource) : null,
        Source = resource,
    };

    /// <summary>What the document attached the resource to.</summary>
    public static CustomerResource? ParentOf(CustomerResource resource) => resource switch
    {
        CustomerAccount account => account.Customer,
        CustomerAgreement agreement => agreement.Account,
        ServiceLocation location => location.Agreement,
        ServiceSupplier supplier => supplier.Agreement,
        EndDevice device => device.ServiceLocation,
        Statement statement => statement.Customer,
        _ => null,
    };

    /// <summary>The children the document attached to the resource, in document order.</summary>
    public static IEnumerable<CustomerResource> ChildrenOf(CustomerResource resource) => resource switch
    {
        Customer customer => customer.Accounts.Cast<CustomerResource>().Concat(customer.Statements),
        CustomerAccount account => account.Agreements,
        CustomerAgreement agreement => agreement.ServiceLocations.Cast<CustomerResource>().Concat(agreement.ServiceSuppliers),
        ServiceLocation location => location.EndDevices,
        _ => [],
    };

    /// <summary>A short id for text: the self href's last segment, else the entry id, else the position.</summary>
    public static string Id(CustomerResource resource)
    {
        if (resource.SelfHref is { Length: > 0 } self)
        {
            var trimmed = self.TrimEnd('/');
            return trimmed[(trimmed.LastIndexOf('/') + 1)..];
        }
        return resource.Entry?.Id ?? $"line {resource.Line}";
    }

    /// <summary>
    /// Every field the resource holds, by its element path (camelCase property names: <c>mainAddress.townDetail.name</c>),
    /// as invariant text. Only the data the file gave: no navigation, nothing empty.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Fields(CustomerResource resource)
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Collect(resource, "", fields, typeof(EspiResource));
        return fields;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "The values are the core's customer resources and their parts; "
        + "the CLI roots the core assembly (TrimmerRootAssembly), so every public property of its types is kept in a trimmed or native build.")]
    private static void Collect(object value, string prefix, SortedDictionary<string, string> fields, Type? skipDeclaredBy)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // Fields are init-only; navigation (internal setters) and the entry's own data (EspiResource) are not fields.
            if (property.SetMethod is not { IsPublic: true } || property.DeclaringType == skipDeclaredBy || property.GetIndexParameters().Length > 0)
            {
                continue;
            }
            var name = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            Add(property.GetValue(value), name, fields);
        }
    }

    private static void Add(object? value, string name, SortedDictionary<string, string> fields)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                fields[name] = text;
                return;
            case DateTimeOffset time:
                fields[name] = Formats.Utc(time.ToUnixTimeSeconds());
                return;
            case DateTimeInterval interval:
                fields[name] = $"{(interval.HasStart ? Formats.Utc(interval.StartSeconds) : "?")}/{interval.DurationSeconds.ToString(CultureInfo.InvariantCulture)}s";
                return;
            case bool flag:
                fields[name] = flag ? "true" : "false";
                return;
            case Enum code:
                fields[name] = Enum.IsDefined(code.GetType(), code) ? code.ToString() : Convert.ToInt64(code, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                return;
            case IFormattable number when value.GetType().IsPrimitive:
                fields[name] = number.ToString(null, CultureInfo.InvariantCulture);
                return;
            case IEnumerable list:
                var i = 0;
                foreach (var item in list)
                {
                    Add(item, $"{name}[{i++}]", fields);
                }
                return;
            default:
                Collect(value, name + ".", fields, null);
                return;
        }
    }
}
