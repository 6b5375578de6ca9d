namespace GreenButton;

/// <summary>Saving: the document written back with <see cref="GreenButtonWriter"/>.</summary>
public sealed partial class GreenButtonDocument
{
    /// <summary>
    /// Writes the document to a file (created or replaced): a feed with its metadata and every entry, or, for a document
    /// read from a single entry or a bare resource, that shape again. Links and ids are kept as read (generated for
    /// resources built in code); see <see cref="GreenButtonWriter"/>.
    /// </summary>
    /// <returns>What the output could not hold validly (see <see cref="GreenButtonWriter.Diagnostics"/>).</returns>
    /// <exception cref="GreenButtonException">The file cannot be created or written.</exception>
    public IReadOnlyList<GreenButtonDiagnostic> Save(string path, GreenButtonWriterOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = GreenButtonWriterFiles.Create(path);
        try
        {
            return Save(file, options with { DestinationName = options.DestinationName ?? path, CloseOutput = false });
        }
        catch (IOException ex)
        {
            throw GreenButtonWriterFiles.Failed(path, ex);
        }
    }

    /// <summary>Writes the document to <paramref name="stream"/> (left open unless <see cref="GreenButtonWriterOptions.CloseOutput"/>).</summary>
    /// <returns>What the output could not hold validly.</returns>
    public IReadOnlyList<GreenButtonDiagnostic> Save(Stream stream, GreenButtonWriterOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new GreenButtonWriter(stream, options);
        WriteTo(writer);
        return writer.Diagnostics;
    }

    /// <summary>Writes the document to <paramref name="stream"/> asynchronously, one entry at a time.</summary>
    /// <returns>What the output could not hold validly.</returns>
    public async Task<IReadOnlyList<GreenButtonDiagnostic>> SaveAsync(Stream stream, GreenButtonWriterOptions options = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var writer = new GreenButtonWriter(stream, options) { DeclaresCustomer = options.DeclareCustomerNamespace || HoldsCustomer };
        await using (writer.ConfigureAwait(false))
        {
            if (Shape() is { } single)
            {
                await (single.Resources.Count == 1 && RootElement != "entry"
                    ? writer.WriteResourceAsync(single.Resources[0], cancellationToken)
                    : writer.WriteEntryAsync(single, cancellationToken)).ConfigureAwait(false);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                return writer.Diagnostics;
            }
            await writer.WriteFeedStartAsync(FeedId ?? GeneratedFeedId(), FeedTitle, FeedUpdated, FeedLinks, cancellationToken).ConfigureAwait(false);
            foreach (var entry in Entries)
            {
                await writer.WriteEntryAsync(entry, cancellationToken).ConfigureAwait(false);
            }
            await writer.WriteFeedEndAsync(cancellationToken).ConfigureAwait(false);
            return writer.Diagnostics;
        }
    }

    /// <summary>Writes the document to a file asynchronously.</summary>
    /// <exception cref="GreenButtonException">The file cannot be created or written.</exception>
    public async Task<IReadOnlyList<GreenButtonDiagnostic>> SaveAsync(string path, GreenButtonWriterOptions options = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = GreenButtonWriterFiles.Create(path, async: true);
        await using (file.ConfigureAwait(false))
        {
            try
            {
                return await SaveAsync(file, options with { DestinationName = options.DestinationName ?? path, CloseOutput = false }, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                throw GreenButtonWriterFiles.Failed(path, ex);
            }
        }
    }

    /// <summary>Writes every entry (or the single entry or resource) to <paramref name="writer"/>, in document order.</summary>
    public void WriteTo(GreenButtonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.DeclaresCustomer |= HoldsCustomer;
        if (Shape() is { } single)
        {
            if (single.Resources.Count == 1 && RootElement != "entry")
            {
                writer.WriteResource(single.Resources[0]);
            }
            else
            {
                writer.WriteEntry(single);
            }
            writer.Flush();
            return;
        }
        writer.WriteFeedStart(FeedId ?? GeneratedFeedId(), FeedTitle, FeedUpdated, FeedLinks);
        foreach (var entry in Entries)
        {
            writer.WriteEntry(entry);
        }
        writer.WriteFeedEnd();
    }

    /// <summary>The single entry of a document read from an <c>entry</c> or a bare resource root; null for a feed.</summary>
    private AtomEntry? Shape()
        => Entries.Count == 1 && RootElement is not null && RootElement != "feed" && (RootElement == "entry" || Entries[0].Resources.Count == 1)
            ? Entries[0]
            : null;

    /// <summary>A document built in code has no feed id: a stable one from its first entry's self href (or the default base).</summary>
    private string? GeneratedFeedId()
        => RootElement is null ? EntryIds.FromHref(((Entries.Count > 0 ? Entries[0].SelfHref : null) ?? GreenButtonWriterOptions.DefaultBaseUri) + "#feed") : null;

    // The customer namespace is then declared once, on the root.
    private bool HoldsCustomer => Entries.Any(e => e.Resources.Any(r => r is CustomerResource));
}
