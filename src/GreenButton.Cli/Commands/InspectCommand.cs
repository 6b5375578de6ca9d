using System.CommandLine;
using System.Globalization;
using GreenButton.Cli.Inspect;

namespace GreenButton.Cli.Commands;

/// <summary>The output of <c>inspect</c>.</summary>
internal enum InspectFormat
{
    Text,
    Json,
}

/// <summary>
/// <c>greenbutton inspect FILE... [--format text|json] [--lenient]</c>: every resource of every entry with its position, links, and how it
/// was attached (by link, by self-href hierarchy, by document order) or why it was not; then the diagnostics.
/// </summary>
internal sealed class InspectCommand : ICliCommand
{
    public string Name => "inspect";

    public Command Create(CliEnvironment environment)
    {
        var files = CommonOptions.Files(ArgumentArity.OneOrMore);
        var format = CommonOptions.Format("text (a block per resource) or json (the contract of schemas/greenbutton-inspect.schema.json).", InspectFormat.Text);
        var lenient = CommonOptions.Lenient();
        var command = new Command(Name, "Every entry with its type, links, and how it was attached (or why not).") { files, format, lenient, Customers.CustomerOptions.ShowPersonalData };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, environment,
            ct => InspectAsync(parse.GetValue(files) ?? [], format.ValueOf(parse), parse.GetValue(lenient), parse, environment, ct), cancellationToken));
        return command;
    }

    /// <summary>Inspects every input; a file that fails is reported and the others go on (JSON: one document for all, at the end).</summary>
    private static async Task<int> InspectAsync(string[] arguments, InspectFormat format, bool lenient, ParseResult parse, CliEnvironment environment,
        CancellationToken cancellationToken)
    {
        using var inputs = InputSet.Expand(arguments, environment.StandardInput, CommonOptions.Csv(parse));
        var options = new GreenButtonReaderOptions { Lenient = lenient };
        var exitCode = ExitCodes.Ok;
        var inspections = new List<FileInspection>();
        foreach (var input in inputs.Files)
        {
            InputFeed? opened = null;
            try
            {
                opened = Consoles.WithProgress(environment, parse.GetValue(CommonOptions.Quiet), input.Length, input.Name,
                    progress => InputFeed.Open(input, options, progress, cancellationToken));
                await NoGreenButtonDataException.CheckAsync(input.Name, opened.Feed, lenient, parse.GetValue(CommonOptions.Quiet), environment).ConfigureAwait(false);
            }
            catch (GreenButtonException ex)
            {
                await CommandRunner.Report(environment, ex, parse.GetValue(CommonOptions.Verbose)).ConfigureAwait(false);
                exitCode = ExitCodes.Worst(exitCode, ExitCodes.Of(ex));
                continue;
            }
            catch (NoGreenButtonDataException ex)
            {
                opened?.Feed.Dispose();
                await environment.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                exitCode = ExitCodes.Worst(exitCode, ExitCodes.DataError);
                continue;
            }
            using var feed = opened!.Feed;
            if (format == InspectFormat.Json)
            {
                inspections.Add(InspectBuilder.Build(input.Name, feed, cancellationToken, Customers.CustomerOptions.Get(parse)) with { Diagnostics = [.. opened.Diagnostics.Select(Summary.SummaryBuilder.Diagnostic)] });
            }
            else
            {
                await WriteAsync(environment.Out, input.Name, feed, cancellationToken, Customers.CustomerOptions.Get(parse), opened.CsvDiagnostics).ConfigureAwait(false);
            }
        }
        if (format == InspectFormat.Json)
        {
            await environment.Out.WriteLineAsync(InspectBuilder.Serialize(new InspectReport(inspections))).ConfigureAwait(false);
        }
        return exitCode;
    }

    internal static async Task WriteAsync(TextWriter output, string name, GreenButtonFeed feed, CancellationToken cancellationToken, bool showPersonalData = false, IReadOnlyList<GreenButtonDiagnostic>? csvDiagnostics = null)
    {
        var nodes = FeedGraph.Nodes(feed);
        await output.WriteLineAsync($"{name}: {feed.Document.Entries.Count} entries, {nodes.Count} resources").ConfigureAwait(false);
        foreach (var node in nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var where = node.Line > 0 ? $"{node.Line}:{node.Column}" : "-";
            await output.WriteLineAsync($"[{node.Order.ToString(CultureInfo.InvariantCulture)}] {where} {node.ResourceName}{Describe(node)}").ConfigureAwait(false);
            if (node.EntryId is not null || node.Title is not null)
            {
                await output.WriteLineAsync($"    id {Formats.EchoOrNull(node.EntryId) ?? "-"}, title {Formats.EchoOrNull(node.Title) ?? "-"}").ConfigureAwait(false);
            }
            await output.WriteLineAsync($"    self {Formats.EchoOrNull(node.SelfHref) ?? "-"}").ConfigureAwait(false);
            if (node.UpHref is not null)
            {
                await output.WriteLineAsync($"    up {Formats.Echo(node.UpHref)}").ConfigureAwait(false);
            }
            foreach (var related in node.RelatedHrefs)
            {
                await output.WriteLineAsync($"    related {Formats.Echo(related)}").ConfigureAwait(false);
            }
            await output.WriteLineAsync($"    -> {Placement(node)}").ConfigureAwait(false);
            await Customers.CustomerInspect.WriteFieldsAsync(output, node.Resource, showPersonalData).ConfigureAwait(false);
        }
        foreach (var diagnostic in csvDiagnostics is null ? feed.Diagnostics : [.. csvDiagnostics, .. feed.Diagnostics])
        {
            await output.WriteLineAsync(Formats.Echo(diagnostic.ToString(), Formats.MaxMessage)).ConfigureAwait(false);
        }
    }

    private static string Describe(FeedNode node) => node switch
    {
        BlockNode block => $": {block.Statistics.Count} reading(s)" + (block.Interval is { HasStart: true } i ? $" from {Formats.Utc(i.StartSeconds)}" : ""),
        UsagePointNode up => $": {up.Resource.ServiceKind?.ToString() ?? "no service kind"}, {up.Resource.MeterReadings.Count} meter reading(s), "
            + (up.Resource.LocalTimeParameters is null ? "no LocalTimeParameters" : "LocalTimeParameters"),
        MeterReadingNode mr => $": {mr.Resource.IntervalBlocks.Count} block(s), ReadingType "
            + (mr.Resource.ReadingType is not { } type ? "none" : $"{type.Uom?.ToString() ?? "?"} by {AttachmentName(mr.Resource.ReadingTypeAttachment)}"),
        _ => Customers.CustomerInspect.Describe(node.Resource),
    };

    private static string Placement(FeedNode node)
    {
        if (node.Resource is CustomerResource customer)
        {
            return Customers.CustomerText.Placement(customer);
        }
        if (node is UsagePointNode)
        {
            return "top level";
        }
        if (node.Parent is { } parent)
        {
            var verb = node is ResourceNode { Resource: ReadingType or LocalTimeParameters } r
                ? $"used by {r.Users} {parent.ResourceName}(s), first"
                : "attached to";
            return $"{verb} {parent.ResourceName} {parent.SelfHref ?? $"at line {parent.Line}"} by {AttachmentName(node.How)}";
        }
        return node.Unattached is { } why ? $"not attached: {why}"
            : node is ResourceNode ? "not attached: nothing links it (a resource the tool does not attach)" : "not attached";
    }

    private static string AttachmentName(Attachment how) => how switch
    {
        Attachment.Link => "link",
        Attachment.Hierarchy => "self-href hierarchy",
        Attachment.DocumentOrder => "document order",
        Attachment.Embedded => "embedding",
        _ => "-",
    };
}
