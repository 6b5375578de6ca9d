namespace GreenButton.Client;

/// <summary>The subscription request: <c>Batch/Subscription/{SubscriptionId}</c>, answered with data (200) or accepted for a later notification (202).</summary>
public sealed class SubscriptionRequest : DataCustodianRequest
{
    /// <summary>The subscription (from the token's <c>resourceURI</c>).</summary>
    public required string SubscriptionId { get; init; }

    /// <summary>Start of the range (inclusive), sent as <c>published-min</c>.</summary>
    public required DateTimeOffset PublishedMin { get; init; }

    /// <summary>End of the range (exclusive), sent as <c>published-max</c>.</summary>
    public required DateTimeOffset PublishedMax { get; init; }
}
