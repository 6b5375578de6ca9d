namespace GreenButton.Csv.Text;

/// <summary>
/// Splits text into <see cref="CsvRecord"/>s per RFC 4180: fields in double quotes may hold separators, line breaks and
/// doubled quotes. Lines end with CRLF, LF or a lone CR (old Mac exports). The separator is a comma or a tab.
/// </summary>
internal static class CsvTokenizer
{
    /// <summary>The separator the file uses: a tab when its first lines hold more tabs than commas outside quotes.</summary>
    public static char DetectSeparator(string text)
    {
        int commas = 0, tabs = 0, lines = 0;
        var quoted = false;
        for (var i = 0; i < text.Length && lines < 40; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (c == ',')
                {
                    commas++;
                }
                else if (c == '\t')
                {
                    tabs++;
                }
                else if (c is '\n' or '\r')
                {
                    lines++;
                }
            }
        }
        return tabs > commas ? '\t' : ',';
    }

    /// <summary>The records of <paramref name="text"/>. An unclosed quote runs to the end of the text, as spreadsheets read it.</summary>
    public static List<CsvRecord> Split(string text, char separator)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var columns = new List<int>();
        var field = new System.Text.StringBuilder();
        var line = 1;
        var column = 1;
        var recordLine = 1;
        var fieldColumn = 1;
        var quoted = false;
        var atFieldStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        column += 2;
                        continue;
                    }
                    quoted = false;
                }
                else if (c is '\r' or '\n')
                {
                    field.Append('\n');
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    line++;
                    column = 1;
                    continue;
                }
                else
                {
                    field.Append(c);
                }
                i++;
                column++;
                continue;
            }
            if (c == '"' && atFieldStart)
            {
                quoted = true;
                atFieldStart = false;
                i++;
                column++;
                continue;
            }
            if (c == separator)
            {
                EndField();
                i++;
                column++;
                fieldColumn = column;
                continue;
            }
            if (c is '\r' or '\n')
            {
                EndField();
                records.Add(new CsvRecord([.. fields], [.. columns], recordLine));
                fields.Clear();
                columns.Clear();
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                line++;
                column = 1;
                fieldColumn = 1;
                recordLine = line;
                continue;
            }
            // A quote inside an unquoted field is kept as written (lenient, as spreadsheets are).
            atFieldStart = false;
            field.Append(c);
            i++;
            column++;
        }
        if (field.Length > 0 || fields.Count > 0 || quoted)
        {
            EndField();
            records.Add(new CsvRecord([.. fields], [.. columns], recordLine));
        }
        return records;

        void EndField()
        {
            fields.Add(field.ToString());
            columns.Add(fieldColumn);
            field.Clear();
            atFieldStart = true;
        }
    }
}
