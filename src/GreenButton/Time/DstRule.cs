using System.Globalization;

namespace GreenButton;

/// <summary>
/// An ESPI <c>dstStartRule</c>/<c>dstEndRule</c>: a 32-bit rule from which the local date and time of a DST
/// change is computed for any year. <c>360E2000</c> is the second Sunday of March at 02:00;
/// <c>B40E2000</c> the first Sunday of November at 02:00; <c>FFFFFFFF</c> disables DST.
/// </summary>
public readonly record struct DstRule
{
    /// <summary>Decodes a rule from its 32-bit value.</summary>
    public DstRule(uint raw) => Raw = raw;

    /// <summary>The rule as read.</summary>
    public uint Raw { get; }

    /// <summary>Whether the rule disables DST (<c>FFFFFFFF</c>) or cannot name a day (month outside 1-12).</summary>
    public bool IsDisabled => Raw == uint.MaxValue || Month is < 1 or > 12;

    /// <summary>Bits 0-11: seconds into the hour, 0-3599.</summary>
    public int Seconds => (int)(Raw & 0xFFF);

    /// <summary>Bits 12-16: hour, 0-23.</summary>
    public int Hour => (int)((Raw >> 12) & 0x1F);

    /// <summary>Bits 17-19: day of the week, 1 Monday to 7 Sunday; 0 when not applicable.</summary>
    public int DayOfWeek => (int)((Raw >> 17) & 0x7);

    /// <summary>Bits 20-24: day of the month, 1-31; 0 when not applicable.</summary>
    public int DayOfMonth => (int)((Raw >> 20) & 0x1F);

    /// <summary>
    /// Bits 25-27: 0 on <see cref="DayOfMonth"/>; 1 the <see cref="DayOfWeek"/> on or after DayOfMonth;
    /// 2-6 its first to fifth occurrence in the month; 7 its last occurrence.
    /// </summary>
    public int Operator => (int)((Raw >> 25) & 0x7);

    /// <summary>Bits 28-31: month, 1-12.</summary>
    public int Month => (int)(Raw >> 28);

    /// <summary>Parses the hex form written in ESPI files (<c>360E2000</c>, optionally <c>0x</c>-prefixed).</summary>
    public static bool TryParse(ReadOnlySpan<char> hex, out DstRule rule)
    {
        hex = hex.Trim();
        if (hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            hex = hex[2..];
        }
        var ok = uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var raw);
        rule = new DstRule(raw);
        return ok;
    }

    /// <summary>
    /// The local wall-clock date and time at which the rule fires in <paramref name="year"/>, or null when the rule is
    /// disabled or names no day of that year (a fifth Sunday that does not exist, February 30th).
    /// </summary>
    public DateTime? LocalTransition(int year)
    {
        if (IsDisabled || year is < 1 or > 9999)
        {
            return null;
        }
        var daysInMonth = DateTime.DaysInMonth(year, Month);
        int day;
        switch (Operator)
        {
            case 0:
                if (DayOfMonth < 1 || DayOfMonth > daysInMonth)
                {
                    return null;
                }
                day = DayOfMonth;
                break;
            case 1:
                if (DayOfWeek == 0 || DayOfMonth < 1 || DayOfMonth > daysInMonth)
                {
                    return null;
                }
                day = DayOfMonth + DaysUntil(new DateTime(year, Month, DayOfMonth, 0, 0, 0, DateTimeKind.Unspecified), DayOfWeek);
                if (day > daysInMonth)
                {
                    return null;
                }
                break;
            case 7:
                if (DayOfWeek == 0)
                {
                    return null;
                }
                var last = new DateTime(year, Month, daysInMonth, 0, 0, 0, DateTimeKind.Unspecified);
                day = daysInMonth - ((IsoDay(last) - DayOfWeek + 7) % 7);
                break;
            default:
                if (DayOfWeek == 0)
                {
                    return null;
                }
                var occurrence = Operator - 1;
                day = 1 + DaysUntil(new DateTime(year, Month, 1, 0, 0, 0, DateTimeKind.Unspecified), DayOfWeek) + (7 * (occurrence - 1));
                if (day > daysInMonth)
                {
                    return null;
                }
                break;
        }
        var date = new DateTime(year, Month, day, 0, 0, 0, DateTimeKind.Unspecified);
        var offset = TimeSpan.FromHours(Hour) + TimeSpan.FromSeconds(Seconds);
        // Late hours on the last day of year 9999 lie beyond DateTime: no transition then.
        return DateTime.MaxValue - date < offset ? null : date + offset;
    }

    private static int IsoDay(DateTime date) => date.DayOfWeek == System.DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    private static int DaysUntil(DateTime from, int isoDay) => (isoDay - IsoDay(from) + 7) % 7;

    /// <inheritdoc/>
    public override string ToString() => Raw.ToString("X8", CultureInfo.InvariantCulture);
}
