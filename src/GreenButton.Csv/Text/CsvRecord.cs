namespace GreenButton.Csv.Text;

/// <summary>One record of a CSV file: its fields (unquoted, as written) and where it starts.</summary>
internal sealed class CsvRecord(string[] fields, int[] columns, int line)
{
    /// <summary>The fields, quotes removed; white space kept.</summary>
    public string[] Fields { get; } = fields;

    /// <summary>1-based character column at which each field starts on <see cref="Line"/>.</summary>
    public int[] Columns { get; } = columns;

    /// <summary>1-based line on which the record starts.</summary>
    public int Line { get; }  = line;

    /// <summary>The number of fields.</summary>
    public int Count => Fields.Length;

    /// <summary>Field <paramref name="index"/>, cleaned (<see cref="CsvCells.Clean"/>); empty when the record is shorter.</summary>
    public string this[int index] => index < Fields.Length ? CsvCells.Clean(Fields[index]) : "";

    /// <summary>The column of field <paramref name="index"/>, or of the record's end when it is shorter.</summary>
    public int ColumnOf(int index) => index < Columns.Length ? Columns[index] : Columns.Length > 0 ? Columns[^1] : 1;

    /// <summary>Whether every field is empty once cleaned (<c>,,,</c>, a line of no-break spaces).</summary>
    public bool IsBlank
    {
        get
        {
            foreach (var cell in Fields)
            {
                if (CsvCells.Clean(cell).Length > 0)
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>The cleaned fields, trailing empty ones removed (preamble lines padded with commas).</summary>
    public string[] Trimmed()
    {
        var count = Fields.Length;
        while (count > 0 && CsvCells.Clean(Fields[count - 1]).Length == 0)
        {
            count--;
        }
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = CsvCells.Clean(Fields[i]);
        }
        return result;
    }
}
