using GreenButton.Csv.Mapping;
using GreenButton.Csv.Text;

namespace GreenButton.Csv.Layouts;

/// <summary>
/// Opower's billing export (National Grid, and the billing download of every Opower utility): the
/// <see cref="OpowerPreamble"/>, then <c>TYPE,START DATE,END DATE,USAGE,UNITS,COST,NOTES</c> (or <c>USAGE (therms)</c>
/// without <c>UNITS</c>), one row per bill; dates as <c>m/d/yy</c>, <c>m/d/yyyy</c> or <c>yyyy-m-d</c>, the end date
/// inclusive. Each bill becomes a UsageSummary and a billing-period reading.
/// </summary>
internal sealed class OpowerBillingLayout : OpowerLayout
{
    public override CsvLayoutInfo Info { get; } = new("opower-billing", "National Grid and other Opower utilities (billing export)",
        "TYPE,START DATE,END DATE,USAGE,UNITS,COST,NOTES", TimeZoneId: null, IsBilling: true);

    public override int FindHeader(IReadOnlyList<CsvRecord> records) => Find(records, r =>
        r.Count >= 4 && CsvCells.Normalise(r[0]) == "type" && CsvCells.Normalise(r[1]) == "start date" && CsvCells.Normalise(r[2]) == "end date"
        && CsvCells.Normalise(r[3]).StartsWith("usage", StringComparison.Ordinal));

    public override void Read(CsvBuilder builder, int header)
    {
        var sheet = builder.Sheet;
        OpowerPreamble.Read(builder, header);
        var head = sheet.Records[header];
        var usage = 3;
        var units = Column(head, c => c == "units");
        var cost = Column(head, c => c == "cost");
        var notes = Column(head, c => c == "notes");
        var headerUnit = Parenthesised(head[usage]) is { } u ? CsvUnit.Parse(u) : null;
        ReportUnmapped(sheet, head, [0, 1, 2, usage, units, cost, notes]);
        var assumed = false;
        foreach (var record in DataRows(sheet, header))
        {
            var service = Service(builder, record);
            if (!CsvCells.TryDate(record[1], out var start))
            {
                sheet.BadRow(record, 1, "a start date (m/d/yyyy, m/d/yy or yyyy-m-d)");
                continue;
            }
            if (!CsvCells.TryDate(record[2], out var end) || end < start)
            {
                sheet.BadRow(record, 2, "an end date on or after the start date");
                continue;
            }
            if (!CsvCells.TryAmount(record[usage], out var value))
            {
                sheet.BadRow(record, usage, "a usage value (a decimal number)");
                continue;
            }
            if (!TryRowUnit(sheet, record, units, out var rowUnit))
            {
                continue;
            }
            var unit = rowUnit ?? headerUnit ?? AssumedUnit(sheet, record, service, ref assumed);
            if (!TryCost(sheet, record, cost, "a cost ($12.34) or nothing", out var amount))
            {
                continue;
            }
            builder.Add(new CsvSeriesKey("", FlowDirection.Forward, unit, Billing: true, "Billed usage"),
                new CsvRow(start.ToDateTime(TimeOnly.MinValue), end.AddDays(1).ToDateTime(TimeOnly.MinValue), null, value, amount, Quality(sheet, record, notes), record.Line));
        }
    }
}
