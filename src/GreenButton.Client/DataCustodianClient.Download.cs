using System.Net;

namespace GreenButton.Client;

public sealed partial class DataCustodianClient
{
    /// <summary>The URI of the synchronous usage-point request, with <c>published-min/max</c> formatted and escaped as configured.</summary>
    public Uri GetUsagePointUri(string subscriptionId, string usagePointId, DateTimeOffset? publishedMin = null, DateTimeOffset? publishedMax = null)
        => ResourceUri(SubscriptionPath(subscriptionId, usagePointId), Range(publishedMin, publishedMax));

    /// <summary>The URI of the subscription request, with <c>published-min/max</c> formatted and escaped as configured.</summary>
    public Uri GetSubscriptionUri(string subscriptionId, DateTimeOffset? publishedMin = null, DateTimeOffset? publishedMax = null)
        => ResourceUri(SubscriptionPath(subscriptionId, null), Range(publishedMin, publishedMax));

    /// <summary>The URI of the bulk request.</summary>
    public Uri GetBulkUri(string bulkId) => ResourceUri(["Batch", "Bulk", Segment(bulkId)], null);

    /// <summary>
    /// Copies a resource's raw response body to <paramref name="destination"/> as it arrives (decompressed), with the
    /// client-credentials token; for saving responses of any size as XML. Returns 200, or 202 (nothing written) when the
    /// custodian accepted the request for later delivery. No window splitting.
    /// </summary>
    /// <exception cref="ArgumentException">The URI is not on the resource server.</exception>
    /// <exception cref="DataCustodianException">The custodian answered with an error, after retries.</exception>
    public Task<HttpStatusCode> DownloadAsync(Uri resourceUri, Stream destination, CancellationToken cancellationToken = default)
        => DownloadAsync(new BearerCredential.Client(this), CheckResourceUri(resourceUri), destination, cancellationToken);

    /// <summary>As <see cref="DownloadAsync(Uri, Stream, CancellationToken)"/>, with a customer's access token (null: the <see cref="DataCustodianOptions.TokenStore"/>).</summary>
    public Task<HttpStatusCode> DownloadAsync(Uri resourceUri, string? accessToken, Stream destination, CancellationToken cancellationToken = default)
        => DownloadAsync(CustomerCredential(accessToken), CheckResourceUri(resourceUri), destination, cancellationToken);

    /// <summary>
    /// Downloads consecutive windows of one resource (a range longer than the custodian answers at once, split as
    /// <see cref="DataCustodianOptions.MaxWindow"/> requires) into <paramref name="destination"/> as one Atom feed with the
    /// client access token: the first window's feed header, every IntervalBlock and summary entry of every window, and
    /// each descriptive entry the windows repeat (UsagePoint, MeterReading, ReadingType...) once, by self href.
    /// </summary>
    /// <returns>OK, or Accepted (202) as soon as a window was accepted for later delivery: what was written is then incomplete.</returns>
    /// <exception cref="DataCustodianException">A window failed; what was written is incomplete.</exception>
    public Task<HttpStatusCode> DownloadMergedAsync(IReadOnlyList<Uri> resourceUris, Stream destination, CancellationToken cancellationToken = default)
        => DownloadMergedAsync(new BearerCredential.Client(this), resourceUris, destination, cancellationToken);

    /// <summary>As <see cref="DownloadMergedAsync(IReadOnlyList{Uri}, Stream, CancellationToken)"/>, with a customer's access token (null: the <see cref="DataCustodianOptions.TokenStore"/>).</summary>
    public Task<HttpStatusCode> DownloadMergedAsync(IReadOnlyList<Uri> resourceUris, string? accessToken, Stream destination, CancellationToken cancellationToken = default)
        => DownloadMergedAsync(CustomerCredential(accessToken), resourceUris, destination, cancellationToken);

    private Task<HttpStatusCode> DownloadMergedAsync(BearerCredential credential, IReadOnlyList<Uri> resourceUris, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resourceUris);
        ArgumentNullException.ThrowIfNull(destination);
        if (resourceUris.Count == 0)
        {
            throw new ArgumentException("At least one window is needed.", nameof(resourceUris));
        }
        return WindowMerger.WriteMergedAsync(this, credential, [.. resourceUris.Select(CheckResourceUri)], destination, cancellationToken);
    }

    private async Task<HttpStatusCode> DownloadAsync(BearerCredential credential, Uri uri, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var response = await SendAsync(uri, credential, allowAccepted: true, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            await response.Content.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        }
        return response.StatusCode;
    }

    private static (DateTimeOffset, DateTimeOffset)? Range(DateTimeOffset? min, DateTimeOffset? max)
        => (min, max) switch
        {
            (null, null) => null,
            ({ } a, { } b) when b > a => (a, b),
            _ => throw new ArgumentException("Give both publishedMin and publishedMax, the maximum later than the minimum, or neither."),
        };
}
