using System.Globalization;
using GreenButton.Csv.Mapping;
using GreenButton.Csv.Text;

namespace GreenButton.Csv.Layouts;

/// <summary>
/// San Diego Gas &amp; Electric "Green Button" CSV export: an optional block of <c>Key,Value</c> lines (<c>Name</c>,
/// <c>Address</c>, <c>Account Number</c>, <c>Resource</c>, <c>Meter Number</c>, <c>Reading Start</c>, <c>Reading End</c>,
/// <c>Total Duration</c>, <c>Total Usage</c>, <c>UOM</c>), then <c>Meter Number,Date,Start Time,Duration,Consumption,
/// Generation,Net</c> with rows such as <c>"00000000","11/1/2022","12:00 AM","60","0.2200","","0.2200"</c>. Times are
/// Pacific wall-clock time; each meter number becomes a usage point.
/// </summary>
internal sealed class SdgeLayout : CsvLayout
{
    private static readonly (string Column, FlowDirection Flow)[] s_series =
        [("consumption", FlowDirection.Forward), ("generation", FlowDirection.Reverse), ("net", FlowDirection.Net)];

    public override CsvLayoutInfo Info { get; } = new("sdge-interval", "San Diego Gas & Electric",
        "Meter Number,Date,Start Time,Duration,Consumption,Generation,Net", "America/Los_Angeles", IsBilling: false);

    public override int FindHeader(IReadOnlyList<CsvRecord> records) => Find(records, r =>
        r.Count >= 5 && CsvCells.Normalise(r[0]) == "meter number" && CsvCells.Normalise(r[1]) == "date"
        && CsvCells.Normalise(r[2]) == "start time" && CsvCells.Normalise(r[3]) == "duration");

    public override void Read(CsvBuilder builder, int header)
    {
        var sheet = builder.Sheet;
        var pre = KeyValues(sheet, header);
        builder.Name = Value(pre, "name");
        builder.Address = Value(pre, "address");
        builder.AccountNumber = Value(pre, "account number");
        if (Value(pre, "meter number") is { } meter)
        {
            builder.AddMeter(meter);
        }
        builder.ServiceKind = Value(pre, "resource")?.Contains("gas", StringComparison.OrdinalIgnoreCase) == true ? ServiceKind.Gas : ServiceKind.Electricity;
        var unit = Value(pre, "uom") is { } uom ? CsvUnit.Parse(uom) : null;
        if (unit is null)
        {
            unit = builder.ServiceKind == ServiceKind.Gas ? CsvUnit.Therms : CsvUnit.KilowattHours;
            sheet.Report(DiagnosticSeverity.Info, CsvDiagnosticCodes.AssumedUnit,
                $"the file states no unit (its UOM line is {(pre.ContainsKey("uom") ? "not understood" : "absent")}); {unit.Symbol} assumed.", sheet.Records[header].Line, 1);
        }
        var minutes = Value(pre, "interval uom") is not { } intervalUom || intervalUom.StartsWith("min", StringComparison.OrdinalIgnoreCase) ? 60
            : intervalUom.StartsWith("hour", StringComparison.OrdinalIgnoreCase) ? 3600
            : intervalUom.StartsWith("sec", StringComparison.OrdinalIgnoreCase) ? 1 : 60;
        var head = sheet.Records[header];
        var columns = s_series.Select(s => (s.Flow, Index: Column(head, c => c == s.Column), Label: char.ToUpperInvariant(s.Column[0]) + s.Column[1..])).Where(s => s.Index >= 0).ToList();
        ReportUnmapped(sheet, head, [0, 1, 2, 3, .. columns.Select(c => c.Index)]);
        var sums = Enumerable.Repeat<decimal?>(0m, columns.Count).ToArray();
        for (var i = header + 1; i < sheet.Records.Count; i++)
        {
            var record = sheet.Records[i];
            if (record.IsBlank || IsSummaryLine(sheet, record))
            {
                continue;
            }
            if (!CsvCells.TryDate(record[1], out var date))
            {
                sheet.BadRow(record, 1, "a date (m/d/yyyy)");
                continue;
            }
            if (!CsvCells.TryTime(record[2], out var time))
            {
                sheet.BadRow(record, 2, "a start time (h:mm AM)");
                continue;
            }
            if (!long.TryParse(record[3], NumberStyles.None, CultureInfo.InvariantCulture, out var duration) || duration <= 0 || duration > 1_000_000)
            {
                sheet.BadRow(record, 3, "a duration (a whole number of minutes)");
                continue;
            }
            if (!TryValues(sheet, record, [.. columns.Select(c => (c.Index, c.Label))], required: false, out var values))
            {
                continue;
            }
            var start = date.ToDateTime(time, DateTimeKind.Unspecified);
            for (var c = 0; c < columns.Count; c++)
            {
                if (values[c] is { } value)
                {
                    // A sum beyond decimal's range cannot be compared with a stated total: the check is left out.
                    sums[c] = sums[c] is { } sum && Math.Abs(sum) < 1e27m && Math.Abs(value) < 1e27m ? sum + value : null;
                    builder.Add(new CsvSeriesKey(record[0], columns[c].Flow, unit, Billing: false, columns[c].Label),
                        new CsvRow(start, null, duration * minutes, value, null, null, record.Line));
                }
            }
        }
        Check(builder, pre, columns.FindIndex(c => c.Flow == FlowDirection.Forward) is var f and >= 0 ? sums[f] : null, unit);
    }

