using System.Globalization;
using GreenButton.Csv.Mapping;
using GreenButton.Csv.Text;

namespace GreenButton.Csv.Layouts;

/// <summary>
/// Southern California Edison "Download My Data": a text preamble (<c>For location:</c>, <c>Type of readings:</c>,
/// <c>Start date: ... for N days</c>), then sections of <c>Data for period starting: ...</c>, a header
/// <c>Energy consumption time period,Usage(Real energy in kilowatt-hours),Reading quality</c> and rows
/// <c>2020-05-01 00:00:00 to 2020-05-01 00:15:00,0.25,</c>. Net-metering files alternate <c>Delivered</c> and
/// <c>Received</c> sections. Times are Pacific wall-clock time.
/// </summary>
internal sealed class SceLayout : CsvLayout
{
    public override CsvLayoutInfo Info { get; } = new("sce-interval", "Southern California Edison",
        "Energy consumption time period,Usage(Real energy in kilowatt-hours),Reading quality", "America/Los_Angeles", IsBilling: false);

    public override int FindHeader(IReadOnlyList<CsvRecord> records) => Find(records, IsSectionHeader);

    private static bool IsSectionHeader(CsvRecord record)
        => record.Count >= 2 && CsvCells.Normalise(record[0]).EndsWith("time period", StringComparison.Ordinal)
            && CsvCells.Normalise(record[1]).StartsWith("usage", StringComparison.Ordinal);

    public override void Read(CsvBuilder builder, int header)
    {
        var sheet = builder.Sheet;
        DateTime? statedStart = null;
        int statedDays = 0, statedLine = 0;
        for (var i = 0; i < header; i++)
        {
            var record = sheet.Records[i];
            var text = record[0];
            if (After(text, "For location:") is { } location)
            {
                builder.Address = location;
            }
            else if (After(text, "Type of readings:") is { } type)
            {
                builder.ServiceKind = type.Contains("gas", StringComparison.OrdinalIgnoreCase) ? ServiceKind.Gas : ServiceKind.Electricity;
            }
            else if (After(text, "Start date:") is { } start && StartFor(start, out var at, out var days))
            {
                (statedStart, statedDays, statedLine) = (at, days, record.Line);
            }
        }
        CsvSeriesKey? series = null;
        for (var i = header; i < sheet.Records.Count; i++)
        {
            var record = sheet.Records[i];
            if (record.IsBlank || After(record[0], "Data for period starting:") is not null || IsSummaryLine(sheet, record))
            {
                continue;
            }
            if (IsSectionHeader(record))
            {
                series = SeriesOf(sheet, record);
                continue;
            }
            ReadRow(builder, record, series!);
        }
        Check(builder, statedStart, statedDays, statedLine);
    }

    private static CsvSeriesKey? SeriesOf(CsvSheet sheet, CsvRecord header)
    {
        var name = CsvCells.Normalise(header[0]) + " " + CsvCells.Normalise(header[1]);
        var unit = CsvUnit.Parse(Parenthesised(header[1]) ?? "");
        if (unit is null)
        {
            sheet.Throw(header.Line, header.ColumnOf(1), "expected the unit in the usage header, as in 'Usage(Real energy in kilowatt-hours)'.");
        }
        var (flow, label) = name.Contains("received", StringComparison.Ordinal) ? (FlowDirection.Reverse, "Received")
            : name.Contains("delivered", StringComparison.Ordinal) ? (FlowDirection.Forward, "Delivered")
            : name.Contains("net", StringComparison.Ordinal) ? (FlowDirection.Net, "Net")
            : (FlowDirection.Forward, "Consumption");
        return new CsvSeriesKey("", flow, unit, Billing: false, label);
    }

    private static void ReadRow(CsvBuilder builder, CsvRecord record, CsvSeriesKey series)
    {
        var sheet = builder.Sheet;
        var period = record[0];
        var to = period.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (to < 0 || !CsvCells.TryDateTime(period[..to], out var start) || !CsvCells.TryDateTime(period[(to + 4)..], out var end))
        {
            sheet.BadRow(record, 0, "a time period 'yyyy-mm-dd hh:mm:ss to yyyy-mm-dd hh:mm:ss'");
            return;
        }
        // An end up to an hour before the start, or at it, can be the fall-back hour's wall clock (01:45 to 01:00); the clock decides.
        if (end <= start.AddHours(-1))
        {
            sheet.BadRow(record, 0, "a period whose end is after its start");
            return;
        }
        if (record[1].Length == 0 && IsMissing(record, 2))
        {
            sheet.Report(DiagnosticSeverity.Warning, CsvDiagnosticCodes.MissingReading, "a reading marked missing has no value: no reading was made for it.", record.Line, record.ColumnOf(1));
            return;
        }
        if (!CsvCells.TryAmount(record[1], out var value))
        {
            sheet.BadRow(record, 1, "a usage value (a decimal number)");
            return;
        }
        builder.Add(series, new CsvRow(start, end, null, value, null, Quality(sheet, record, 2), record.Line));
    }

    private static void Check(CsvBuilder builder, DateTime? statedStart, int statedDays, int line)
    {
        var rows = builder.Series.SelectMany(builder.RowsOf).ToList();
        if (rows.Count == 0 || statedStart is not { } stated)
        {
            return;
        }
        var first = rows.Min(r => r.LocalStart);
        var last = rows.Max(r => r.LocalEnd!.Value);
        if (stated != first)
        {
            var standard = stated.AddHours(1) == first;
            builder.Sheet.Report(DiagnosticSeverity.Warning, CsvDiagnosticCodes.StatedPeriodMismatch,
                $"the stated start date {stated:yyyy-MM-dd HH:mm} differs from the first row's start {first:yyyy-MM-dd HH:mm}"
                + (standard ? " (it is that time in standard time)" : "") + "; the rows win.", line, 1);
        }
        var days = (int)Math.Ceiling((last - first).TotalHours / 24);
        if (statedDays != days)
        {
            builder.Sheet.Report(DiagnosticSeverity.Warning, CsvDiagnosticCodes.StatedPeriodMismatch,
                $"the file says 'for {statedDays} days' but its rows cover {days} day(s), {first:yyyy-MM-dd HH:mm} to {last:yyyy-MM-dd HH:mm}; the rows win.", line, 1);
        }
    }

    private static string? After(string text, string prefix)
        => text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? CsvCells.Clean(text[prefix.Length..]) : null;

    /// <summary>Reads <c>2020-04-30 23:00:00   for 1 days</c>.</summary>
    private static bool StartFor(string text, out DateTime start, out int days)
    {
        start = default;
        days = 0;
        var at = text.IndexOf(" for ", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || !CsvCells.TryDateTime(text[..at], out start))
        {
            return false;
        }
        var count = CsvCells.Clean(text[(at + 5)..]).Split(' ')[0];
        return int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out days);
    }
}
