namespace GreenButton;

/// <summary>ESPI <c>aggregateNodeRef</c>: an aggregate node (price zone, load aggregation point).</summary>
public sealed record AggregateNodeRef
{
    /// <summary><c>anodeType</c> as written.</summary>
    public string? AnodeType { get; init; }

    /// <summary><c>ref</c>: the node's identifier.</summary>
    public string? Ref { get; init; }

    /// <summary><c>startEffectiveDate</c>.</summary>
    public DateTimeOffset? StartEffectiveDate { get; init; }

    /// <summary><c>endEffectiveDate</c>.</summary>
    public DateTimeOffset? EndEffectiveDate { get; init; }

    /// <summary>The pricing nodes under this aggregate node.</summary>
    public IReadOnlyList<PnodeRef> PnodeRefs { get; init; } = [];
}