    /// <summary>The stated totals and period against the rows: the rows win, each disagreement is a warning.</summary>
    private static void Check(CsvBuilder builder, Dictionary<string, (string Value, CsvRecord Record)> pre, decimal? consumption, CsvUnit unit)
    {
        var sheet = builder.Sheet;
        var rows = builder.Series.Where(s => s.Flow == FlowDirection.Forward).SelectMany(builder.RowsOf).ToList();
        if (rows.Count == 0)
        {
            return;
        }
        if (pre.TryGetValue("total usage", out var total) && CsvCells.TryAmount(total.Value, out var stated) && consumption is { } sum
            && Math.Abs(stated - sum) > 0.005m)
        {
            sheet.Report(DiagnosticSeverity.Warning, CsvDiagnosticCodes.StatedTotalMismatch,
                $"the file states a total usage of {Show(sheet, stated)} {unit.Symbol}, its consumption rows sum to {Show(sheet, sum)} {unit.Symbol}; the rows win.", total.Record.Line, 1);
        }
        var first = rows.Min(r => r.LocalStart);
        var last = rows.Max(r => r.LocalStart);
        foreach (var (key, actual, what) in new[] { ("reading start", first, "first"), ("reading end", last, "last") })
        {
            if (pre.TryGetValue(key, out var line) && CsvCells.TryDateTime(line.Value, out var at) && at != actual)
            {
                sheet.Report(DiagnosticSeverity.Warning, CsvDiagnosticCodes.StatedPeriodMismatch,
                    $"the file states '{line.Record[0]}' {at:yyyy-MM-dd HH:mm}, the {what} row starts {actual:yyyy-MM-dd HH:mm}; the rows win.", line.Record.Line, 1);
            }
        }
        if (pre.TryGetValue("total duration", out var days) && int.TryParse(days.Value.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var statedDays))
        {
            var actualDays = DateOnly.FromDateTime(last).DayNumber - DateOnly.FromDateTime(first).DayNumber + 1;
            if (actualDays != statedDays)
            {
                sheet.Report(DiagnosticSeverity.Warning, CsvDiagnosticCodes.StatedPeriodMismatch,
                    $"the file states a total duration of {statedDays} days, its rows cover {actualDays}; the rows win.", days.Record.Line, 1);
            }
        }
    }

    private static string Show(CsvSheet sheet, decimal value) => sheet.Options.RedactValues ? "(redacted)" : value.ToString(CultureInfo.InvariantCulture);

    private static string? Value(Dictionary<string, (string Value, CsvRecord Record)> pre, string key)
        => pre.TryGetValue(key, out var v) && v.Value.Length > 0 ? v.Value : null;
}
