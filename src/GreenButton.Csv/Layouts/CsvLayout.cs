using GreenButton.Csv.Mapping;
using GreenButton.Csv.Text;

namespace GreenButton.Csv.Layouts;

/// <summary>
/// One utility family's CSV layout: how to recognise it from its first records, and how to read its preamble and rows
/// into a <see cref="CsvBuilder"/>. Everything after that (time zones, scales, blocks, links) is common. To add a layout,
/// derive from this class and list it in <see cref="CsvLayouts.All"/> (see the README, "Adding a CSV layout").
/// </summary>
internal abstract class CsvLayout
{
    /// <summary>How many records the header may come after (preambles are 0 to 13 lines long in real files).</summary>
    protected const int HeaderSearchDepth = 40;

    public abstract CsvLayoutInfo Info { get; }

    /// <summary>The index of the column header record among the first records, or -1 when the file is not of this layout.</summary>
    public abstract int FindHeader(IReadOnlyList<CsvRecord> records);

    /// <summary>Reads the preamble (records before <paramref name="header"/>) and the rows.</summary>
    public abstract void Read(CsvBuilder builder, int header);

    /// <summary>Index of the first record among the first <see cref="HeaderSearchDepth"/> that <paramref name="isHeader"/> accepts, or -1.</summary>
    protected static int Find(IReadOnlyList<CsvRecord> records, Func<CsvRecord, bool> isHeader)
    {
        for (var i = 0; i < records.Count && i < HeaderSearchDepth; i++)
        {
            if (isHeader(records[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The preamble's <c>Key,Value</c> lines (Opower, SDG&amp;E), keys normalised (<see cref="CsvCells.Normalise"/>).</summary>
    protected static Dictionary<string, (string Value, CsvRecord Record)> KeyValues(CsvSheet sheet, int header)
    {
        var pairs = new Dictionary<string, (string, CsvRecord)>(StringComparer.Ordinal);
        for (var i = 0; i < header; i++)
        {
            var fields = sheet.Records[i].Trimmed();
            if (fields.Length >= 2)
            {
                pairs.TryAdd(CsvCells.Normalise(fields[0]), (string.Join(", ", fields[1..]), sheet.Records[i]));
            }
        }
        return pairs;
    }

    /// <summary>Reports header columns no role of the layout uses: nothing of the file is dropped without a word.</summary>
    protected static void ReportUnmapped(CsvSheet sheet, CsvRecord header, IReadOnlyCollection<int> used)
    {
        var names = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            if (!used.Contains(i) && header[i].Length > 0)
            {
                names.Add(header[i]);
            }
        }
        if (names.Count > 0)
        {
            sheet.Report(DiagnosticSeverity.Info, CsvDiagnosticCodes.UnmappedColumn,
                $"column(s) {string.Join(", ", names.Select(n => $"'{n}'"))} have no place in the Green Button model and were not carried over.",
                header.Line, 1);
        }
    }

    /// <summary>
    /// Whether a row is a summary line (<c>Total,...</c>, <c>Totals</c>) rather than a reading; it is reported and
    /// skipped, since its figures repeat the rows'.
    /// </summary>
    protected static bool IsSummaryLine(CsvSheet sheet, CsvRecord record)
    {
        var first = record.Trimmed().FirstOrDefault(f => f.Length > 0);
        if (first is null || !CsvCells.Normalise(first).StartsWith("total", StringComparison.Ordinal))
        {
            return false;
        }
        sheet.Report(DiagnosticSeverity.Info, CsvDiagnosticCodes.SummaryLine, "a summary line (a total of the rows) was skipped; the rows are read instead.", record.Line, 1);
        return true;
    }

    /// <summary>
    /// The cost cell <paramref name="field"/> (absent when -1 or empty: null); false when it cannot be read, after
    /// <see cref="CsvSheet.BadRow"/> (which throws unless lenient): the caller skips the row.
    /// </summary>
    protected static bool TryCost(CsvSheet sheet, CsvRecord record, int field, string expected, out decimal? amount)
    {
        amount = null;
        if (field < 0 || record[field].Length == 0)
        {
            return true;
        }
        if (!CsvCells.TryAmount(record[field], out var value))
        {
            return sheet.BadRow(record, field, expected);
        }
        amount = value;
        return true;
    }

    /// <summary>
    /// The values of the series columns (null for an empty cell, unless <paramref name="required"/>); false when one
    /// cannot be read, after <see cref="CsvSheet.BadRow"/>: the caller skips the row.
    /// </summary>
    protected static bool TryValues(CsvSheet sheet, CsvRecord record, IReadOnlyList<(int Index, string Label)> columns, bool required, out decimal?[] values)
    {
        values = new decimal?[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = record[columns[c].Index];
            if (cell.Length == 0 && !required)
            {
                continue;
            }
            if (!CsvCells.TryAmount(cell, out var value))
            {
                return sheet.BadRow(record, columns[c].Index, required ? "a usage value (a decimal number)" : $"a {columns[c].Label.ToLowerInvariant()} value (a decimal number) or nothing");
            }
            values[c] = value;
        }
        return true;
    }

    /// <summary>The quality a note or quality cell names; reports texts it does not know.</summary>
    protected static QualityOfReading? Quality(CsvSheet sheet, CsvRecord record, int field)
    {
        var text = field < 0 ? "" : CsvCells.Normalise(record[field]);
        if (text.Length == 0)
        {
            return null;
        }
        if (text.Contains("estimat", StringComparison.Ordinal))
        {
            return QualityOfReading.EstimatedUsingReferenceDay;
        }
        if (text is "actual" or "a" or "act" || text.Contains("actual", StringComparison.Ordinal))
        {
            return QualityOfReading.Valid;
        }
        if (text.Contains("validated", StringComparison.Ordinal))
        {
            return QualityOfReading.Validated;
        }
        if (text.Contains("edited", StringComparison.Ordinal))
        {
            return QualityOfReading.ManuallyEdited;
        }
        sheet.Report(DiagnosticSeverity.Info, CsvDiagnosticCodes.UnknownQuality,
            $"the note {sheet.Quote(record[field])} names no known quality (actual, estimated, validated); the reading is marked Other.", record.Line, record.ColumnOf(field));
        return QualityOfReading.Other;
    }

    /// <summary>Whether a note marks the reading missing (it then has no value).</summary>
    protected static bool IsMissing(CsvRecord record, int field) => field >= 0 && CsvCells.Normalise(record[field]).Contains("missing", StringComparison.Ordinal);

    /// <summary>The index of the first header cell <paramref name="accept"/> takes, or -1.</summary>
    protected static int Column(CsvRecord header, Func<string, bool> accept)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (accept(CsvCells.Normalise(header[i])))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The text in parentheses at the end of a header (<c>USAGE (therms)</c>), or null.</summary>
    protected static string? Parenthesised(string header)
    {
        var open = header.LastIndexOf('(');
        var close = header.LastIndexOf(')');
        return open >= 0 && close > open ? header[(open + 1)..close] : null;
    }
}
