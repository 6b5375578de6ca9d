namespace GreenButton;

/// <summary>
/// How a reading value accumulates over time (ReadingType/accumulationBehaviour; XSD AccumulationKind).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
public enum AccumulationBehaviour
{
    /// <summary>Not applicable, or implied by the unit of measure.</summary>
    None = 0,

    /// <summary>Bulk quantity: register (dial) reading, integral of usage; rolls over at the dial maximum.</summary>
    BulkQuantity = 1,

    /// <summary>Continuous cumulative: sum of previous billing-period values plus the present period value.</summary>
    ContinuousCumulative = 2,

    /// <summary>Cumulative: sum of previous billing-period values (e.g. cumulative demand).</summary>
    Cumulative = 3,

    /// <summary>Delta data: difference between end and start of the interval (interval consumption).</summary>
    DeltaData = 4,

    /// <summary>Indicating: value as shown on the meter face, measured over hundreds of milliseconds or more.</summary>
    Indicating = 6,

    /// <summary>Summation: accumulation selective in time (a time-patterned bulk quantity).</summary>
    Summation = 9,

    /// <summary>Time delay: computation that introduces a time-delay characteristic.</summary>
    TimeDelay = 10,

    /// <summary>Instantaneous: measured over the shortest period the metric allows.</summary>
    Instantaneous = 12,

    /// <summary>Latching quantity: cumulative value that latches at its maximum (or minimum) until reset.</summary>
    LatchingQuantity = 13,

    /// <summary>Bounded quantity: cumulative value that stops accumulating at its bounds.</summary>
    BoundedQuantity = 14,
}
