using System.Net;
using System.Runtime.CompilerServices;

namespace GreenButton.Client;

public sealed partial class DataCustodianClient
{
    /// <summary>
    /// The synchronous request for one usage point's data, <c>Batch/Subscription/{id}/UsagePoint/{id}</c>, published in
    /// <paramref name="publishedMin"/>..<paramref name="publishedMax"/>. A range longer than
    /// <see cref="DataCustodianOptions.MaxWindow"/> is fetched window by window and merged into one document.
    /// </summary>
    /// <param name="accessToken">The customer's access token; null to use (and refresh) <see cref="DataCustodianOptions.TokenStore"/>.</param>
    /// <param name="subscriptionId">The subscription (from the token's <c>resourceURI</c>).</param>
    /// <param name="usagePointId">The usage point.</param>
    /// <param name="publishedMin">Start of the range (inclusive).</param>
    /// <param name="publishedMax">End of the range (exclusive).</param>
    /// <param name="cancellationToken">Cancels the request and the download.</param>
    /// <exception cref="DataCustodianException">The custodian answered with an error, after retries.</exception>
    /// <exception cref="GreenButtonException">The response is not well-formed Green Button XML.</exception>
    public Task<GreenButtonDocument> GetUsagePointAsync(string? accessToken, string subscriptionId, string usagePointId,
        DateTimeOffset publishedMin, DateTimeOffset publishedMax, CancellationToken cancellationToken = default)
        => GetWindowedAsync(CustomerCredential(accessToken), SubscriptionPath(subscriptionId, usagePointId), publishedMin, publishedMax, cancellationToken);

    /// <summary>The streaming variant of <see cref="GetUsagePointAsync(string, string, string, DateTimeOffset, DateTimeOffset, CancellationToken)"/>: entries as they arrive, window after window, in memory bounded by one entry.</summary>
    public IAsyncEnumerable<AtomEntry> GetUsagePointEntriesAsync(string? accessToken, string subscriptionId, string usagePointId,
        DateTimeOffset publishedMin, DateTimeOffset publishedMax, CancellationToken cancellationToken = default)
        => StreamWindowsAsync(CustomerCredential(accessToken), SubscriptionPath(subscriptionId, usagePointId), Windows(publishedMin, publishedMax), cancellationToken);

    /// <summary>
    /// The subscription request, <c>Batch/Subscription/{id}</c>: the custodian answers with the data (200), or accepts
    /// it (202) and later POSTs a BatchList notification naming the data's URIs; <see cref="SubscriptionResult.IsAccepted"/> says which.
    /// Ranges longer than <see cref="DataCustodianOptions.MaxWindow"/> are split; if any window is accepted, the result is accepted.
    /// </summary>
    /// <param name="accessToken">The customer's access token; null to use <see cref="DataCustodianOptions.TokenStore"/>.</param>
    /// <param name="subscriptionId">The subscription (from the token's <c>resourceURI</c>).</param>
    /// <param name="publishedMin">Start of the range (inclusive).</param>
    /// <param name="publishedMax">End of the range (exclusive).</param>
    /// <param name="cancellationToken">Cancels the request and the download.</param>
    /// <exception cref="DataCustodianException">The custodian answered with an error, after retries.</exception>
    public Task<SubscriptionResult> GetSubscriptionAsync(string? accessToken, string subscriptionId,
        DateTimeOffset publishedMin, DateTimeOffset publishedMax, CancellationToken cancellationToken = default)
        => GetSubscriptionAsync(CustomerCredential(accessToken), subscriptionId, publishedMin, publishedMax, cancellationToken);

    private async Task<SubscriptionResult> GetSubscriptionAsync(BearerCredential credential, string subscriptionId,
        DateTimeOffset publishedMin, DateTimeOffset publishedMax, CancellationToken cancellationToken)
    {
        var windows = Windows(publishedMin, publishedMax);
        var path = SubscriptionPath(subscriptionId, null);
        if (windows.Count == 1)
        {
            return await GetBatchAsync(credential, ResourceUri(path, windows[0]), cancellationToken).ConfigureAwait(false);
        }
        var merged = await WindowMerger.MergeAsync(this, credential, path, windows, cancellationToken).ConfigureAwait(false);
        return merged is null ? new SubscriptionResult(HttpStatusCode.Accepted, null, uris: windows.Select(w => WithoutSecrets(ResourceUri(path, w))).ToList()) : new SubscriptionResult(HttpStatusCode.OK, merged);
    }

