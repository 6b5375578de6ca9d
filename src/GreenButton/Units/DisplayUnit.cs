namespace GreenButton;

/// <summary>
/// The one unit the figures of a meter reading (total, minimum, mean, maximum) read best in: the largest SI multiple
/// of the ReadingType's unit (Wh → kWh → MWh → GWh → TWh; W, VA, VAr, VAh, VArh and J alike) in which the total is at
/// least 1 and the largest reading at least 0.01 (329,048 Wh of one-minute readings of at most 283 Wh read 329 kWh and
/// 0.283 kWh), or the next one up when the total would have seven integer digits; <c>therms</c> spelt out; other
/// units as they are. For display only: the exact figures stay in the ReadingType's unit.
/// </summary>
/// <param name="Label">The unit as shown: <c>kWh</c>, <c>therms</c>, <c>m³</c>; empty without a unit.</param>
/// <param name="Divisor">What a figure in the ReadingType's unit is divided by to read in this one (1, 1000, ...).</param>
public readonly record struct DisplayUnit(string Label, decimal Divisor)
{
    private static readonly (string Prefix, decimal Factor)[] s_prefixes = [("", 1m), ("k", 1e3m), ("M", 1e6m), ("G", 1e9m), ("T", 1e12m)];

    /// <summary>The unit for figures in <paramref name="unit"/> adding up to <paramref name="total"/>, the largest (in magnitude) being <paramref name="largest"/>.</summary>
    /// <param name="unit">The ReadingType's unit; null: no unit (divisor 1).</param>
    /// <param name="total">The total, scaled (× 10^powerOfTenMultiplier), in <paramref name="unit"/>.</param>
    /// <param name="largest">The largest reading, scaled; 0 to go by the total alone.</param>
    public static DisplayUnit For(UnitOfMeasure? unit, decimal total, decimal largest)
    {
        if (unit is not { } uom)
        {
            return new DisplayUnit("", 1m);
        }
        if (uom == UnitOfMeasure.Therm)
        {
            return new DisplayUnit("therms", 1m);
        }
        var symbol = Units.Symbol(uom);
        if (uom is not (UnitOfMeasure.Wh or UnitOfMeasure.W or UnitOfMeasure.VA or UnitOfMeasure.VAr or UnitOfMeasure.VAh or UnitOfMeasure.VArh or UnitOfMeasure.Joule))
        {
            return new DisplayUnit(symbol, 1m);
        }
        total = Math.Abs(total);
        largest = Math.Abs(largest);
        if (largest == 0)
        {
            largest = total;
        }
        var chosen = 0;
        for (var i = 1; i < s_prefixes.Length; i++)
        {
            var factor = s_prefixes[i].Factor;
            // Seven integer digits in the smaller unit are too many, however small the readings.
            if (total / factor >= 1 && (largest / factor >= 0.01m || total / s_prefixes[i - 1].Factor >= 1_000_000m))
            {
                chosen = i;
            }
        }
        return new DisplayUnit(s_prefixes[chosen].Prefix + symbol, s_prefixes[chosen].Factor);
    }

    /// <summary>The unit for what <paramref name="statistics"/> of readings of <paramref name="readingType"/> add up to (its total and its extremes, scaled).</summary>
    public static DisplayUnit Of(ReadingType? readingType, ReadingStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var power = readingType?.PowerOfTenMultiplier ?? 0;
        try
        {
            var largest = Math.Max(Math.Abs(Quantity.ScaleExact(statistics.MinValue ?? 0, power)), Math.Abs(Quantity.ScaleExact(statistics.MaxValue ?? 0, power)));
            return For(readingType?.Uom, Quantity.ScaleExact(statistics.SumValue, power), largest);
        }
        catch (OverflowException)
        {
            // A power of ten beyond decimal's range: the figures cannot be scaled, so neither can their unit.
            return For(readingType?.Uom, 0, 0) with { Divisor = 1m };
        }
    }

    /// <summary><paramref name="amount"/> (in the ReadingType's unit) in this unit.</summary>
    public decimal Convert(decimal amount) => amount / Divisor;

    /// <inheritdoc/>
    public override string ToString() => Label;
}
