using System.Globalization;
using Spectre.Console;

namespace GreenButton.Cli.Summary;

/// <summary>The human form of the summary: a Spectre.Console table per file.</summary>
internal static class SummaryText
{
    public static void Write(IAnsiConsole console, SummaryReport report)
    {
        foreach (var file in report.Files)
        {
            Write(console, file);
        }
    }

    private static void Write(IAnsiConsole console, FileSummary file)
    {
        var t = file.Totals;
        console.MarkupLine($"[bold]{Markup.Escape(Formats.Echo(file.File))}[/]: {t.UsagePoints} usage point(s), {t.MeterReadings} meter reading(s), "
            + $"{t.IntervalBlocks} interval block(s), {t.IntervalReadings} reading(s), {t.UsageSummaries} usage summar(ies)");
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "Usage point", "Meter reading", "Unit", "Interval", "Flow", "Blocks", "Readings", "First start (local)", "Last end (local)",
            "Total", "Min / mean / max", "Cost", "Gaps", "Overlaps / dups", "Quality code:readings" })
        {
            table.AddColumn(new TableColumn(column));
        }
        foreach (var column in new[] { 5, 6, 9, 10, 11, 12, 13 })
        {
            table.Columns[column].RightAligned();
        }
        var rows = file.UsagePoints.SelectMany(up => up.MeterReadings.Select(mr => ((UsagePointSummary?)up, mr)))
            .Concat(file.UnattachedMeterReadings.Select(mr => ((UsagePointSummary?)null, mr)));
        var any = false;
        foreach (var (up, mr) in rows)
        {
            any = true;
            var type = mr.ReadingType;
            table.AddRow(
                Cell(up is null ? "(none)" : $"{up.Title ?? up.Self ?? "?"} ({up.ServiceKind ?? "?"})"),
                Cell(mr.Title ?? mr.Self ?? $"line {mr.Line}"),
                Cell(mr.Unit ?? "?"),
                Cell(type?.IntervalLength is { } length ? Interval(length) : "?"),
                Cell(type?.FlowDirection is { } flow ? Formats.Name((FlowDirection)flow) : "?"),
                Cell(mr.IntervalBlocks.ToString(CultureInfo.InvariantCulture)),
                Cell(mr.IntervalReadings.ToString(CultureInfo.InvariantCulture)),
                Cell(Time(mr.FirstStartLocal ?? mr.FirstStart)),
                Cell(Time(mr.LastEndLocal ?? mr.LastEnd)),
                Cell(mr.SumValue is { } sum ? $"{Amount(sum, mr.Unit)}" : mr.SumRawValue.ToString(CultureInfo.InvariantCulture)),
                Cell(mr.MinValue is { } min ? $"{Number(min)} / {Number(mr.MeanValue ?? 0)} / {Number(mr.MaxValue ?? 0)}" : "-"),
                Cell(mr.TotalCost is { } cost ? $"{cost.ToString("#,0.00###", CultureInfo.InvariantCulture)} {mr.Currency}" : "-"),
                Cell(mr.Gaps == 0 ? "0" : $"{mr.Gaps} ({mr.MissingIntervals?.ToString(CultureInfo.InvariantCulture) ?? "?"} missing)"),
                Cell($"{mr.Overlaps} / {mr.Duplicates}"),
                Cell(mr.Qualities.Count == 0 ? "-" : string.Join(" ", mr.Qualities.Select(q => $"{QualityCode(q.Key)}:{q.Value}"))));
        }
        if (any)
        {
            console.Write(table);
        }
        else
        {
            console.MarkupLine("  no meter readings");
        }
        foreach (var up in file.UsagePoints.Where(u => u.UsageSummaries.Count > 0))
        {
            var bills = up.UsageSummaries.Where(s => s.BillLastPeriod is not null).ToList();
            var total = bills.Sum(s => s.BillLastPeriod ?? 0);
            console.MarkupLine(Markup.Escape($"  {Formats.EchoOrNull(up.Title ?? up.Self)}: {up.UsageSummaries.Count} usage summaries, billed {total.ToString("0.00", CultureInfo.InvariantCulture)} over {bills.Count} period(s)"));
        }
        if (file.Diagnostics.Count > 0)
        {
            var diagnostics = new Table().Border(TableBorder.Simple).AddColumns("Severity", "Code", "Count", "Line:col", "Message");
            foreach (var d in file.Diagnostics)
            {
                var severity = d.Severity switch { "error" => "[red]error[/]", "warning" => "[yellow]warning[/]", _ => "info" };
                diagnostics.AddRow(new Markup(severity), Cell(d.Code), Cell(d.Count.ToString(CultureInfo.InvariantCulture)),
                    Cell(d.Line > 0 ? $"{d.Line}:{d.Column}" : "-"), new Text(Formats.Echo(d.Message, Formats.MaxMessage)));
            }
            console.Write(diagnostics);
        }
        console.WriteLine();
    }

    /// <summary>A table cell; every value is echoed bounded (<see cref="Formats.Echo"/>).</summary>
    private static Text Cell(string text) => new(Formats.Echo(text));

    /// <summary><c>2023-11-05 00:00 -07:00</c> from ISO 8601 (seconds dropped when zero).</summary>
    private static string Time(string? iso)
    {
        if (iso is null)
        {
            return "-";
        }
        var time = DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
        var format = time.Second == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss";
        return iso.EndsWith('Z') ? time.UtcDateTime.ToString(format, CultureInfo.InvariantCulture) + " UTC"
            : time.ToString(format + " zzz", CultureInfo.InvariantCulture);
    }

    private static string QualityCode(string name)
        => Enum.TryParse<QualityOfReading>(name, ignoreCase: true, out var code) && !int.TryParse(name, CultureInfo.InvariantCulture, out _)
            ? ((int)code).ToString(CultureInfo.InvariantCulture) : name;

    private static string Interval(long seconds) => seconds switch
    {
        86400 => "1 day",
        3600 => "1 h",
        _ when seconds % 3600 == 0 => $"{seconds / 3600} h",
        _ when seconds % 60 == 0 => $"{seconds / 60} min",
        _ => $"{seconds} s",
    };

    /// <summary>Wh shown as kWh (or MWh) for reading; every other unit as is.</summary>
    private static string Amount(decimal value, string? unit) => unit switch
    {
        "Wh" when Math.Abs(value) >= 10_000_000 => $"{Number(value / 1_000_000)} MWh",
        "Wh" when Math.Abs(value) >= 10_000 => $"{Number(value / 1000)} kWh",
        _ => $"{Number(value)} {unit}",
    };

    private static string Number(decimal value) => Math.Round(value, 3).ToString("#,0.###", CultureInfo.InvariantCulture);
}
