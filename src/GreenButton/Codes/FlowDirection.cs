namespace GreenButton;

/// <summary>
/// Direction of flow of the measured quantity (ReadingType/flowDirection; XSD FlowDirectionKind).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
public enum FlowDirection
{
    /// <summary>Not applicable.</summary>
    None = 0,

    /// <summary>Forward: delivered / imported, energy supplied by the utility and consumed at the service.</summary>
    Forward = 1,

    /// <summary>Lagging (power factor lagging the reference; implies negative PF, inductive loading).</summary>
    Lagging = 2,

    /// <summary>Leading (power factor leading the reference; capacitive loading).</summary>
    Leading = 3,

    /// <summary>Net: |forward| - |reverse|; may be negative or roll over.</summary>
    Net = 4,

    /// <summary>Quadrants 1 + 2 (reactive positive; "lagging" preferred).</summary>
    Q1PlusQ2 = 5,

    /// <summary>Quadrants 1 and 3.</summary>
    Q1PlusQ3 = 7,

    /// <summary>Quadrants 1 + 4, usually forward active energy.</summary>
    Q1PlusQ4 = 8,

    /// <summary>Q1 minus Q4.</summary>
    Q1MinusQ4 = 9,

    /// <summary>Quadrants 2 + 3, usually reverse active energy.</summary>
    Q2PlusQ3 = 10,

    /// <summary>Quadrants 2 and 4.</summary>
    Q2PlusQ4 = 11,

    /// <summary>Q2 minus Q3.</summary>
    Q2MinusQ3 = 12,

    /// <summary>Quadrants 3 + 4 (reactive negative; "leading" preferred).</summary>
    Q3PlusQ4 = 13,

    /// <summary>Q3 minus Q2.</summary>
    Q3MinusQ2 = 14,

    /// <summary>Q1 only.</summary>
    Quadrant1 = 15,

    /// <summary>Q2 only.</summary>
    Quadrant2 = 16,

    /// <summary>Q3 only.</summary>
    Quadrant3 = 17,

    /// <summary>Q4 only.</summary>
    Quadrant4 = 18,

    /// <summary>Reverse: received / exported, energy backfed by the service onto the network (value is positive).</summary>
    Reverse = 19,

    /// <summary>Total: |forward| + |reverse|, sum over all quadrants.</summary>
    Total = 20,

    /// <summary>Total by phase: sum of absolute phase energies (use Total for single-phase).</summary>
    TotalByPhase = 21,
}
