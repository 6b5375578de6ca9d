namespace GreenButton.Client;

/// <summary>A custodian's notification: the resource URIs of a <c>BatchList</c> POSTed to the third party's notify URI.</summary>
public sealed class BatchListNotification
{
    /// <summary>The most of a notification body read; a BatchList is small.</summary>
    public const int MaxBodyBytes = 1 << 20;

    /// <summary>Creates a notification of <paramref name="resources"/>.</summary>
    public BatchListNotification(IReadOnlyList<Uri> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        Resources = resources;
    }

    /// <summary>The URIs to fetch, in the order written (with <see cref="DataCustodianClient.GetResourceAsync(Uri, string?, CancellationToken)"/>).</summary>
    public IReadOnlyList<Uri> Resources { get; }

    /// <summary>Parses a BatchList (bare, or in an entry or a feed) from a stream, reading at most <see cref="MaxBodyBytes"/>.</summary>
    /// <exception cref="GreenButtonException">The body is not a well-formed BatchList, is too large, or names a URI that is not absolute.</exception>
    public static async Task<BatchListNotification> ParseAsync(Stream body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        // Buffered first (it is small and bounded): the core's async reader still reads synchronously inside each
        // entry (XmlReader.ReadOuterXmlAsync), which ASP.NET Core request bodies refuse.
        using var buffer = new MemoryStream();
        await new BoundedReadStream(body, MaxBodyBytes).CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        var document = await GreenButtonDocument.LoadAsync(buffer, new GreenButtonReaderOptions { SourceName = "notification", RedactValues = true }, cancellationToken)
            .ConfigureAwait(false);
        var uris = new List<Uri>();
        foreach (var list in document.BatchLists)
        {
            foreach (var text in list.Resources)
            {
                if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                {
                    throw new GreenButtonException("notification: a BatchList resource is not an absolute http(s) URI.");
                }
                uris.Add(uri);
            }
        }
        if (document.BatchLists.Count == 0)
        {
            throw new GreenButtonException("notification: the body holds no BatchList.");
        }
        return new BatchListNotification(uris);
    }

    /// <inheritdoc/>
    public override string ToString() => $"BatchListNotification of {Resources.Count} resource(s)";
}
