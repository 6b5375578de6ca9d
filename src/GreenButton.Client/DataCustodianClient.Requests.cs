using System.Net;

namespace GreenButton.Client;

public sealed partial class DataCustodianClient
{
    /// <summary>
    /// The synchronous request for one usage point's data, with the tokens the request names. A range longer than
    /// <see cref="DataCustodianOptions.MaxWindow"/> is fetched window by window and merged into one document.
    /// </summary>
    /// <exception cref="DataCustodianException">The custodian answered with an error or deferred the data (202), after retries.</exception>
    /// <exception cref="ReconsentRequiredException">The customer's tokens are gone and could not be refreshed.</exception>
    /// <exception cref="GreenButtonException">The response is not well-formed Green Button XML.</exception>
    public Task<GreenButtonDocument> GetUsagePointAsync(UsagePointRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return GetWindowedAsync(CustomerCredential(request), SubscriptionPath(request.SubscriptionId, request.UsagePointId), request.PublishedMin, request.PublishedMax, cancellationToken);
    }

    /// <summary>The streaming variant of <see cref="GetUsagePointAsync(UsagePointRequest, CancellationToken)"/>; deferred windows end the stream with <see cref="DataCustodianErrorKind.Deferred"/>.</summary>
    public IAsyncEnumerable<AtomEntry> GetUsagePointEntriesAsync(UsagePointRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StreamWindowsAsync(CustomerCredential(request), SubscriptionPath(request.SubscriptionId, request.UsagePointId),
            Windows(request.PublishedMin, request.PublishedMax), cancellationToken);
    }

    /// <summary>The subscription request with the tokens the request names: the data (200) or an acceptance (202).</summary>
    /// <exception cref="DataCustodianException">The custodian answered with an error, after retries.</exception>
    public Task<SubscriptionResult> GetSubscriptionAsync(SubscriptionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return GetSubscriptionAsync(CustomerCredential(request), request.SubscriptionId, request.PublishedMin, request.PublishedMax, cancellationToken);
    }

    /// <summary>
    /// The streaming variant of <see cref="GetSubscriptionAsync(SubscriptionRequest, CancellationToken)"/>: deferred
    /// windows do not stop the others, and the stream then ends with <see cref="DataCustodianErrorKind.Deferred"/> naming them.
    /// </summary>
    public IAsyncEnumerable<AtomEntry> GetSubscriptionEntriesAsync(SubscriptionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StreamWindowsAsync(CustomerCredential(request), SubscriptionPath(request.SubscriptionId, null), Windows(request.PublishedMin, request.PublishedMax), cancellationToken);
    }

    /// <summary>Any resource on the resource server (a URI a notification named), with the customer's or the client token.</summary>
    /// <exception cref="ArgumentException">The URI is not on <see cref="DataCustodianOptions.ResourceServer"/>'s scheme, host and port.</exception>
    /// <exception cref="DataCustodianException">The custodian answered with an error (a 202 too: the data is not ready), after retries.</exception>
    public Task<GreenButtonDocument> GetResourceAsync(ResourceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return GetDocumentAsync(CredentialOf(request), CheckResourceUri(request.ResourceUri), cancellationToken);
    }

    /// <summary>The streaming variant of <see cref="GetResourceAsync(ResourceRequest, CancellationToken)"/>; a 202 throws <see cref="DataCustodianErrorKind.Deferred"/>.</summary>
    public IAsyncEnumerable<AtomEntry> GetResourceEntriesAsync(ResourceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StreamAsync(CredentialOf(request), CheckResourceUri(request.ResourceUri), cancellationToken);
    }

    /// <summary>Copies a resource's raw body to <paramref name="destination"/> as it arrives: 200, or 202 with nothing written.</summary>
    public Task<HttpStatusCode> DownloadAsync(ResourceRequest request, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return DownloadAsync(CredentialOf(request), CheckResourceUri(request.ResourceUri), destination, cancellationToken);
    }

    private BearerCredential CredentialOf(ResourceRequest request)
        => request.UseClientToken ? new BearerCredential.Client(this) : CustomerCredential(request);

    /// <summary>The request's token store, else its access token, else the configured store.</summary>
    private BearerCredential CustomerCredential(DataCustodianRequest request)
        => request.TokenStore is { } store ? new BearerCredential.Stored(this, store) : CustomerCredential(request.AccessToken);
}
