using System.Globalization;

namespace GreenButton.Cli.Summary;

/// <summary>Numbers for reading in text output (the JSON output keeps every digit).</summary>
internal static class Figures
{
    /// <summary><c>17,520</c>.</summary>
    public static string Integer(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>
    /// About four significant digits, never fewer than the integer part: <c>5,079</c>, <c>507.9</c>, <c>2.592</c>,
    /// <c>0.188</c>, <c>0.00123</c>; thousands separated, trailing zeros dropped.
    /// </summary>
    public static string Readable(decimal value)
    {
        if (value == 0)
        {
            return "0";
        }
        var magnitude = Math.Abs(value);
        int decimals;
        if (magnitude >= 1)
        {
            var digits = Math.Floor(magnitude).ToString(CultureInfo.InvariantCulture).Length;
            decimals = Math.Clamp(4 - digits, 0, 3);
        }
        else
        {
            decimals = Math.Min(9, 2 - (int)Math.Floor(Math.Log10((double)magnitude)));
        }
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("#,0." + new string('#', Math.Max(decimals, 1)), CultureInfo.InvariantCulture);
    }
}
