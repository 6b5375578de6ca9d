using System.Net;

namespace GreenButton.Client;

/// <summary>
/// The answer to a Batch/Subscription or Batch/Bulk request: the data (HTTP 200), or an acceptance (HTTP 202) after
/// which the custodian sends the data's URIs later in a BatchList notification.
/// </summary>
public sealed class SubscriptionResult
{
    internal SubscriptionResult(HttpStatusCode statusCode, GreenButtonDocument? document, IReadOnlyList<Uri>? uris = null)
    {
        StatusCode = statusCode;
        Document = document;
        RequestUris = uris ?? [];
    }

    /// <summary>The HTTP status: 200 or 202.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>
    /// True when the custodian accepted the request (or, for a range split into windows, one of its windows) for later
    /// delivery (HTTP 202): <see cref="Document"/> is null and none of the range is here.
    /// </summary>
    public bool IsAccepted => StatusCode == HttpStatusCode.Accepted;

    /// <summary>The data, when the custodian answered at once.</summary>
    public GreenButtonDocument? Document { get; }

    /// <summary>
    /// When accepted: the request URIs (one per window, without secrets) the range needs, to fetch once the custodian
    /// notified (<see cref="DataCustodianClient.GetResourceAsync(ResourceRequest, CancellationToken)"/>). The streaming
    /// variant instead continues past a deferred window and names exactly the deferred ones. Empty with data.
    /// </summary>
    public IReadOnlyList<Uri> RequestUris { get; }

    /// <inheritdoc/>
    public override string ToString() => IsAccepted ? "SubscriptionResult accepted (202): data will be notified" : $"SubscriptionResult {(int)StatusCode} with {Document?.Entries.Count ?? 0} entries";
}
