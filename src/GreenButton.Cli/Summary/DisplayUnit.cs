namespace GreenButton.Cli.Summary;

/// <summary>
/// The one unit a summary row is shown in: the largest SI multiple of the reading type's unit (Wh → kWh → MWh → GWh)
/// in which the total is at least 1 and the largest reading at least 0.01 (329,048 Wh of one-minute readings of at most
/// 283 Wh read 329 kWh, and 0.283 kWh), or the next one up when the total would have seven integer digits; <c>therms</c> spelt out. Every figure of the row (total, min, mean, max) uses it.
/// </summary>
internal readonly record struct DisplayUnit(string Label, decimal Divisor)
{
    private static readonly string[] s_prefixable = ["Wh", "W", "VA", "VAr", "VAh", "VArh", "J"];

    private static readonly (string Prefix, decimal Factor)[] s_prefixes = [("", 1m), ("k", 1e3m), ("M", 1e6m), ("G", 1e9m), ("T", 1e12m)];

    public static DisplayUnit For(MeterReadingSummary mr)
    {
        var unit = mr.Unit;
        if (unit is null)
        {
            return new DisplayUnit("", 1m);
        }
        if (unit == "therm")
        {
            return new DisplayUnit("therms", 1m);
        }
        if (!s_prefixable.Contains(unit, StringComparer.Ordinal))
        {
            return new DisplayUnit(unit, 1m);
        }
        var largest = Math.Max(Math.Abs(mr.MaxValue ?? 0), Math.Abs(mr.MinValue ?? 0));
        var total = Math.Abs(mr.SumValue ?? 0);
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
        return new DisplayUnit(s_prefixes[chosen].Prefix + unit, s_prefixes[chosen].Factor);
    }

    /// <summary>The value in this unit, rounded for reading; null for null.</summary>
    public string? Format(decimal? value) => value is { } v ? Figures.Readable(v / Divisor) : null;
}
