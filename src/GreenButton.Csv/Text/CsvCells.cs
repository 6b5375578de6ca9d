using System.Globalization;

namespace GreenButton.Csv.Text;

/// <summary>
/// The values of cells as utilities write them: amounts with <c>$</c>, thousands separators, parentheses or a minus for
/// negatives, padding and no-break spaces; dates as <c>m/d/yy</c>, <c>m/d/yyyy</c> or <c>yyyy-m-d</c>; times as
/// <c>h:mm AM</c> or <c>HH:mm[:ss]</c>. Numbers are read as <see cref="decimal"/>: exact, never binary floating point.
/// </summary>
internal static class CsvCells
{
    /// <summary>The cell without surrounding white space; no-break spaces (SCE writes them) count as spaces.</summary>
    public static string Clean(string cell)
    {
        var text = cell.Contains('\u00A0', StringComparison.Ordinal) ? cell.Replace('\u00A0', ' ') : cell;
        return text.Trim();
    }

    /// <summary>Collapses runs of white space to one space and lowers the case: the form headers are compared in.</summary>
    public static string Normalise(string cell)
    {
        var text = Clean(cell);
        var result = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && result.Length > 0)
            {
                result.Append(' ');
            }
            space = false;
            result.Append(char.ToLowerInvariant(c));
        }
        return result.ToString();
    }

    /// <summary>Reads an amount: <c>0.2900</c>, <c>1,234.5</c>, <c>$42.08 </c>, <c>-$10.00</c>, <c>($3.10)</c>, <c>-56</c>.</summary>
    public static bool TryAmount(string cell, out decimal value)
    {
        value = 0;
        var text = Clean(cell).AsSpan();
        if (text.IsEmpty)
        {
            return false;
        }
        var negative = false;
        if (text[0] == '(' && text[^1] == ')')
        {
            negative = true;
            text = text[1..^1].Trim();
        }
        if (!text.IsEmpty && text[0] is '-' or '+')
        {
            negative ^= text[0] == '-';
            text = text[1..].Trim();
        }
        if (!text.IsEmpty && text[0] == '$')
        {
            text = text[1..].Trim();
        }
        if (!text.IsEmpty && text[0] is '-' or '+' && !negative)
        {
            negative = text[0] == '-';
            text = text[1..].Trim();
        }
        if (text.IsEmpty || !IsPlainNumber(text))
        {
            return false;
        }
        Span<char> digits = stackalloc char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (c != ',')
            {
                digits[n++] = c;
            }
        }
        if (!decimal.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }
        value = negative ? -value : value;
        return true;
    }

    /// <summary>Digits with an optional fraction; commas only as thousands separators (<c>1,234</c>, never <c>1,2</c>).</summary>
    private static bool IsPlainNumber(ReadOnlySpan<char> text)
    {
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? [] : text[(point + 1)..];
        if (whole.IsEmpty && fraction.IsEmpty)
        {
            return false;
        }
        foreach (var c in fraction)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        if (whole.Contains(','))
        {
            var groups = whole.ToString().Split(',');
            if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
            {
                return false;
            }
        }
        foreach (var c in whole)
        {
            if (!char.IsAsciiDigit(c) && c != ',')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Reads a date of 1900-2199: <c>11/1/2022</c>, <c>11/25/15</c> (20yy), <c>2020-10-2</c>, <c>2022-08-02</c>.</summary>
    public static bool TryDate(string cell, out DateOnly date)
    {
        date = default;
        var text = Clean(cell);
        if (text.Length == 0)
        {
            return false;
        }
        int year, month, day;
        var parts = text.Split('/');
        if (parts.Length == 3)
        {
            if (!TryInt(parts[0], 1, 2, out month) || !TryInt(parts[1], 1, 2, out day) || !TryInt(parts[2], 2, 4, out year) || parts[2].Length == 3)
            {
                return false;
            }
            year = parts[2].Length == 2 ? 2000 + year : year;
        }
        else
        {
            parts = text.Split('-');
            if (parts.Length != 3 || !TryInt(parts[0], 4, 4, out year) || !TryInt(parts[1], 1, 2, out month) || !TryInt(parts[2], 1, 2, out day))
            {
                return false;
            }
        }
        // Utility data lies well inside 1900-2199; the bound keeps day arithmetic and zone rules away from DateTime's ends.
        if (year is < 1900 or > 2199 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Reads a time of day: <c>12:00 AM</c>, <c>1:15 PM</c>, <c>00:14</c>, <c>23:59:00</c>.</summary>
    public static bool TryTime(string cell, out TimeOnly time)
    {
        time = default;
        var text = Clean(cell);
        var meridiem = 0;
        if (text.EndsWith("AM", StringComparison.OrdinalIgnoreCase) || text.EndsWith("PM", StringComparison.OrdinalIgnoreCase))
        {
            meridiem = char.ToUpperInvariant(text[^2]) == 'A' ? 1 : 2;
            text = text[..^2].TrimEnd();
        }
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 3 || !TryInt(parts[0], 1, 2, out var hour) || !TryInt(parts[1], 2, 2, out var minute))
        {
            return false;
        }
        var second = 0;
        if (parts.Length == 3 && !TryInt(parts[2], 2, 2, out second))
        {
            return false;
        }
        if (meridiem != 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }
            hour = (hour % 12) + (meridiem == 2 ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        time = new TimeOnly(hour, minute, second);
        return true;
    }

    /// <summary>Reads <c>yyyy-MM-dd HH:mm[:ss]</c> (SCE), or a date and a time separated by white space.</summary>
    public static bool TryDateTime(string cell, out DateTime value)
    {
        value = default;
        var text = Clean(cell);
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || !TryDate(text[..space], out var date) || !TryTime(text[(space + 1)..], out var time))
        {
            return false;
        }
        value = date.ToDateTime(time, DateTimeKind.Unspecified);
        return true;
    }

    private static bool TryInt(string text, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        if (text.Length < minDigits || text.Length > maxDigits)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }
}
