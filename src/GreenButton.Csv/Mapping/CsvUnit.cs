namespace GreenButton.Csv.Mapping;

/// <summary>A unit as CSV files write it, and how it maps to ESPI: base unit, power of ten of the file's unit, reading kind.</summary>
/// <param name="Symbol">How messages name it (<c>kWh</c>).</param>
/// <param name="Uom">The ESPI unit of the raw values.</param>
/// <param name="Exponent">The file's unit in <see cref="Uom"/>: 1 kWh = 10^3 Wh, 1 CCF = 10^2 ft³.</param>
/// <param name="Kind">The ESPI reading kind.</param>
internal sealed record CsvUnit(string Symbol, UnitOfMeasure Uom, int Exponent, ReadingKind Kind)
{
    public static CsvUnit KilowattHours { get; } = new("kWh", UnitOfMeasure.Wh, 3, ReadingKind.Energy);

    public static CsvUnit WattHours { get; } = new("Wh", UnitOfMeasure.Wh, 0, ReadingKind.Energy);

    public static CsvUnit Therms { get; } = new("therms", UnitOfMeasure.Therm, 0, ReadingKind.Energy);

    public static CsvUnit HundredCubicFeet { get; } = new("CCF", UnitOfMeasure.CubicFoot, 2, ReadingKind.Volume);

    /// <summary>The unit a cell or a header names (<c>kWh</c>, <c>kilowatt-hours</c>, <c>therms</c>, <c>CCF</c>); null when none is known.</summary>
    public static CsvUnit? Parse(string text)
    {
        var t = text.Trim().Trim('(', ')').Trim().ToLowerInvariant();
        return t switch
        {
            "kwh" or "kw h" or "kilowatt-hours" or "kilowatt hours" or "kilowatt-hour" => KilowattHours,
            "wh" or "watt-hours" => WattHours,
            "therm" or "therms" or "thm" => Therms,
            "ccf" or "hundred cubic feet" => HundredCubicFeet,
            _ => t.Contains("kilowatt-hour", StringComparison.Ordinal) || t.Contains("kwh", StringComparison.Ordinal) ? KilowattHours
                : t.Contains("therm", StringComparison.Ordinal) ? Therms
                : t.Contains("ccf", StringComparison.Ordinal) ? HundredCubicFeet
                : null,
        };
    }
}
