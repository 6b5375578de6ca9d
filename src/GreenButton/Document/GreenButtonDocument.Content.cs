using System.Globalization;

namespace GreenButton;

public sealed partial class GreenButtonDocument
{
    /// <summary>
    /// Whether the document holds Green Button data: at least one ESPI resource (usage, customer or administrative).
    /// False for well-formed XML of another kind and for a feed whose entries hold none; a tool should then say so
    /// (<see cref="NoGreenButtonDataReason"/>) rather than write an empty result without a word.
    /// </summary>
    public bool HasGreenButtonData => Resources.Count > 0;

    /// <summary>
    /// Why <see cref="HasGreenButtonData"/> is false, in words: <c>no Atom entry and no ESPI resource (UsagePoint,
    /// MeterReading, IntervalBlock, ...)</c>, or <c>3 Atom entries, none holding an ESPI resource</c>; null when it is true.
    /// </summary>
    public string? NoGreenButtonDataReason
        => HasGreenButtonData ? null
            : Entries.Count == 0 ? "no Atom entry and no ESPI resource (UsagePoint, MeterReading, IntervalBlock, ...)"
            : $"{Entries.Count.ToString(CultureInfo.InvariantCulture)} Atom entr{(Entries.Count == 1 ? "y" : "ies")}, none holding an ESPI resource";
}
