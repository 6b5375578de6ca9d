using System.Diagnostics.CodeAnalysis;

namespace GreenButton.Csv.Text;

/// <summary>
/// A decoded CSV file being read: its records, where they came from, and the diagnostics and row errors found. Row errors
/// go through <see cref="BadRow"/>: strict mode throws, lenient mode records a skipped row and goes on.
/// </summary>
internal sealed class CsvSheet
{
    public CsvSheet(string? source, IReadOnlyList<CsvRecord> records, GreenButtonCsvOptions options)
    {
        Source = source;
        Records = records;
        Options = options;
    }

    public string? Source { get; }

    public IReadOnlyList<CsvRecord> Records { get; }

    public GreenButtonCsvOptions Options { get; }

    public List<GreenButtonDiagnostic> Diagnostics { get; } = [];

    public int RowsSkipped { get; private set; }

    /// <summary>A row that does not read as expected: throws, or (lenient) reports it skipped. Returns false to let the caller skip it.</summary>
    /// <exception cref="GreenButtonException">Not lenient.</exception>
    public bool BadRow(CsvRecord record, int field, string expected)
    {
        var found = field < record.Count ? record[field] : null;
        var message = found is null ? $"expected {expected}; the row has {record.Count} field(s)"
            : Options.RedactValues ? $"expected {expected}"
            : $"expected {expected}, found '{found}'";
        if (!Options.Lenient)
        {
            Throw(record.Line, record.ColumnOf(field), message);
        }
        RowsSkipped++;
        Report(DiagnosticSeverity.Error, CsvDiagnosticCodes.SkippedRow, $"row skipped: {message}.", record.Line, record.ColumnOf(field));
        return false;
    }

    /// <summary>A row found wrong after reading (its period): throws, or (lenient) reports it skipped and returns false.</summary>
    /// <exception cref="GreenButtonException">Not lenient.</exception>
    public bool BadLine(int line, string message)
    {
        if (!Options.Lenient)
        {
            Throw(line, 1, message);
        }
        RowsSkipped++;
        Report(DiagnosticSeverity.Error, CsvDiagnosticCodes.SkippedRow, $"row skipped: {message}.", line, 1);
        return false;
    }

    /// <summary>Adds a diagnostic; <paramref name="line"/> 0 for one about the whole file.</summary>
    public void Report(DiagnosticSeverity severity, string code, string message, int line = 0, int column = 0, int count = 1)
        => Diagnostics.Add(new GreenButtonDiagnostic(severity, code, message) { Source = Source, Line = line, Column = line > 0 ? Math.Max(column, 1) : 0, Count = count });

    /// <summary>Quotes a cell in a message unless values are redacted.</summary>
    public string Quote(string value) => Options.RedactValues ? "(value redacted)" : $"'{value}'";

    /// <summary>Throws the data error <c>file:line:column: message</c> (lenient mode would skip the row).</summary>
    [DoesNotReturn]
    public void Throw(int line, int column, string message) => throw Error(Source, line, column, message, isDataError: true);

    /// <summary>The exception for <c>file:line:column: message</c> (line 0: the whole file).</summary>
    public static GreenButtonException Error(string? source, int line, int column, string message, bool isDataError = false)
        => new(message, source, line, line > 0 ? Math.Max(column, 1) : 0) { IsDataError = isDataError };
}
