using System.Net;

namespace GreenButton.Client;

/// <summary>
/// The answer to a Batch/Subscription or Batch/Bulk request: the data (HTTP 200), or an acceptance (HTTP 202) after
/// which the custodian sends the data's URIs later in a BatchList notification.
/// </summary>
public sealed class SubscriptionResult
{
    internal SubscriptionResult(HttpStatusCode statusCode, GreenButtonDocument? document)
    {
        StatusCode = statusCode;
        Document = document;
    }

    /// <summary>The HTTP status: 200 or 202.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>True when the custodian accepted the request and will notify (HTTP 202): <see cref="Document"/> is null.</summary>
    public bool IsAccepted => StatusCode == HttpStatusCode.Accepted;

    /// <summary>The data, when the custodian answered at once.</summary>
    public GreenButtonDocument? Document { get; }

    /// <inheritdoc/>
    public override string ToString() => IsAccepted ? "SubscriptionResult accepted (202): data will be notified" : $"SubscriptionResult {(int)StatusCode} with {Document?.Entries.Count ?? 0} entries";
}
