using System.Text.RegularExpressions;
using GreenButton.Csv.Mapping;
using GreenButton.Csv.Text;

namespace GreenButton.Csv.Layouts;

/// <summary>
/// The preamble Opower's exports share (<c>Name</c>, <c>Address</c>, <c>Account Number</c>, <c>Service</c>), and the zone
/// such a file is in. Opower serves utilities in every US zone and the file does not say which: the file name's utility
/// code (<c>pge_electric_interval_data_...</c>, <c>cned_...</c>, <c>ngma_...</c>) names it, else the state of the address.
/// </summary>
internal static partial class OpowerPreamble
{
    // Opower's utility codes as they start download file names.
    private static readonly Dictionary<string, (string Zone, string Utility)> s_utilities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pge"] = ("America/Los_Angeles", "PG&E"),
        ["sdge"] = ("America/Los_Angeles", "SDG&E"),
        ["pse"] = ("America/Los_Angeles", "Puget Sound Energy"),
        ["smud"] = ("America/Los_Angeles", "SMUD"),
        ["cned"] = ("America/New_York", "Con Edison"),
        ["coned"] = ("America/New_York", "Con Edison"),
        ["oru"] = ("America/New_York", "Orange & Rockland"),
        ["ngma"] = ("America/New_York", "National Grid Massachusetts"),
        ["ngny"] = ("America/New_York", "National Grid New York"),
        ["ngri"] = ("America/New_York", "National Grid Rhode Island"),
        ["bge"] = ("America/New_York", "BGE"),
        ["pepco"] = ("America/New_York", "Pepco"),
        ["peco"] = ("America/New_York", "PECO"),
        ["dte"] = ("America/Detroit", "DTE Energy"),
        ["comed"] = ("America/Chicago", "ComEd"),
        ["evergy"] = ("America/Chicago", "Evergy"),
    };

    // The zone of most of each state's people (states split between zones take their larger part).
    private static readonly Dictionary<string, string> s_states = BuildStates();

    /// <summary>Whether a two-letter code is a US state's (or DC's).</summary>
    public static bool IsState(string code) => s_states.ContainsKey(code);

    public static void Read(CsvBuilder builder, int header)
    {
        var sheet = builder.Sheet;
        for (var i = 0; i < header; i++)
        {
            var fields = sheet.Records[i].Trimmed();
            if (fields.Length < 2)
            {
                continue;
            }
            var value = string.Join(", ", fields[1..]);
            switch (CsvCells.Normalise(fields[0]))
            {
                case "name":
                    builder.Name = value;
                    break;
                case "address":
                    builder.Address = value;
                    break;
                case "account number":
                    builder.AccountNumber = value;
                    break;
                case "service":
                    builder.ServiceName = value;
                    break;
            }
        }
        builder.ZoneHint = ZoneOf(sheet.Source, builder.Address);
    }

    private static (string, string)? ZoneOf(string? source, string? address)
    {
        var name = source is null ? "" : Path.GetFileName(source);
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        if (underscore > 0 && s_utilities.TryGetValue(name[..underscore], out var utility))
        {
            return (utility.Zone, $"the file name names {utility.Utility}");
        }
        if (address is not null && StateZip().Match(address) is { Success: true } match && s_states.TryGetValue(match.Groups[1].Value, out var zone))
        {
            return (zone, $"the address is in {match.Groups[1].Value}");
        }
        return null;
    }

    [GeneratedRegex(@"\b([A-Z]{2})\s+\d{5}(?:-\d{4})?\b", RegexOptions.CultureInvariant)]
    private static partial Regex StateZip();

    private static Dictionary<string, string> BuildStates()
    {
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string zone, string codes)
        {
            foreach (var code in codes.Split(' '))
            {
                states[code] = zone;
            }
        }
        Add("America/New_York", "CT DC DE FL GA MA MD ME NC NH NJ NY OH PA RI SC VA VT WV");
        Add("America/Detroit", "MI");
        Add("America/Indiana/Indianapolis", "IN");
        Add("America/Kentucky/Louisville", "KY");
        Add("America/Chicago", "AL AR IA IL KS LA MN MO MS ND NE OK SD TN TX WI");
        Add("America/Denver", "CO MT NM UT WY ID");
        Add("America/Phoenix", "AZ");
        Add("America/Los_Angeles", "CA NV OR WA");
        Add("America/Anchorage", "AK");
        Add("Pacific/Honolulu", "HI");
        return states;
    }
}
