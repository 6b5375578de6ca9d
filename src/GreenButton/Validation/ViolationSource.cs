namespace GreenButton;

/// <summary>Which check found a <see cref="ValidationViolation"/>.</summary>
public enum ViolationSource
{
    /// <summary>The XML schema (ESPI and Atom XSD), or the XML itself when it cannot be read (<see cref="ValidationCodes.Xml"/>).</summary>
    Schema,

    /// <summary>A Green Button Alliance data rule (a D-code).</summary>
    Rule,

    /// <summary>A quirk of the data that is not a rule breach: what the reader repaired, gaps, summaries that disagree with readings.</summary>
    Quirk,
}
