using System.Text.RegularExpressions;
using GreenButton.Csv.Layouts;

namespace GreenButton.Csv.Mapping;

/// <summary>
/// A download's address (one line, or several) as an ESPI <see cref="StreetAddress"/>. Utilities write it in their own ways:
/// <c>1 MAIN ST, DORCHESTER MA 02124</c> (Opower), <c>0000 0th AVENUE  San Diego CA 92101</c> (SDG&amp;E: two spaces
/// before the town), <c>CA RED FEATHER CT APPLE VALLEY 92307</c> (SCE: the state first), <c>1 MAIN STREET BOSTON MA US
/// 01234-5678</c> (Eversource). The parts it can tell for sure (a trailing or leading US state, a ZIP code, a town set off
/// by a comma or two spaces) go to their elements; the rest stays, as written, in <c>streetDetail/addressGeneral</c>.
/// Every word of the address lands in some element: nothing is guessed, nothing dropped.
/// </summary>
internal static partial class CsvAddress
{
    /// <summary>The address, or null for an empty text.</summary>
    public static StreetAddress? Parse(string? text)
    {
        var lines = (text ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            return null;
        }
        string? state = null, country = null, postalCode = null, town = null;
        var streets = lines;
        if (StateLast().Match(lines[^1]) is { Success: true } last && OpowerPreamble.IsState(last.Groups["state"].Value))
        {
            (state, postalCode) = (last.Groups["state"].Value, last.Groups["zip"].Value);
            country = last.Groups["country"].Success ? last.Groups["country"].Value : null;
            var rest = last.Groups["rest"].Value;
            if (lines.Length > 1)
            {
                // A multi-line address: its last line is the town's.
                (streets, town) = (lines[..^1], NullIfEmpty(rest.Trim().TrimEnd(',').Trim()));
            }
            else
            {
                (var street, town) = SplitTown(rest);
                streets = street.Length == 0 ? [] : [street];
            }
        }
        else if (lines.Length == 1 && StateFirst().Match(lines[0]) is { Success: true } first && OpowerPreamble.IsState(first.Groups["state"].Value))
        {
            (state, postalCode, streets) = (first.Groups["state"].Value, first.Groups["zip"].Value, [first.Groups["rest"].Value]);
        }
        return new StreetAddress
        {
            StreetDetail = streets.Length == 0 ? null : new StreetDetail
            {
                AddressGeneral = streets[0],
                AddressGeneral2 = streets.Length > 1 ? streets[1] : null,
                AddressGeneral3 = streets.Length > 2 ? string.Join(", ", streets[2..]) : null,
            },
            TownDetail = town is null && state is null ? null : new TownDetail { Name = town, StateOrProvince = state, Country = country },
            PostalCode = postalCode,
        };
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>The street and the town when a comma or a run of two spaces sets the town off; else all of it is the street.</summary>
    private static (string Street, string? Town) SplitTown(string rest)
    {
        rest = rest.Trim().TrimEnd(',').Trim();
        var comma = rest.LastIndexOf(',');
        if (comma > 0 && comma < rest.Length - 1)
        {
            return (rest[..comma].Trim().TrimEnd(',').Trim(), rest[(comma + 1)..].Trim());
        }
        var gap = rest.LastIndexOf("  ", StringComparison.Ordinal);
        return gap > 0 ? (rest[..gap].Trim(), rest[(gap + 2)..].Trim()) : (rest, null);
    }

    [GeneratedRegex(@"^(?:(?<rest>.*?)[\s,]+)?(?<state>[A-Z]{2})(?:\s+(?<country>US|USA))?\s+(?<zip>\d{5}(?:-\d{4})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex StateLast();

    [GeneratedRegex(@"^(?<state>[A-Z]{2})\s+(?<rest>.+?)\s+(?<zip>\d{5}(?:-\d{4})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex StateFirst();
}
