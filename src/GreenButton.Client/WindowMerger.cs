using System.Net;
using System.Text;

namespace GreenButton.Client;

/// <summary>
/// Merges the answers to consecutive <c>published-min/max</c> windows into one document. Each window's entries are
/// streamed through the core's <see cref="GreenButtonWriter"/> into one feed in a temporary file (memory stays bounded by
/// one entry), which is then loaded. Descriptive entries every window repeats (UsagePoint,
/// MeterReading, ReadingType, LocalTimeParameters, customer resources...) are kept once, by self href; data entries
/// (IntervalBlock, summaries) are all kept, since windows do not overlap.
/// </summary>
internal static class WindowMerger
{
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
        // Customer entries are kept like the others; a customer resource's feed declares their namespace once, on the root.
        var customer = uris.Any(u => u.AbsolutePath.Contains("/RetailCustomer/", StringComparison.OrdinalIgnoreCase));
        var writer = new GreenButtonWriter(output, new GreenButtonWriterOptions { DeclareCustomerNamespace = customer });
        await using (writer.ConfigureAwait(false))
        {
            var self = uris.Count > 0 ? uris[0].GetLeftPart(UriPartial.Path) : null;
            await writer.WriteFeedStartAsync(self is null ? null : EntryIdOf(self), links: self is null ? [] : [new AtomLink(AtomLink.SelfRel, self)],
                cancellationToken: cancellationToken).ConfigureAwait(false);
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
                    var options = client.Options.ReaderOptions with { SourceName = client.Options.ReaderOptions.SourceName ?? uris[i].ToString() };
                    await foreach (var entry in GreenButtonReader.ReadEntriesAsync(stream, options, cancellationToken).ConfigureAwait(false))
                    {
                        if (IsFirst(seen, entry.SelfHref, entry.Resource?.ResourceName))
                        {
                            await writer.WriteEntryAsync(entry, cancellationToken).ConfigureAwait(false);
                        }
                    }
                }
            }
            await writer.WriteFeedEndAsync(cancellationToken).ConfigureAwait(false);
        }
        return HttpStatusCode.OK;
    }

    /// <summary>The merged feed's id: stable for one resource URI.</summary>
    private static string EntryIdOf(string self) => "urn:uuid:" + new Guid(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(self)).AsSpan(0, 16));
}
