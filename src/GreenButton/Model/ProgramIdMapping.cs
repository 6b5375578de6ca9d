namespace GreenButton;

/// <summary>One <c>programIdMapping</c>: what a tou, cpp or consumption tier code means.</summary>
public sealed record ProgramIdMapping
{
    /// <summary><c>tOUorCPPorConsumptionTier</c> as written (<c>tou</c>, <c>cpp</c>, <c>consumptionTier</c>).</summary>
    public string? Kind { get; init; }

    /// <summary><c>code</c>: the number used in readings.</summary>
    public string? Code { get; init; }

    /// <summary><c>name</c>.</summary>
    public string? Name { get; init; }

    /// <summary><c>note</c>.</summary>
    public string? Note { get; init; }
}
