namespace GreenButton;

/// <summary>
/// One of the Green Button Alliance's data rules (a D-code), as <see cref="GreenButtonValidator.Rules"/> lists them.
/// </summary>
/// <param name="Code">The rule's code, e.g. <c>D042</c>.</param>
/// <param name="FunctionBlock">The NAESB REQ.21 function block whose test holds the rule (1 common, 4 interval metering, ...; 99 the Alliance's optional fields).</param>
/// <param name="AppliesTo">The elements the rule is checked on, as a path without prefixes (<c>feed/entry[IntervalBlock]</c>).</param>
/// <param name="Subject">What the rule is about (<c>first interval in block</c>).</param>
/// <param name="Check">What it verifies (<c>verify that first interval in block start time matches the start time of the block</c>).</param>
public sealed record ValidationRule(string Code, int FunctionBlock, string AppliesTo, string Subject, string Check);