    /// <summary>
    /// The streaming variant of <see cref="GetSubscriptionAsync(string, string, DateTimeOffset, DateTimeOffset, CancellationToken)"/>. A window the custodian accepts for later delivery (202)
    /// does not stop the others; after their entries the stream throws <see cref="DataCustodianException"/> of kind
    /// <see cref="DataCustodianErrorKind.Deferred"/> whose <see cref="DataCustodianException.DeferredUris"/> name the missing windows.
    /// </summary>
    public IAsyncEnumerable<AtomEntry> GetSubscriptionEntriesAsync(string? accessToken, string subscriptionId,
        DateTimeOffset publishedMin, DateTimeOffset publishedMax, CancellationToken cancellationToken = default)
        => StreamWindowsAsync(CustomerCredential(accessToken), SubscriptionPath(subscriptionId, null), Windows(publishedMin, publishedMax), cancellationToken);

    /// <summary>
    /// The bulk request, <c>Batch/Bulk/{id}</c>, with the client-credentials token: the data (200), or an acceptance
    /// (202) followed by a BatchList notification naming the bulk URI to fetch.
    /// </summary>
    /// <exception cref="DataCustodianException">The custodian answered with an error, after retries.</exception>
    public Task<SubscriptionResult> GetBulkAsync(string bulkId, CancellationToken cancellationToken = default)
        => GetBatchAsync(new BearerCredential.Client(this), ResourceUri(["Batch", "Bulk", Segment(bulkId)], null), cancellationToken);

    /// <summary>The streaming variant of <see cref="GetBulkAsync"/>; a 202 throws <see cref="DataCustodianException"/> of kind <see cref="DataCustodianErrorKind.Deferred"/>.</summary>
    public IAsyncEnumerable<AtomEntry> GetBulkEntriesAsync(string bulkId, CancellationToken cancellationToken = default)
        => StreamAsync(new BearerCredential.Client(this), ResourceUri(["Batch", "Bulk", Segment(bulkId)], null), cancellationToken);

    /// <summary>Every Authorization the third party holds (<c>Authorization</c>, client-credentials token).</summary>
    public Task<GreenButtonDocument> GetAuthorizationsAsync(CancellationToken cancellationToken = default)
        => GetDocumentAsync(new BearerCredential.Client(this), ResourceUri(["Authorization"], null), cancellationToken);

    /// <summary>The streaming variant of <see cref="GetAuthorizationsAsync"/>.</summary>
    public IAsyncEnumerable<AtomEntry> GetAuthorizationEntriesAsync(CancellationToken cancellationToken = default)
        => StreamAsync(new BearerCredential.Client(this), ResourceUri(["Authorization"], null), cancellationToken);

    /// <summary>One Authorization (<c>Authorization/{id}</c>, client-credentials token). Its tokens are data: never log them.</summary>
    public Task<GreenButtonDocument> GetAuthorizationAsync(string authorizationId, CancellationToken cancellationToken = default)
        => GetDocumentAsync(new BearerCredential.Client(this), ResourceUri(["Authorization", Segment(authorizationId)], null), cancellationToken);

    /// <summary>The streaming variant of <see cref="GetAuthorizationAsync"/>.</summary>
    public IAsyncEnumerable<AtomEntry> GetAuthorizationEntriesAsync(string authorizationId, CancellationToken cancellationToken = default)
        => StreamAsync(new BearerCredential.Client(this), ResourceUri(["Authorization", Segment(authorizationId)], null), cancellationToken);

    /// <summary>The third party's registration (<c>ApplicationInformation/{id}</c>, client-credentials token).</summary>
    public Task<GreenButtonDocument> GetApplicationInformationAsync(string applicationInformationId, CancellationToken cancellationToken = default)
        => GetDocumentAsync(new BearerCredential.Client(this), ResourceUri(["ApplicationInformation", Segment(applicationInformationId)], null), cancellationToken);

    /// <summary>The streaming variant of <see cref="GetApplicationInformationAsync"/>.</summary>
    public IAsyncEnumerable<AtomEntry> GetApplicationInformationEntriesAsync(string applicationInformationId, CancellationToken cancellationToken = default)
        => StreamAsync(new BearerCredential.Client(this), ResourceUri(["ApplicationInformation", Segment(applicationInformationId)], null), cancellationToken);

