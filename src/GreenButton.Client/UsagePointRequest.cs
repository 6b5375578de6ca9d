namespace GreenButton.Client;

/// <summary>The synchronous request for one usage point's data: <c>Batch/Subscription/{SubscriptionId}/UsagePoint/{UsagePointId}</c>.</summary>
public sealed class UsagePointRequest : DataCustodianRequest
{
    /// <summary>The subscription (from the token's <c>resourceURI</c>).</summary>
    public required string SubscriptionId { get; init; }

    /// <summary>The usage point.</summary>
    public required string UsagePointId { get; init; }

    /// <summary>Start of the range (inclusive), sent as <c>published-min</c>.</summary>
    public required DateTimeOffset PublishedMin { get; init; }

    /// <summary>End of the range (exclusive), sent as <c>published-max</c>.</summary>
    public required DateTimeOffset PublishedMax { get; init; }
}
