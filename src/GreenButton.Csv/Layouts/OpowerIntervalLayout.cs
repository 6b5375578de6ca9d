using GreenButton.Csv.Mapping;
using GreenButton.Csv.Text;

namespace GreenButton.Csv.Layouts;

/// <summary>
/// Opower's interval export (PG&amp;E, Con Edison and the other Opower utilities): the <see cref="OpowerPreamble"/>, then
/// <c>TYPE,DATE,START TIME,END TIME,USAGE,UNITS,COST,NOTES</c> with rows such as
/// <c>Electric usage,2024-01-01,00:00,00:14,0.12,kWh,$0.03,</c>. The end time names the interval's last minute
/// (<c>00:14</c>, <c>00:59</c>, <c>23:59</c>), so the period runs to the minute after it. Solar customers get
/// <c>IMPORT (kWh)</c> and <c>EXPORT (kWh)</c> instead of <c>USAGE</c>: forward and reverse series.
/// </summary>
internal sealed class OpowerIntervalLayout : OpowerLayout
{
    public override CsvLayoutInfo Info { get; } = new("opower-interval", "PG&E, Con Edison and other Opower utilities (interval export)",
        "TYPE,DATE,START TIME,END TIME,USAGE,UNITS,COST,NOTES", TimeZoneId: null, IsBilling: false);

    public override int FindHeader(IReadOnlyList<CsvRecord> records) => Find(records, r =>
        r.Count >= 5 && CsvCells.Normalise(r[0]) == "type" && CsvCells.Normalise(r[1]) == "date" && CsvCells.Normalise(r[2]) == "start time"
        && CsvCells.Normalise(r[3]) == "end time");

    public override void Read(CsvBuilder builder, int header)
    {
        var sheet = builder.Sheet;
        OpowerPreamble.Read(builder, header);
        var head = sheet.Records[header];
        var units = Column(head, c => c == "units");
        var cost = Column(head, c => c == "cost");
        var notes = Column(head, c => c == "notes");
        var series = new List<(int Index, FlowDirection Flow, string Label, CsvUnit? Unit)>();
        foreach (var (name, flow, label) in new[] { ("usage", FlowDirection.Forward, "Usage"), ("import", FlowDirection.Forward, "Import"), ("export", FlowDirection.Reverse, "Export") })
        {
            var index = Column(head, c => c == name || c.StartsWith(name + " (", StringComparison.Ordinal) || c.StartsWith(name + "(", StringComparison.Ordinal));
            if (index >= 0)
            {
                series.Add((index, flow, label, Parenthesised(head[index]) is { } u ? CsvUnit.Parse(u) : null));
            }
        }
        if (series.Count == 0)
        {
            sheet.Throw(head.Line, 1, "expected a USAGE (or IMPORT and EXPORT) column after END TIME.");
        }
        ReportUnmapped(sheet, head, [0, 1, 2, 3, units, cost, notes, .. series.Select(s => s.Index)]);
        var assumed = false;
        foreach (var record in DataRows(sheet, header))
        {
            var service = Service(builder, record);
            if (!CsvCells.TryDate(record[1], out var date))
            {
                sheet.BadRow(record, 1, "a date (yyyy-mm-dd or m/d/yyyy)");
                continue;
            }
            if (!CsvCells.TryTime(record[2], out var startTime))
            {
                sheet.BadRow(record, 2, "a start time (hh:mm)");
                continue;
            }
            if (!CsvCells.TryTime(record[3], out var endTime))
            {
                sheet.BadRow(record, 3, "an end time (hh:mm)");
                continue;
            }
            var start = date.ToDateTime(startTime);
            var end = date.ToDateTime(endTime);
            // The end names the last minute of the interval (00:14 for 00:00-00:15).
            if (end.Second == 0 && end.Minute % 5 == 4)
            {
                end = end.AddMinutes(1);
            }
            // An end before the start is past midnight (23:45 to 23:59 ends at 00:00), unless it is within the hour before
            // it or at it: the fall-back hour's wall clock (01:00 to 00:59 ends at 01:00 standard time), which the clock resolves.
            if (end <= start.AddHours(-1))
            {
                end = end.AddDays(1);
            }
            if (!TryCost(sheet, record, cost, "a cost ($12.34) or nothing", out var amount)
                || !TryValues(sheet, record, [.. series.Select(c => (c.Index, c.Label))], required: false, out var values))
            {
                continue;
            }
            if (!TryRowUnit(sheet, record, units, out var rowUnit))
            {
                continue;
            }
            var quality = Quality(sheet, record, notes);
            for (var s = 0; s < series.Count; s++)
            {
                if (values[s] is not { } value)
                {
                    continue;
                }
                var unit = rowUnit ?? series[s].Unit ?? AssumedUnit(sheet, record, service, ref assumed);
                // The cost is the bill's: it belongs to what was bought (usage, import), not to what was sent back.
                builder.Add(new CsvSeriesKey("", series[s].Flow, unit, Billing: false, series[s].Label),
                    new CsvRow(start, end, null, value, series[s].Flow == FlowDirection.Forward ? amount : null, quality, record.Line));
            }
        }
    }
}
