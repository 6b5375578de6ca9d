using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace GreenButton.Client;

/// <summary>
/// Merges the answers to consecutive <c>published-min/max</c> windows into one document. Each window's entries are
/// copied, as XML, into one feed in a temporary file (memory stays bounded by one entry), which is then loaded: the core
/// has no public way to build a document from entries. Descriptive entries every window repeats (UsagePoint,
/// MeterReading, ReadingType, LocalTimeParameters...) are kept once, by self href; data entries (IntervalBlock,
/// summaries) are all kept, since windows do not overlap.
/// </summary>
internal static class WindowMerger
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace s_atom = AtomNs;
    private static readonly string[] s_dataResources = ["IntervalBlock", "UsageSummary", "ElectricPowerUsageSummary", "ElectricPowerQualitySummary"];

    /// <summary>Whether an entry is kept: data always, a descriptive entry the first time its self href is seen.</summary>
    public static bool IsFirst(HashSet<string> seen, string? selfHref, string? resourceName)
        => selfHref is null || (resourceName is not null && s_dataResources.Contains(resourceName)) || seen.Add(selfHref);

    /// <summary>The merged document, or null when the custodian accepted a window for later delivery (202).</summary>
    public static async Task<GreenButtonDocument?> MergeAsync(DataCustodianClient client, BearerCredential credential, string[] path,
        IReadOnlyList<(DateTimeOffset Min, DateTimeOffset Max)> windows, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"greenbutton-{Guid.NewGuid():N}.xml"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (file.ConfigureAwait(false))
        {
            var uris = windows.Select(w => client.ResourceUri(path, w)).ToList();
            if (await WriteMergedAsync(client, credential, uris, file, cancellationToken).ConfigureAwait(false) == HttpStatusCode.Accepted)
            {
                return null;
            }
            file.Position = 0;
            var options = client.Options.ReaderOptions;
            options = options with { SourceName = options.SourceName ?? $"{windows.Count} merged windows of {client.ResourceUri(path, null).GetLeftPart(UriPartial.Path)}" };
            return await GreenButtonDocument.LoadAsync(file, options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes the answers to <paramref name="uris"/> (consecutive windows of one resource) as one Atom feed to
    /// <paramref name="output"/>: the first window's feed header, then every window's entries, each descriptive entry
    /// once. Accepted (202) as soon as a window is accepted for later delivery; what was written is then incomplete.
    /// </summary>
    public static async Task<HttpStatusCode> WriteMergedAsync(DataCustodianClient client, BearerCredential credential, IReadOnlyList<Uri> uris,
        Stream output, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var writer = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), CloseOutput = false });
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteStartDocumentAsync().ConfigureAwait(false);
            await writer.WriteStartElementAsync(null, "feed", AtomNs).ConfigureAwait(false);
            for (var i = 0; i < uris.Count; i++)
            {
                using var response = await client.SendAsync(uris[i], credential, allowAccepted: true, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    return HttpStatusCode.Accepted;
                }
                var stream = await client.OpenBodyAsync(response, cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    await CopyEntriesAsync(stream, writer, seen, feedHeader: i == 0, cancellationToken).ConfigureAwait(false);
                }
            }
            await writer.WriteEndElementAsync().ConfigureAwait(false);
            await writer.WriteEndDocumentAsync().ConfigureAwait(false);
        }
        return HttpStatusCode.OK;
    }

    private static async Task CopyEntriesAsync(Stream input, XmlWriter writer, HashSet<string> seen, bool feedHeader, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings { Async = true, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true };
        using var reader = XmlReader.Create(input, settings);
        await reader.MoveToContentAsync().ConfigureAwait(false);
        if (reader.NodeType != XmlNodeType.Element)
        {
            return;
        }
        if (reader.LocalName == "feed" && reader.NamespaceURI == AtomNs)
        {
            if (reader.IsEmptyElement)
            {
                return;
            }
            await reader.ReadAsync().ConfigureAwait(false);
            while (!reader.EOF && !(reader.Depth == 0 && reader.NodeType == XmlNodeType.EndElement))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.NodeType != XmlNodeType.Element)
                {
                    await reader.ReadAsync().ConfigureAwait(false);
                    continue;
                }
                var element = (XElement)await XNode.ReadFromAsync(reader, cancellationToken).ConfigureAwait(false);
                if (element.Name == s_atom + "entry")
                {
                    await WriteEntryAsync(element, writer, seen, cancellationToken).ConfigureAwait(false);
                }
                else if (feedHeader)
                {
                    await element.WriteToAsync(writer, cancellationToken).ConfigureAwait(false);
                }
            }
            return;
        }
        var root = (XElement)await XNode.ReadFromAsync(reader, cancellationToken).ConfigureAwait(false);
        // A single entry, or a bare resource wrapped as one.
        var entry = root.Name == s_atom + "entry" ? root : new XElement(s_atom + "entry", new XElement(s_atom + "content", root));
        await WriteEntryAsync(entry, writer, seen, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteEntryAsync(XElement entry, XmlWriter writer, HashSet<string> seen, CancellationToken cancellationToken)
    {
        var self = entry.Elements(s_atom + "link").FirstOrDefault(l => string.Equals((string?)l.Attribute("rel"), "self", StringComparison.OrdinalIgnoreCase))?.Attribute("href")?.Value;
        var resource = entry.Element(s_atom + "content")?.Elements().FirstOrDefault()?.Name.LocalName;
        if (IsFirst(seen, self, resource))
        {
            await entry.WriteToAsync(writer, cancellationToken).ConfigureAwait(false);
        }
    }
}
