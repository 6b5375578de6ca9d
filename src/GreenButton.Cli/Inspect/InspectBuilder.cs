using System.Text.Json;
using GreenButton.Cli.Summary;

namespace GreenButton.Cli.Inspect;

/// <summary>Builds the inspection of a scanned input, and its JSON form (schemas/greenbutton-inspect.schema.json).</summary>
internal static class InspectBuilder
{
    public static FileInspection Build(FeedScan scan, CancellationToken cancellationToken, bool showPersonalData = false)
    {
        var resources = new List<InspectedResource>(scan.Nodes.Count);
        foreach (var node in scan.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            resources.Add(Customers.CustomerInspect.With(Resource(node), node.Resource, showPersonalData));
        }
        return new FileInspection
        {
            File = scan.Name,
            Entries = scan.Entries,
            Resources = resources,
            Diagnostics = [.. scan.Diagnostics.Select(SummaryBuilder.Diagnostic)],
        };
    }

    /// <summary>The JSON document: the summary's conventions (camelCase, indented, nulls written).</summary>
    public static string Serialize(InspectReport report) => JsonSerializer.Serialize(report, SummaryJson.Options);

    private static InspectedResource Resource(FeedNode node) => new()
    {
        Order = node.Order,
        Line = node.Line,
        Column = node.Column,
        Resource = node.ResourceName,
        EntryId = node.EntryId,
        Title = node.Title,
        Self = node.SelfHref,
        Up = node.UpHref,
        Related = [.. node.RelatedHrefs],
        UsagePoint = node is UsagePointNode up
            ? new InspectedUsagePoint(up.Resource.ServiceKind is { } kind ? Formats.Name(kind) : null, (int?)up.Resource.ServiceKind,
                up.MeterReadings.Count, up.LocalTimeParameters is not null)
            : null,
        MeterReading = node is MeterReadingNode mr
            ? new InspectedMeterReading(mr.Blocks.Count, mr.ReadingType is { } type
                ? new InspectedReadingType((int?)type.Uom, type.Uom is { } uom ? Units.Symbol(uom) : null,
                    mr.ReadingTypeHow == GreenButton.Attachment.None ? null : Formats.Name(mr.ReadingTypeHow))
                : null)
            : null,
        IntervalBlock = node is BlockNode block
            ? new InspectedIntervalBlock(block.Stats.Count, block.Interval is { HasStart: true } i ? Formats.Utc(i.StartSeconds) : null)
            : null,
        Attachment = Attachment(node),
    };

    /// <summary>The same reading as the text form's <c>-&gt;</c> line.</summary>
    private static InspectedAttachment Attachment(FeedNode node)
    {
        if (node.Resource is CustomerResource customer)
        {
            return Customers.CustomerInspect.Attachment(customer);
        }
        if (node is UsagePointNode)
        {
            return new InspectedAttachment { Status = "topLevel" };
        }
        if (node.Parent is { } parent)
        {
            var used = node is ResourceNode { Resource: ReadingType or LocalTimeParameters };
            return new InspectedAttachment
            {
                Status = used ? "used" : "attached",
                By = node.How == GreenButton.Attachment.None ? null : Formats.Name(node.How),
                Parent = new InspectedParent(parent.ResourceName, parent.SelfHref, parent.Line, parent.Column),
                Users = used ? ((ResourceNode)node).Users : null,
            };
        }
        return new InspectedAttachment
        {
            Status = "unattached",
            Reason = node.Unattached ?? (node is ResourceNode ? "nothing links it (a resource the tool does not attach)" : null),
        };
    }
}
