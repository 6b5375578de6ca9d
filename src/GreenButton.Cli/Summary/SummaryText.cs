using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace GreenButton.Cli.Summary;

/// <summary>
/// The human form of the summary: per file a heading line and a table with a row per meter reading, fitted to the
/// console's width. The wide table (every column) is shown when it fits or with <c>--wide</c>; otherwise a fitted one:
/// the essential columns (meter reading, readings, period, total, cost, gaps) and as many others as fit (min / mean /
/// max, flow, overlaps, blocks). Each row's figures are in one unit
/// scaled for reading (kWh, MWh); the exact figures are in <c>--format json</c>.
/// </summary>
internal static class SummaryText
{
    public static void Write(IAnsiConsole console, SummaryReport report, bool wide = false)
    {
        var compacted = false;
        foreach (var file in report.Files)
        {
            compacted |= Write(console, file, wide);
        }
        if (compacted)
        {
            console.MarkupLine("[dim]More columns: --wide. Exact figures: --format json.[/]");
        }
    }

    /// <summary>Writes one file; true when its table was compacted to fit.</summary>
    private static bool Write(IAnsiConsole console, FileSummary file, bool wide)
    {
        var t = file.Totals;
        console.MarkupLine($"[bold]{Markup.Escape(Formats.Echo(file.File))}[/]: {Count(t.UsagePoints, "usage point")}, {Count(t.MeterReadings, "meter reading")}, "
            + $"{Count(t.IntervalBlocks, "interval block")}, {Count(t.IntervalReadings, "reading")}, {Count(t.UsageSummaries, "usage summary", "usage summaries")}");
        var rows = file.UsagePoints.SelectMany(up => up.MeterReadings.Select(mr => ((UsagePointSummary?)up, mr)))
            .Concat(file.UnattachedMeterReadings.Select(mr => ((UsagePointSummary?)null, mr))).ToList();
        var compacted = false;
        if (rows.Count == 0)
        {
            console.MarkupLine("  no meter readings");
        }
        else
        {
            var table = WideTable(rows);
            if (!wide && NaturalWidth(console, table) > console.Profile.Width)
            {
                table = FittedTable(console, rows, console.Profile.Width);
                compacted = true;
            }
            console.Write(table);
        }
        foreach (var up in file.UsagePoints.Where(u => u.UsageSummaries.Count > 0))
        {
            console.MarkupLine(Markup.Escape($"  {UsagePointName(up)}: {Count(up.UsageSummaries.Count, "usage summary", "usage summaries")}{Billed(up.UsageSummaries)}"));
        }
        Customers.CustomerText.Write(console, file.Customers);
        if (file.Diagnostics.Count > 0)
        {
            // A line each, not a table: the message gets the console's whole width.
            var diagnostics = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(1)).AddColumn();
            foreach (var d in file.Diagnostics)
            {
                var severity = d.Severity switch { "error" => "[red]error[/]", "warning" => "[yellow]warning[/]", _ => "info" };
                var where = d.Line > 0 ? $" at {d.Line}:{d.Column}" : "";
                var count = d.Count > 1 ? $" ×{Figures.Integer(d.Count)}" : "";
                diagnostics.AddRow(new Markup(severity), new Markup($"[bold]{Markup.Escape(d.Code)}[/]{Markup.Escape($"{count}{where}: {Formats.Echo(d.Message, Formats.MaxMessage)}")}"));
            }
            console.Write(diagnostics);
        }
        console.WriteLine();
        return compacted;
    }

    /// <summary>Every column; a row per meter reading.</summary>
    private static Table WideTable(List<(UsagePointSummary? UsagePoint, MeterReadingSummary MeterReading)> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("Usage point", "Meter reading", "Interval", "Flow", "Blocks", "Readings", "First start (local)", "Last end (local)",
            "Unit", "Total", "Min", "Mean", "Max", "Cost", "Gaps", "Overlaps / dups", "Quality code:readings");
        foreach (var column in new[] { 4, 5, 9, 10, 11, 12, 13, 14, 15 })
        {
            table.Columns[column].RightAligned();
        }
        foreach (var (up, mr) in rows)
        {
            var type = mr.ReadingType;
            var scale = SummaryUnits.For(mr);
            table.AddRow(
                Cell(up is null ? "(none)" : $"{UsagePointName(up)} ({up.ServiceKind ?? "?"})"),
                Cell(MeterReadingName(mr)),
                Cell(type?.IntervalLength is { } length ? Interval(length) : "?"),
                Cell(type?.FlowDirection is { } flow ? Formats.Name((FlowDirection)flow) : "?"),
                Cell(Figures.Integer(mr.IntervalBlocks)),
                Cell(Figures.Integer(mr.IntervalReadings)),
                Cell(Time(mr.FirstStartLocal ?? mr.FirstStart, compact: false)),
                Cell(Time(mr.LastEndLocal ?? mr.LastEnd, compact: false)),
                Cell(scale.Label),
                Cell(scale.Format(mr.SumValue) ?? Figures.Integer(mr.SumRawValue)),
                Cell(scale.Format(mr.MinValue) ?? "-"),
                Cell(scale.Format(mr.MeanValue) ?? "-"),
                Cell(scale.Format(mr.MaxValue) ?? "-"),
                Cell(Cost(mr, compact: false)),
                Cell(mr.Gaps == 0 ? "0" : $"{Figures.Integer(mr.Gaps)} ({(mr.MissingIntervals is { } missing ? Figures.Integer(missing) : "?")} missing)"),
                Cell($"{Figures.Integer(mr.Overlaps)} / {Figures.Integer(mr.Duplicates)}"),
                Cell(mr.Qualities.Count == 0 ? "-" : string.Join(" ", mr.Qualities.Select(q => $"{QualityCode(q.Key)}:{q.Value}"))));
        }
        return table;
    }

    /// <summary>A column of the fitted table: its header, alignment, and the cell of a row.</summary>
    private sealed record Column(string Header, bool Right, Func<MeterReadingSummary, DisplayUnit, IRenderable> Cell);

    /// <summary>The essential columns of the fitted table, in order; the name column comes first.</summary>
    private static readonly Column[] s_essential =
    [
        new("Readings", true, (mr, _) => Cell(Figures.Integer(mr.IntervalReadings)
            + (mr.ReadingType?.IntervalLength is { } l && mr.IntervalReadings > 0 ? $" × {Interval(l)}" : ""))),
        new("From / to", false, (mr, _) => Cell($"{Time(mr.FirstStartLocal ?? mr.FirstStart, compact: true)}\n{Time(mr.LastEndLocal ?? mr.LastEnd, compact: true)}")),
        new("Total", true, (mr, unit) => Cell(unit.Format(mr.SumValue) is { } total ? $"{total} {unit.Label}".TrimEnd() : Figures.Integer(mr.SumRawValue) + " (raw)")),
        new("Cost", true, (mr, _) => Cell(Cost(mr, compact: true))),
        new("Gaps", true, (mr, _) => Cell(Figures.Integer(mr.Gaps))),
    ];

    /// <summary>The columns added, in this order, while the table still fits, each placed before the column named.</summary>
    private static readonly (Column Column, string Before)[] s_optional =
    [
        (new("Min / mean / max", true, (mr, unit) => Cell(mr.MinValue is null ? "-" : $"{unit.Format(mr.MinValue)} / {unit.Format(mr.MeanValue)} / {unit.Format(mr.MaxValue)}")), "Cost"),
        (new("Flow", false, (mr, _) => Cell(mr.ReadingType?.FlowDirection is { } flow ? Formats.Name((FlowDirection)flow) : "?")), "From / to"),
        (new("Overlaps / dups", true, (mr, _) => Cell($"{Figures.Integer(mr.Overlaps)} / {Figures.Integer(mr.Duplicates)}")), ""),
        (new("Blocks", true, (mr, _) => Cell(Figures.Integer(mr.IntervalBlocks))), "Readings"),
    ];

    /// <summary>The narrowest name column worth having before optional columns are added.</summary>
    private const int NameWidth = 18;

    /// <summary>The narrowest name column before the other columns wrap too.</summary>
    private const int MinimumNameWidth = 12;

    /// <summary>
    /// The essential columns, and as many optional ones as fit <paramref name="width"/>; the usage point heads its
    /// meter readings in the first column.
    /// </summary>
    private static Table FittedTable(IAnsiConsole console, List<(UsagePointSummary? UsagePoint, MeterReadingSummary MeterReading)> rows, int width)
    {
        var columns = s_essential.ToList();
        var names = Names(rows);
        var nameNatural = names.SelectMany(n => n.Plain.Split('\n')).Append("Meter reading").Max(line => line.Length);
        foreach (var (column, before) in s_optional)
        {
            var candidate = columns.ToList();
            var at = candidate.FindIndex(c => c.Header == before);
            candidate.Insert(at < 0 ? candidate.Count : at, column);
            var table = Build(candidate, rows, names);
            if (NaturalWidth(console, table) - nameNatural + Math.Min(nameNatural, NameWidth) <= width)
            {
                columns = candidate;
            }
        }
        var fitted = Build(columns, rows, names);
        // Narrower still: every cell may wrap, rather than the names being squeezed to a letter a line.
        return NaturalWidth(console, fitted) - nameNatural + Math.Min(nameNatural, MinimumNameWidth) <= width ? fitted : Build(columns, rows, names, noWrap: false);
    }

    private static Table Build(List<Column> columns, List<(UsagePointSummary? UsagePoint, MeterReadingSummary MeterReading)> rows, List<(string Markup, string Plain)> names,
        bool noWrap = true)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Meter reading");
        foreach (var column in columns)
        {
            var added = new TableColumn(column.Header) { NoWrap = noWrap };
            table.AddColumn(column.Right ? added.RightAligned() : added);
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var mr = rows[i].MeterReading;
            var unit = SummaryUnits.For(mr);
            table.AddRow([new Markup(names[i].Markup), .. columns.Select(c => c.Cell(mr, unit))]);
        }
        return table;
    }

    /// <summary>Each row's first cell: the meter reading, under its usage point on the usage point's first row.</summary>
    private static List<(string Markup, string Plain)> Names(List<(UsagePointSummary? UsagePoint, MeterReadingSummary MeterReading)> rows)
    {
        var names = new List<(string, string)>();
        UsagePointSummary? previous = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var (up, mr) = rows[i];
            var name = " " + MeterReadingName(mr);
            if (i == 0 || !ReferenceEquals(up, previous))
            {
                var heading = up is null ? "(no usage point)" : UsagePointName(up);
                // "Electricity (electricity)" would say it twice.
                if (up is not null && !heading.Contains(up.ServiceKind ?? "?", StringComparison.OrdinalIgnoreCase))
                {
                    heading += $" ({up.ServiceKind ?? "?"})";
                }
                names.Add(($"[bold]{Markup.Escape(heading)}[/]\n{Markup.Escape(name)}", $"{heading}\n{name}"));
            }
            else
            {
                names.Add((Markup.Escape(name), name));
            }
            previous = up;
        }
        return names;
    }

    /// <summary>The table's width without wrapping any cell.</summary>
    private static int NaturalWidth(IAnsiConsole console, Table table)
        => ((IRenderable)table).Measure(RenderOptions.Create(console, console.Profile.Capabilities), int.MaxValue / 2).Max;

    private static Text Cell(string text) => new(text);

    private static string UsagePointName(UsagePointSummary up) => up.Title ?? ShortHref(up.Self) ?? "?";

    private static string MeterReadingName(MeterReadingSummary mr) => mr.Title ?? ShortHref(mr.Self) ?? $"line {mr.Line}";

    /// <summary>The resource part of an href (<c>UsagePoint/1/MeterReading/2</c>): the server adds nothing for a reader.</summary>
    private static string? ShortHref(string? href)
    {
        if (href is null)
        {
            return null;
        }
        var at = href.IndexOf("/UsagePoint/", StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? href[(at + 1)..] : href;
    }

    /// <summary><c>1,710.17 USD</c>; the wide table keeps the fractions of a cent costs are given in.</summary>
    private static string Cost(MeterReadingSummary mr, bool compact)
        => mr.TotalCost is { } cost ? $"{cost.ToString(compact ? "#,0.00" : "#,0.00###", CultureInfo.InvariantCulture)} {CurrencyName(mr.Currency)}".TrimEnd() : "-";

    /// <summary><c>, billed 1,830.17 USD over 12 billing periods</c> (a sum per currency when they differ); empty without bills.</summary>
    private static string Billed(IReadOnlyList<UsageSummarySummary> summaries)
    {
        var bills = summaries.Where(s => s.BillLastPeriod is not null).ToList();
        if (bills.Count == 0)
        {
            return "";
        }
        var sums = bills.GroupBy(s => s.Currency).OrderBy(g => g.Key)
            .Select(g => $"{g.Sum(s => s.BillLastPeriod ?? 0).ToString("#,0.00", CultureInfo.InvariantCulture)} {CurrencyName(g.Key)}".TrimEnd());
        return $", billed {string.Join(" + ", sums)} over {Count(bills.Count, "billing period")}";
    }

    /// <summary>The ISO 4217 code (<c>USD</c>), the number when ESPI does not name it, nothing when the file states none.</summary>
    private static string CurrencyName(int? code) => code is { } c ? CurrencyName(c.ToString(CultureInfo.InvariantCulture)) : "";

    private static string CurrencyName(string? name)
    {
        if (name is null)
        {
            return "";
        }
        if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            var currency = (Currency)number;
            return number != 0 && Enum.IsDefined(currency) ? currency.ToString() : $"(currency {number})";
        }
        return name;
    }

    /// <summary><c>1 usage point</c>, <c>2 usage points</c>, with thousands separators.</summary>
    private static string Count(long count, string one, string? many = null) => Formats.Count(count, one, many);

    /// <summary>
    /// <c>2023-11-05 00:00 -07:00</c> from ISO 8601 (seconds dropped when zero); compact: the date alone when the
    /// time is midnight, else date and time, without the offset.
    /// </summary>
    private static string Time(string? iso, bool compact)
    {
        if (iso is null)
        {
            return "-";
        }
        var time = DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
        var utc = iso.EndsWith('Z');
        var clock = utc ? time.UtcDateTime : time.DateTime;
        if (compact)
        {
            return clock.TimeOfDay == TimeSpan.Zero ? clock.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : clock.ToString(clock.Second == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        }
        var format = time.Second == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss";
        return utc ? clock.ToString(format, CultureInfo.InvariantCulture) + " UTC" : time.ToString(format + " zzz", CultureInfo.InvariantCulture);
    }

    private static string QualityCode(string name)
        => Enum.TryParse<QualityOfReading>(name, ignoreCase: true, out var code) && !int.TryParse(name, CultureInfo.InvariantCulture, out _)
            ? ((int)code).ToString(CultureInfo.InvariantCulture) : name;

    private static string Interval(long seconds) => seconds switch
    {
        86400 => "1 day",
        _ when seconds % 86400 == 0 => $"{seconds / 86400} days",
        _ when seconds % 3600 == 0 => $"{seconds / 3600} h",
        _ when seconds % 60 == 0 => $"{seconds / 60} min",
        _ => $"{seconds} s",
    };
}
