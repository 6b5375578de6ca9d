namespace GreenButton;

/// <summary>ESPI <c>pnodeRef</c>: a pricing node.</summary>
public sealed record PnodeRef
{
    /// <summary><c>apnodeType</c> as written (e.g. <c>LAP</c>, <c>TH</c>).</summary>
    public string? ApnodeType { get; init; }

    /// <summary><c>ref</c>: the node's identifier.</summary>
    public string? Ref { get; init; }

    /// <summary><c>startEffectiveDate</c>.</summary>
    public DateTimeOffset? StartEffectiveDate { get; init; }

    /// <summary><c>endEffectiveDate</c>.</summary>
    public DateTimeOffset? EndEffectiveDate { get; init; }
}
