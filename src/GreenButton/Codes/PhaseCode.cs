namespace GreenButton;

/// <summary>
/// Phases involved in a measurement (ReadingType/phase, UsagePoint/phaseCode; XSD PhaseCodeKind).
/// Codes not listed are kept as their number (cast), never rejected.
/// </summary>
/// <remarks>
/// Bit-coded in IEC 61968-9: A = 128, B = 64, C = 32, N = 16, S1 = 512, S2 = 256; low bits mark the reference (e.g. AN = 129).
/// </remarks>
public enum PhaseCode
{
    /// <summary>Not applicable to any phase.</summary>
    None = 0,

    /// <summary>Neutral.</summary>
    N = 16,

    /// <summary>Neutral to ground.</summary>
    NG = 17,

    /// <summary>Phase C.</summary>
    C = 32,

    /// <summary>Phases C to neutral.</summary>
    CN = 33,

    /// <summary>Phase C current or voltage relative to phase A voltage ("Phase CA" in ESPI 1.0).</summary>
    CAv = 40,

    /// <summary>Phases A, C and neutral (labelled CAN in the 2013 OpenESPI schema).</summary>
    ACN = 41,

    /// <summary>Phase B.</summary>
    B = 64,

    /// <summary>Phases B to neutral.</summary>
    BN = 65,

    /// <summary>Phases B to C.</summary>
    BC = 66,

    /// <summary>Phase B current or voltage relative to Phase A voltage.</summary>
    BAv = 72,

    /// <summary>Phases A and C.</summary>
    AC = 96,

    /// <summary>BC to neutral.</summary>
    BCN = 97,

    /// <summary>Phase A.</summary>
    A = 128,

    /// <summary>Phases A to neutral.</summary>
    AN = 129,

    /// <summary>Phases A to B.</summary>
    AB = 132,

    /// <summary>Phase A current relative to Phase A voltage.</summary>
    AtoAv = 136,

    /// <summary>AB to Neutral.</summary>
    ABN = 193,

    /// <summary>Involving all phases.</summary>
    ABC = 224,

    /// <summary>ABC to Neutral.</summary>
    ABCN = 225,

    /// <summary>[not in any ESPI schema] Undocumented code used by the GreenButtonData.org sandbox for three-phase power/energy (ABC bits + 4 + 1; probably meant ABCN = 225).</summary>
    ThreePhase229 = 229,

    /// <summary>Phase S2.</summary>
    S2 = 256,

    /// <summary>[pre-2013] Phase S2 to neutral, ESPI 1.0 code (4.0 uses S2N = 272).</summary>
    S2NLegacy = 257,

    /// <summary>Phase S2 to neutral.</summary>
    S2N = 272,

    /// <summary>Phase S1.</summary>
    S1 = 512,

    /// <summary>[pre-2013] Phase S1 to neutral, ESPI 1.0 code (4.0 uses S1N = 528).</summary>
    S1NLegacy = 513,

    /// <summary>Phase S1 to Neutral.</summary>
    S1N = 528,

    /// <summary>Phase S1 to S2.</summary>
    S12 = 768,

    /// <summary>Phases S1 and S2 to neutral (spec also labels it S12N; ESPI 1.0 "S1S2N"; the usual residential split-phase code).</summary>
    S1S2N = 769,

    /// <summary>Phases S1 and S2 to neutral (split-phase, three-wire; IEC encoding).</summary>
    S12N = 784,
}
