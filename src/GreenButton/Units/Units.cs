using System.Globalization;

namespace GreenButton;

/// <summary>Symbols of ESPI units of measure, for display.</summary>
public static class Units
{
    private static readonly Dictionary<UnitOfMeasure, string> s_symbols = new()
    {
        [UnitOfMeasure.None] = "",
        [UnitOfMeasure.A] = "A",
        [UnitOfMeasure.V] = "V",
        [UnitOfMeasure.Hz] = "Hz",
        [UnitOfMeasure.W] = "W",
        [UnitOfMeasure.VA] = "VA",
        [UnitOfMeasure.VAr] = "VAr",
        [UnitOfMeasure.Wh] = "Wh",
        [UnitOfMeasure.VAh] = "VAh",
        [UnitOfMeasure.VArh] = "VArh",
        [UnitOfMeasure.Joule] = "J",
        [UnitOfMeasure.Second] = "s",
        [UnitOfMeasure.DegreeCelsius] = "°C",
        [UnitOfMeasure.Kelvin] = "K",
        [UnitOfMeasure.CubicMeter] = "m³",
        [UnitOfMeasure.CubicMeterCompensated] = "m³ (compensated)",
        [UnitOfMeasure.CubicMeterUncompensated] = "m³ (uncompensated)",
        [UnitOfMeasure.CubicMeterPerHour] = "m³/h",
        [UnitOfMeasure.CubicFoot] = "ft³",
        [UnitOfMeasure.CubicFootCompensated] = "ft³ (compensated)",
        [UnitOfMeasure.USGallon] = "US gal",
        [UnitOfMeasure.USGallonPerHour] = "US gal/h",
        [UnitOfMeasure.ImperialGallon] = "imp gal",
        [UnitOfMeasure.Litre] = "L",
        [UnitOfMeasure.Therm] = "therm",
        [UnitOfMeasure.Btu] = "Btu",
        [UnitOfMeasure.BtuPerHour] = "Btu/h",
        [UnitOfMeasure.AmpereHour] = "Ah",
        [UnitOfMeasure.Money] = "¤",
        [UnitOfMeasure.Count] = "count",
        [UnitOfMeasure.PsiGauge] = "psig",
        [UnitOfMeasure.PsiAbsolute] = "psia",
        [UnitOfMeasure.Pascal] = "Pa",
        [UnitOfMeasure.Minute] = "min",
        [UnitOfMeasure.Hour] = "h",
        [UnitOfMeasure.CosTheta] = "cos θ",
    };

    /// <summary>
    /// The symbol of <paramref name="unit"/>: <c>Wh</c>, <c>therm</c>, <c>m³</c>; the member name for rarer units;
    /// the code itself (<c>uom 999</c>) for one ESPI does not define.
    /// </summary>
    public static string Symbol(UnitOfMeasure unit)
        => s_symbols.TryGetValue(unit, out var symbol) ? symbol
            : Enum.IsDefined(unit) ? unit.ToString()
            : "uom " + ((int)unit).ToString(CultureInfo.InvariantCulture);
}