    /// <summary>The custodian's status (<c>ReadServiceStatus</c>, client-credentials token): <c>document.ServiceStatuses[0].IsAvailable</c>.</summary>
    public Task<GreenButtonDocument> GetServiceStatusAsync(CancellationToken cancellationToken = default)
        => GetDocumentAsync(new BearerCredential.Client(this), ResourceUri(["ReadServiceStatus"], null), cancellationToken);

    /// <summary>The streaming variant of <see cref="GetServiceStatusAsync"/>.</summary>
    public IAsyncEnumerable<AtomEntry> GetServiceStatusEntriesAsync(CancellationToken cancellationToken = default)
        => StreamAsync(new BearerCredential.Client(this), ResourceUri(["ReadServiceStatus"], null), cancellationToken);

    /// <summary>
    /// Any resource URI, such as one a BatchList notification names, with the client-credentials token (Bulk). The
    /// URI must be on the resource server's host: a token is never sent elsewhere.
    /// </summary>
    /// <exception cref="ArgumentException">The URI is not on <see cref="DataCustodianOptions.ResourceServer"/>'s scheme, host and port.</exception>
    /// <exception cref="DataCustodianException">The custodian answered with an error (a 202 too: the data is not ready), after retries.</exception>
    public Task<GreenButtonDocument> GetResourceAsync(Uri resourceUri, CancellationToken cancellationToken = default)
        => GetDocumentAsync(new BearerCredential.Client(this), CheckResourceUri(resourceUri), cancellationToken);

    /// <summary>Any resource URI on the resource server with a customer's access token (null: the <see cref="DataCustodianOptions.TokenStore"/>).</summary>
    public Task<GreenButtonDocument> GetResourceAsync(Uri resourceUri, string? accessToken, CancellationToken cancellationToken = default)
        => GetDocumentAsync(CustomerCredential(accessToken), CheckResourceUri(resourceUri), cancellationToken);

    /// <summary>The streaming variant of <see cref="GetResourceAsync(Uri, CancellationToken)"/>.</summary>
    public IAsyncEnumerable<AtomEntry> GetResourceEntriesAsync(Uri resourceUri, CancellationToken cancellationToken = default)
        => StreamAsync(new BearerCredential.Client(this), CheckResourceUri(resourceUri), cancellationToken);

    /// <summary>The streaming variant of <see cref="GetResourceAsync(Uri, string?, CancellationToken)"/>.</summary>
    public IAsyncEnumerable<AtomEntry> GetResourceEntriesAsync(Uri resourceUri, string? accessToken, CancellationToken cancellationToken = default)
        => StreamAsync(CustomerCredential(accessToken), CheckResourceUri(resourceUri), cancellationToken);

    private async Task<GreenButtonDocument> GetWindowedAsync(BearerCredential credential, string[] path, DateTimeOffset min, DateTimeOffset max, CancellationToken cancellationToken)
    {
        var windows = Windows(min, max);
        if (windows.Count == 1)
        {
            return await GetDocumentAsync(credential, ResourceUri(path, windows[0]), cancellationToken).ConfigureAwait(false);
        }
        return await WindowMerger.MergeAsync(this, credential, path, windows, cancellationToken).ConfigureAwait(false)
            ?? throw new DataCustodianException(DataCustodianErrorKind.Deferred,
                $"The Data Custodian accepted a window of {ResourceUri(path, null).GetLeftPart(UriPartial.Path)} for later delivery (HTTP 202): the range is not complete.", WithoutSecrets(ResourceUri(path, windows[0])))
            {
                DeferredUris = [.. windows.Select(w => WithoutSecrets(ResourceUri(path, w)))],
            };
    }

