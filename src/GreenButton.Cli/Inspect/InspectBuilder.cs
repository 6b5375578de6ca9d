using System.Text.Json;
using GreenButton.Cli.Summary;

namespace GreenButton.Cli.Inspect;

/// <summary>Builds the inspection of a scanned input, and its JSON form (schemas/greenbutton-inspect.schema.json).</summary>
internal static class InspectBuilder
{
    public static FileInspection Build(string name, GreenButtonFeed feed, CancellationToken cancellationToken, bool showPersonalData = false)
    {
        var nodes = FeedGraph.Nodes(feed);
        var resources = new List<InspectedResource>(nodes.Count);
        foreach (var node in nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            resources.Add(Customers.CustomerInspect.With(Resource(node), node.Resource, showPersonalData));
        }
        return new FileInspection
        {
            File = name,
            Entries = feed.Document.Entries.Count,
            Resources = resources,
            Diagnostics = [.. feed.Diagnostics.Select(SummaryBuilder.Diagnostic)],
        };
    }

    /// <summary>The JSON document: the summary's conventions (camelCase, indented, nulls written).</summary>
    public static string Serialize(InspectReport report) => JsonSerializer.Serialize(report, CliJson.Output.InspectReport);

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
                up.Resource.MeterReadings.Count, up.Resource.LocalTimeParameters is not null)
            : null,
        MeterReading = node is MeterReadingNode mr
            ? new InspectedMeterReading(mr.Resource.IntervalBlocks.Count, mr.Resource.ReadingType is { } type
                ? new InspectedReadingType((int?)type.Uom, type.Uom is { } uom ? Units.Symbol(uom) : null,
                    mr.Resource.ReadingTypeAttachment == GreenButton.Attachment.None ? null : Formats.Name(mr.Resource.ReadingTypeAttachment))
                : null)
            : null,
        IntervalBlock = node is BlockNode block
            ? new InspectedIntervalBlock(block.Statistics.Count, block.Interval is { HasStart: true } i ? Formats.Utc(i.StartSeconds) : null)
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
