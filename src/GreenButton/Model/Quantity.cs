using System.Globalization;

namespace GreenButton;

/// <summary>An exact amount with its ESPI unit, e.g. 1.234 Wh, as scaled from a raw value.</summary>
/// <param name="Amount">The amount, exact (decimal, no binary floating point drift).</param>
/// <param name="Unit">The unit.</param>
public readonly record struct Quantity(decimal Amount, UnitOfMeasure Unit)
{
    private static readonly decimal[] s_powers = BuildPowers();

    /// <summary>The unit's symbol (<c>Wh</c>, <c>therm</c>, <c>m³</c>, ...).</summary>
    public string UnitSymbol => Units.Symbol(Unit);

    /// <summary><paramref name="raw"/> × 10^<paramref name="powerOfTen"/> as an exact decimal.</summary>
    /// <exception cref="OverflowException">The result exceeds the decimal range (|power| above 28 or a huge value).</exception>
    public static decimal ScaleExact(long raw, int powerOfTen)
    {
        if (powerOfTen == 0)
        {
            return raw;
        }
        if (powerOfTen < 0)
        {
            if (powerOfTen < -28)
            {
                throw new OverflowException($"powerOfTenMultiplier {powerOfTen} is out of range.");
            }
            var magnitude = raw < 0 ? (ulong)(-(raw + 1)) + 1UL : (ulong)raw;
            return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, raw < 0, (byte)-powerOfTen);
        }
        return powerOfTen <= 28 ? raw * s_powers[powerOfTen] : throw new OverflowException($"powerOfTenMultiplier {powerOfTen} is out of range.");
    }

    private static decimal[] BuildPowers()
    {
        var powers = new decimal[29];
        powers[0] = 1m;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10m;
        }
        return powers;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Amount.ToString(CultureInfo.InvariantCulture)} {UnitSymbol}";
}
