using Spectre.Console;

namespace GreenButton.Cli.Customers;

/// <summary>The text form of customer resources: a tree from each Customer down to its meters, ids only unless asked.</summary>
internal static class CustomerText
{
    public static void Write(IAnsiConsole console, CustomersSummary? customers)
    {
        if (customers is null)
        {
            return;
        }
        var counts = string.Join(", ", customers.Counts.Select(c => $"{c.Value} {c.Key}"));
        console.MarkupLine(Markup.Escape($"  Customer data: {counts}") + (customers.PersonalData
            ? " [yellow](personal data shown)[/]"
            : Markup.Escape(" (personal data: ids only; --show-personal-data shows the fields)")));
        var resources = customers.Resources.Select(r => r.Source).OfType<CustomerResource>().ToList();
        var tree = new Tree("customer resources").Guide(TreeGuide.Line);
        var placed = new HashSet<CustomerResource>(ReferenceEqualityComparer.Instance);
        // Roots: what belongs to nothing (the Customer; in a partial feed, whatever is highest).
        foreach (var root in resources.Where(r => CustomerSummaryBuilder.ParentOf(r) is null))
        {
            Add(tree.AddNode(Label(root)), root, customers.PersonalData, placed);
            placed.Add(root);
        }
        console.Write(new Padder(tree, new Padding(2, 0, 0, 0)));
    }

    private static void Add(TreeNode node, CustomerResource resource, bool showPersonalData, HashSet<CustomerResource> placed)
    {
        if (showPersonalData)
        {
            foreach (var (name, value) in CustomerSummaryBuilder.Fields(resource))
            {
                node.AddNode(new Text($"{name}: {value}", new Style(Color.Grey)));
            }
        }
        foreach (var child in CustomerSummaryBuilder.ChildrenOf(resource))
        {
            if (placed.Add(child))
            {
                Add(node.AddNode(Label(child)), child, showPersonalData, placed);
            }
        }
    }

    private static Text Label(CustomerResource resource)
    {
        var usagePoints = resource is ServiceLocation location && location.UsagePointHrefs.Count > 0
            ? $" (UsagePoint {string.Join(", ", location.UsagePointHrefs.Select(h => h.TrimEnd('/')[(h.TrimEnd('/').LastIndexOf('/') + 1)..]))}"
                + (location.UsagePoints.Count > 0 ? ", in this document)" : ")")
            : "";
        var how = resource.AttachedBy is Attachment.Hierarchy or Attachment.DocumentOrder ? $" [by {Formats.Name(resource.AttachedBy)}]" : "";
        return new Text($"{resource.ResourceName} {CustomerSummaryBuilder.Id(resource)}{usagePoints}{how}");
    }

    /// <summary>The inspect text's <c>-&gt;</c> line for a customer resource.</summary>
    public static string Placement(CustomerResource resource)
    {
        if (resource is Customer or ProgramDateIdMappings)
        {
            return "top level";
        }
        return CustomerSummaryBuilder.ParentOf(resource) is { } parent
            ? $"attached to {parent.ResourceName} {parent.SelfHref ?? $"at line {parent.Line}"} by {Formats.Name(resource.AttachedBy)}"
            : "not attached: the document holds nothing it belongs to (a partial customer feed?)";
    }
}
