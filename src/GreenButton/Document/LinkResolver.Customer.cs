namespace GreenButton;

/// <summary>
/// The customer graph, by the rules of the usage graph (links, then the self-href hierarchy, then document order):
/// CustomerAccounts and Statements under Customers, CustomerAgreements under CustomerAccounts, ServiceLocations and
/// ServiceSuppliers under CustomerAgreements, EndDevices (Meters) under ServiceLocations; and the UsagePoints a
/// ServiceLocation names, by href.
/// </summary>
internal static partial class LinkResolver
{
    /// <summary>Customer resources whose up link names a collection of the retail customer (outside the document by design).</summary>
    private static bool IsCustomerTopLevel(EspiResource resource) => resource is Customer or ProgramDateIdMappings;

    private static void ResolveCustomer(GreenButtonDocument document, Dictionary<EspiResource, Node> nodes, HrefKey keys, DiagnosticCollector diagnostics)
    {
        foreach (var point in document.UsagePoints)
        {
            point.ServiceLocation = null;
        }
        foreach (var resource in document.CustomerResources)
        {
            DetachCustomer(resource);
        }
        if (document.CustomerResources.Count == 0)
        {
            return;
        }
        List<Node> NodesOf(IEnumerable<EspiResource> resources) => resources.Select(r => nodes[r]).ToList();
        var customers = NodesOf(document.Customers);
        var accounts = NodesOf(document.CustomerAccounts);
        var agreements = NodesOf(document.CustomerAgreements);
        var locations = NodesOf(document.ServiceLocations);

        AttachCustomer<Customer, CustomerAccount>(customers, accounts, diagnostics, (customer, children) =>
        {
            customer.Accounts = children;
            children.ForEach(account => account.Customer = customer);
        });
        AttachCustomer<Customer, Statement>(customers, NodesOf(document.Statements), diagnostics, (customer, children) =>
        {
            customer.Statements = children;
            children.ForEach(statement => statement.Customer = customer);
        });
        AttachCustomer<CustomerAccount, CustomerAgreement>(accounts, agreements, diagnostics, (account, children) =>
        {
            account.Agreements = children;
            children.ForEach(agreement => agreement.Account = account);
        });
        AttachCustomer<CustomerAgreement, ServiceLocation>(agreements, locations, diagnostics, (agreement, children) =>
        {
            agreement.ServiceLocations = children;
            children.ForEach(location => location.Agreement = agreement);
        });
        AttachCustomer<CustomerAgreement, ServiceSupplier>(agreements, NodesOf(document.ServiceSuppliers), diagnostics, (agreement, children) =>
        {
            agreement.ServiceSuppliers = children;
            children.ForEach(supplier => supplier.Agreement = agreement);
        });
        AttachCustomer<ServiceLocation, EndDevice>(locations, NodesOf(document.EndDevices), diagnostics, (location, children) =>
        {
            location.EndDevices = children;
            children.ForEach(device => device.ServiceLocation = location);
        });
        ResolveUsagePointRefs(document, nodes, keys, diagnostics);
    }

    /// <summary>
    /// <see cref="Attach"/>, then <paramref name="link"/> for each parent with its children, when the document holds parents
    /// at all: a customer feed is often partial (no Customer, or no ServiceLocation), and its children's up links are then
    /// reported as dangling rather than as unattached.
    /// </summary>
    private static void AttachCustomer<TParent, TChild>(List<Node> parents, List<Node> children, DiagnosticCollector diagnostics, Action<TParent, List<TChild>> link)
        where TParent : CustomerResource
        where TChild : CustomerResource
    {
        if (parents.Count == 0)
        {
            return;
        }
        foreach (var (parent, attached) in Attach(parents, children, typeof(TChild).Name, typeof(TParent).Name, diagnostics))
        {
            link((TParent)parent.Resource, attached.Select(c => (TChild)c.Resource).ToList());
        }
    }

    /// <summary>
    /// Finds the UsagePoints each ServiceLocation names: by href; else (a usage feed under <c>Subscription/{id}</c>, a
    /// customer feed under <c>RetailCustomer/{id}</c>, or a relative href) by the one UsagePoint whose self href ends in the
    /// same <c>UsagePoint/{id}</c>. Hrefs matching nothing are reported: the UsagePoint is in another feed.
    /// </summary>
    private static void ResolveUsagePointRefs(GreenButtonDocument document, Dictionary<EspiResource, Node> nodes, HrefKey keys, DiagnosticCollector diagnostics)
    {
        var bySelf = new Dictionary<string, UsagePoint>(StringComparer.Ordinal);
        var byTail = new Dictionary<string, List<UsagePoint>>(StringComparer.Ordinal);
        foreach (var point in document.UsagePoints)
        {
            if (nodes[point].Self is not { } self)
            {
                continue;
            }
            bySelf.TryAdd(self, point);
            if (Tail(self) is { } tail)
            {
                if (!byTail.TryGetValue(tail, out var list))
                {
                    byTail[tail] = list = [];
                }
                list.Add(point);
            }
        }
        foreach (var location in document.ServiceLocations)
        {
            var found = new List<UsagePoint>();
            foreach (var href in location.UsagePointHrefs)
            {
                var key = keys.Of(href);
                if (key is null)
                {
                    continue;
                }
                if (!bySelf.TryGetValue(key, out var point))
                {
                    if (Tail(key) is { } tail && byTail.TryGetValue(tail, out var candidates) && candidates.Count == 1)
                    {
                        point = candidates[0];
                        diagnostics.Quirk(DiagnosticCodes.UsagePointById, DiagnosticSeverity.Info,
                            "ServiceLocation UsagePoint hrefs matching no UsagePoint's self href were matched by their trailing UsagePoint/{id}.",
                            location.Line, location.Column, location.Entry?.Id, "usage-point-tail");
                    }
                    else
                    {
                        diagnostics.Quirk(DiagnosticCodes.DanglingLink, DiagnosticSeverity.Info,
                            "ServiceLocations name UsagePoints the document does not hold (their usage feed is a separate download).",
                            location.Line, location.Column, location.Entry?.Id, "dangling:usage-point");
                        continue;
                    }
                }
                if (!found.Contains(point))
                {
                    found.Add(point);
                }
                point.ServiceLocation ??= location;
            }
            location.UsagePoints = found;
        }
    }

    /// <summary>The last two segments of a key (<c>UsagePoint/{id}</c>), or null when it has fewer.</summary>
    private static string? Tail(string key)
    {
        var last = key.LastIndexOf('/');
        var previous = last > 0 ? key.LastIndexOf('/', last - 1) : -1;
        return previous >= 0 && last > previous + 1 && last < key.Length - 1 ? key[(previous + 1)..] : null;
    }

    /// <summary>Clears what an earlier resolution set (the resources of one document may be resolved again in another).</summary>
    private static void DetachCustomer(CustomerResource resource)
    {
        switch (resource)
        {
            case Customer customer:
                customer.Accounts = [];
                customer.Statements = [];
                break;
            case CustomerAccount account:
                account.Customer = null;
                account.Agreements = [];
                break;
            case CustomerAgreement agreement:
                agreement.Account = null;
                agreement.ServiceLocations = [];
                agreement.ServiceSuppliers = [];
                break;
            case ServiceLocation location:
                location.Agreement = null;
                location.UsagePoints = [];
                location.EndDevices = [];
                break;
            case ServiceSupplier supplier:
                supplier.Agreement = null;
                break;
            case EndDevice device:
                device.ServiceLocation = null;
                break;
            case Statement statement:
                statement.Customer = null;
                break;
        }
    }
}
