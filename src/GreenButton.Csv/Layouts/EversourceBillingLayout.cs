using System.Globalization;
using GreenButton.Csv.Mapping;
using GreenButton.Csv.Text;

namespace GreenButton.Csv.Layouts;

/// <summary>
/// Eversource's billing history export, one row per meter read, newest first, in two shapes: <c>[Account,]Read Date,Usage,
/// Number of Days,Usage per day,Charge,Average Temperature</c> (optionally after a preamble of address, <c>Data from ... to
/// ...</c>, <c>Requested By ... on ...</c> and <c>Meter No:</c>), and Excel's "Unicode text" save of <c>End Date,Days In
/// Bill,Meter Read,Read Type,Usage (CCF),Usage (Therms),Usage (Cost)</c>. A bill runs from <c>Number of Days</c> before
/// its read date to the read date. Eastern time.
/// </summary>
internal sealed class EversourceBillingLayout : CsvLayout
{
    public override CsvLayoutInfo Info { get; } = new("eversource-billing", "Eversource (billing history)",
        "Read Date,Usage,Number of Days,Usage per day,Charge,Average Temperature", "America/New_York", IsBilling: true);

    public override int FindHeader(IReadOnlyList<CsvRecord> records) => Find(records, r =>
    {
        var names = Enumerable.Range(0, r.Count).Select(i => CsvCells.Normalise(r[i])).ToList();
        return (names.Contains("read date") && names.Contains("number of days")) || (names.Contains("end date") && names.Contains("days in bill"));
    });

    public override void Read(CsvBuilder builder, int header)
    {
        var sheet = builder.Sheet;
        builder.ServiceKind = ServiceKind.Gas;
        var (statedFrom, statedTo, statedLine) = Preamble(builder, header);
        var head = sheet.Records[header];
        var date = Column(head, c => c is "read date" or "end date");
        var days = Column(head, c => c is "number of days" or "days in bill");
        var account = Column(head, c => c == "account");
        var quality = Column(head, c => c == "read type");
        var cost = Column(head, c => c is "charge" or "usage (cost)" or "cost");
        var series = new List<(int Index, CsvUnit Unit, string Label)>();
        if (Column(head, c => c == "usage (therms)") is var therms and >= 0)
        {
            series.Add((therms, CsvUnit.Therms, "Billed usage"));
        }
        if (Column(head, c => c == "usage (ccf)") is var ccf and >= 0)
        {
            series.Add((ccf, CsvUnit.HundredCubicFeet, "Billed volume"));
        }
        if (series.Count == 0 && Column(head, c => c == "usage") is var usage and >= 0)
        {
            series.Add((usage, CsvUnit.Therms, "Billed usage"));
            sheet.Report(DiagnosticSeverity.Info, CsvDiagnosticCodes.AssumedUnit,
                "the Usage column states no unit; therms assumed (Eversource's gas billing history).", head.Line, head.ColumnOf(usage));
        }
        if (series.Count == 0)
        {
            sheet.Throw(head.Line, 1, "expected a Usage column (Usage, Usage (Therms) or Usage (CCF)).");
        }
        ReportUnmapped(sheet, head, [date, days, account, quality, cost, .. series.Select(s => s.Index)]);
        var reads = new List<DateOnly>();
        for (var i = header + 1; i < sheet.Records.Count; i++)
        {
            var record = sheet.Records[i];
            if (record.IsBlank || IsSummaryLine(sheet, record))
            {
                continue;
            }
            if (!CsvCells.TryDate(record[date], out var read))
            {
                sheet.BadRow(record, date, "a read date (m/d/yyyy)");
                continue;
            }
            if (!int.TryParse(record[days], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 400)
            {
                sheet.BadRow(record, days, "the number of days of the bill (1 to 400)");
                continue;
            }
            if (!TryCost(sheet, record, cost, "a charge ($12.34) or nothing", out var amount)
                || !TryValues(sheet, record, [.. series.Select(c => (c.Index, c.Label))], required: true, out var values))
            {
                continue;
            }
            if (account >= 0 && record[account].Length > 0)
            {
                builder.AccountNumber ??= record[account];
            }
            var q = Quality(sheet, record, quality);
            var start = read.AddDays(-n).ToDateTime(TimeOnly.MinValue);
            for (var s = 0; s < series.Count; s++)
            {
                if (values[s] < 0)
                {
                    sheet.Report(DiagnosticSeverity.Info, CsvDiagnosticCodes.NegativeUsage, "a bill's usage is negative (a credit or a correction); kept as written.", record.Line, record.ColumnOf(series[s].Index));
                }
                // One cost per bill: carried by the energy series, not repeated on the volume.
                builder.Add(new CsvSeriesKey("", FlowDirection.Forward, series[s].Unit, Billing: true, series[s].Label),
                    new CsvRow(start, read.ToDateTime(TimeOnly.MinValue), null, values[s]!.Value, s == 0 ? amount : null, q, record.Line));
            }
            reads.Add(read);
        }
        if (statedFrom is { } from && statedTo is { } to && reads.Count > 0 && (reads.Min() != from || reads.Max() != to))
        {
            sheet.Report(DiagnosticSeverity.Warning, CsvDiagnosticCodes.StatedPeriodMismatch,
                $"the file says 'Data from {from:M/d/yyyy} to {to:M/d/yyyy}', its read dates run from {reads.Min():M/d/yyyy} to {reads.Max():M/d/yyyy}; the rows win.", statedLine, 1);
        }
    }

    /// <summary>The address line, <c>Data from X to Y</c>, <c>Requested By NAME on DATE</c>, <c>Meter No: ,N</c>.</summary>
    private static (DateOnly? From, DateOnly? To, int Line) Preamble(CsvBuilder builder, int header)
    {
        var sheet = builder.Sheet;
        DateOnly? from = null, to = null;
        var line = 0;
        for (var i = 0; i < header; i++)
        {
            var record = sheet.Records[i];
            var fields = record.Trimmed();
            if (fields.Length == 0)
            {
                continue;
            }
            var text = fields[0];
            if (text.StartsWith("Data from ", StringComparison.OrdinalIgnoreCase))
            {
                var parts = text[10..].Split(" to ", StringSplitOptions.TrimEntries);
                if (parts.Length == 2 && CsvCells.TryDate(parts[0], out var f) && CsvCells.TryDate(parts[1], out var t))
                {
                    (from, to, line) = (f, t, record.Line);
                }
            }
            else if (text.StartsWith("Requested By ", StringComparison.OrdinalIgnoreCase))
            {
                var on = text.LastIndexOf(" on ", StringComparison.OrdinalIgnoreCase);
                builder.RequestedBy = CsvCells.Clean(on > 13 ? text[13..on] : text[13..]);
            }
            else if (text.StartsWith("Meter No", StringComparison.OrdinalIgnoreCase))
            {
                var meter = fields.Length > 1 ? fields[1] : CsvCells.Clean(text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..]);
                if (meter.Length > 0)
                {
                    builder.AddMeter(meter);
                }
            }
            else if (builder.Address is null && fields.Length == 1)
            {
                builder.Address = text;
            }
        }
        return (from, to, line);
    }
}