    private async Task<GreenButtonDocument> GetDocumentAsync(BearerCredential credential, Uri uri, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(uri, credential, allowAccepted: false, cancellationToken).ConfigureAwait(false);
        var stream = await OpenBodyAsync(response, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await GreenButtonDocument.LoadAsync(stream, ReaderOptionsFor(uri), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<SubscriptionResult> GetBatchAsync(BearerCredential credential, Uri uri, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(uri, credential, allowAccepted: true, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            return new SubscriptionResult(HttpStatusCode.Accepted, null, [WithoutSecrets(uri)]);
        }
        var stream = await OpenBodyAsync(response, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var document = await GreenButtonDocument.LoadAsync(stream, ReaderOptionsFor(uri), cancellationToken).ConfigureAwait(false);
            return new SubscriptionResult(response.StatusCode, document);
        }
    }

    /// <summary>One resource's entries as they arrive; a 202 throws <see cref="DataCustodianErrorKind.Deferred"/>: no caller mistakes it for "no data".</summary>
    private async IAsyncEnumerable<AtomEntry> StreamAsync(BearerCredential credential, Uri uri, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var deferred = new List<Uri>(0);
        await foreach (var entry in StreamOneAsync(credential, uri, deferred, cancellationToken).ConfigureAwait(false))
        {
            yield return entry;
        }
        ThrowIfDeferred(deferred);
    }

    /// <summary>One window's entries; a 202 adds the URI to <paramref name="deferred"/> and yields nothing.</summary>
    private async IAsyncEnumerable<AtomEntry> StreamOneAsync(BearerCredential credential, Uri uri, List<Uri> deferred, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var response = await SendAsync(uri, credential, allowAccepted: true, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            deferred.Add(WithoutSecrets(uri));
            yield break;
        }
        var stream = await OpenBodyAsync(response, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var entry in GreenButtonReader.ReadEntriesAsync(stream, ReaderOptionsFor(uri), cancellationToken).ConfigureAwait(false))
            {
                yield return entry;
            }
        }
    }

    /// <summary>
    /// Every window's entries, descriptive ones once. A window the custodian defers (202) does not stop the others: the
    /// stream ends with a <see cref="DataCustodianException"/> of kind <see cref="DataCustodianErrorKind.Deferred"/>
    /// naming every deferred window, after the entries of all the others.
    /// </summary>
    private async IAsyncEnumerable<AtomEntry> StreamWindowsAsync(BearerCredential credential, string[] path, IReadOnlyList<(DateTimeOffset Min, DateTimeOffset Max)> windows,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var deferred = new List<Uri>();
        foreach (var window in windows)
        {
            await foreach (var entry in StreamOneAsync(credential, ResourceUri(path, window), deferred, cancellationToken).ConfigureAwait(false))
            {
                if (WindowMerger.IsFirst(seen, entry.SelfHref, entry.Resource?.ResourceName))
                {
                    yield return entry;
                }
            }
        }
        ThrowIfDeferred(deferred, windows.Count);
    }

    private static void ThrowIfDeferred(List<Uri> deferred, int windows = 1)
    {
        if (deferred.Count == 0)
        {
            return;
        }
        var what = windows == 1 ? $"{deferred[0]}" : $"{deferred.Count} of {windows} windows of {deferred[0].GetLeftPart(UriPartial.Path)}";
        throw new DataCustodianException(DataCustodianErrorKind.Deferred,
            $"The Data Custodian accepted {what} for later delivery (HTTP 202): that data is not in this stream and will be named in a BatchList notification.", deferred[0])
        {
            DeferredUris = [.. deferred],
        };
    }

    private BearerCredential CustomerCredential(string? accessToken)
    {
        if (accessToken is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(accessToken);
            return new BearerCredential.Fixed(accessToken);
        }
        return Options.TokenStore is { } store
            ? new BearerCredential.Stored(this, store)
            : throw new ArgumentNullException(nameof(accessToken), "Pass an access token or a token store, or configure DataCustodianOptions.TokenStore.");
    }

    private static string[] SubscriptionPath(string subscriptionId, string? usagePointId)
        => usagePointId is null
            ? ["Batch", "Subscription", Segment(subscriptionId)]
            : ["Batch", "Subscription", Segment(subscriptionId), "UsagePoint", Segment(usagePointId)];

    private static string Segment(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Uri.EscapeDataString(id);
    }

    /// <summary>Splits a range into windows no longer than <see cref="DataCustodianOptions.MaxWindow"/>, contiguous and half-open.</summary>
    internal IReadOnlyList<(DateTimeOffset Min, DateTimeOffset Max)> Windows(DateTimeOffset min, DateTimeOffset max)
    {
        if (max <= min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), "publishedMax must be later than publishedMin.");
        }
        if (Options.MaxWindow is not { } size || max - min <= size)
        {
            return [(min, max)];
        }
        if (size < TimeSpan.FromSeconds(1))
        {
            throw new InvalidOperationException("DataCustodianOptions.MaxWindow must be at least one second.");
        }
        var windows = new List<(DateTimeOffset, DateTimeOffset)>();
        for (var start = min; start < max; start += size)
        {
            windows.Add((start, start + size < max ? start + size : max));
        }
        return windows;
    }
}
