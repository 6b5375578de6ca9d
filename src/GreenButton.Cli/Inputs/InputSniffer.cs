using System.Text;

namespace GreenButton.Cli.Inputs;

/// <summary>What the first bytes of an input say it is.</summary>
internal enum InputKind
{
    /// <summary>XML (or too little of it seen to tell more): handed to the Green Button reader.</summary>
    Xml,

    /// <summary>XML with a document type declaration: refused before parsing.</summary>
    XmlWithDtd,

    Empty,
    Gzip,
    Zip,

    /// <summary>Comma, semicolon or tab separated text: a utility's CSV download, perhaps.</summary>
    Csv,

    Html,
    Json,
    Text,
    Pdf,
    Png,
    Jpeg,
    Gif,
    OfficeDocument,
    OtherCompression,
    Binary,
}

/// <summary>The kind of an input, and where its DTD starts (1-based; 0 when none).</summary>
internal readonly record struct Sniffed(InputKind Kind, int Line = 0, int Column = 0);

/// <summary>
/// Tells what an input is from its first bytes (magic numbers, then the text's first characters), so that a CSV file,
/// a PDF or a saved HTML page is named as such instead of failing as malformed XML. Reads nothing itself.
/// </summary>
internal static class InputSniffer
{
    /// <summary>How much of an input is looked at: enough for a long comment before the root element.</summary>
    public const int HeadLength = 16 * 1024;

    /// <summary>Classifies <paramref name="head"/>, the input's first bytes (all of them when the input is shorter).</summary>
    public static Sniffed Sniff(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return new(InputKind.Empty);
        }
        var magic = Magic(head);
        if (magic is { } kind)
        {
            return new(kind);
        }
        var text = Decode(head);
        if (text.Contains('\0', StringComparison.Ordinal) || text.Count(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t' or '\f')) > text.Length / 20 + 1)
        {
            return new(InputKind.Binary);
        }
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        if (start == text.Length)
        {
            return new(InputKind.Empty);
        }
        return text[start] switch
        {
            '<' => Markup(text, start),
            '{' or '[' => new(InputKind.Json),
            _ => new(LooksLikeCsv(text.AsSpan(start)) ? InputKind.Csv : InputKind.Text),
        };
    }

    /// <summary>"a CSV file", "an HTML page": what the input is, for a message.</summary>
    public static string Describe(InputKind kind) => kind switch
    {
        InputKind.Empty => "an empty file",
        InputKind.Gzip => "a gzip file",
        InputKind.Zip => "a ZIP archive",
        InputKind.Csv => "a CSV file",
        InputKind.Html => "an HTML page",
        InputKind.Json => "a JSON file",
        InputKind.Text => "a text file",
        InputKind.Pdf => "a PDF document",
        InputKind.Png => "a PNG image",
        InputKind.Jpeg => "a JPEG image",
        InputKind.Gif => "a GIF image",
        InputKind.OfficeDocument => "a Microsoft Office document (.xls, .doc)",
        InputKind.OtherCompression => "a compressed file (bzip2, xz, 7-Zip or zstd)",
        InputKind.Binary => "a binary file",
        _ => "an XML file",
    };

    /// <summary>What to do about an input of <paramref name="kind"/>, after its description; empty when there is nothing to add.</summary>
    public static string Hint(InputKind kind) => kind switch
    {
        InputKind.Csv => " (a utility's CSV download?): download the data as Green Button XML",
        InputKind.Html => " (a saved login or error page?): download the data again as Green Button XML",
        InputKind.Pdf => " (a bill?): download the Green Button XML data instead",
        InputKind.Zip => ": give it a .zip name, or unpack it",
        InputKind.OtherCompression => ": decompress it first (gzip and .zip are read as they are)",
        InputKind.Json => ": Green Button data is XML",
        _ => "",
    };

    private static InputKind? Magic(ReadOnlySpan<byte> head)
    {
        if (head is [0x1F, 0x8B, ..])
        {
            return InputKind.Gzip;
        }
        if (head is [(byte)'P', (byte)'K', 3, 4, ..] or [(byte)'P', (byte)'K', 5, 6, ..] or [(byte)'P', (byte)'K', 7, 8, ..])
        {
            return InputKind.Zip;
        }
        if (head.StartsWith("%PDF-"u8))
        {
            return InputKind.Pdf;
        }
        if (head is [0x89, (byte)'P', (byte)'N', (byte)'G', ..])
        {
            return InputKind.Png;
        }
        if (head is [0xFF, 0xD8, 0xFF, ..])
        {
            return InputKind.Jpeg;
        }
        if (head.StartsWith("GIF8"u8))
        {
            return InputKind.Gif;
        }
        if (head is [0xD0, 0xCF, 0x11, 0xE0, ..])
        {
            return InputKind.OfficeDocument;
        }
        if (head.StartsWith("BZh"u8) || head is [0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', ..] or [(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C, ..]
            or [0x28, 0xB5, 0x2F, 0xFD, ..])
        {
            return InputKind.OtherCompression;
        }
        return null;
    }

    /// <summary>The head as text: UTF-16 by its byte-order mark or its zero bytes around <c>&lt;</c>, else UTF-8.</summary>
    private static string Decode(ReadOnlySpan<byte> head)
    {
        Encoding encoding;
        if (head is [0xFF, 0xFE, ..] or [(byte)'<', 0, ..])
        {
            encoding = Encoding.Unicode;
        }
        else if (head is [0xFE, 0xFF, ..] or [0, (byte)'<', ..])
        {
            encoding = Encoding.BigEndianUnicode;
        }
        else
        {
            encoding = Encoding.UTF8;
        }
        var text = encoding.GetString(head);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>Walks the prolog (declaration, comments, processing instructions) to the DOCTYPE or the root element.</summary>
    private static Sniffed Markup(string text, int at)
    {
        while (at < text.Length)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }
            var rest = text.AsSpan(at);
            if (rest.StartsWith("<?", StringComparison.Ordinal))
            {
                at = Past(text, at, "?>");
            }
            else if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                at = Past(text, at, "-->");
            }
            else if (rest.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
            {
                var name = rest["<!DOCTYPE".Length..].TrimStart();
                if (name.StartsWith("html", StringComparison.OrdinalIgnoreCase))
                {
                    return new(InputKind.Html);
                }
                var (line, column) = Position(text, at);
                return new(InputKind.XmlWithDtd, line, column);
            }
            else if (rest.StartsWith("<html", StringComparison.OrdinalIgnoreCase) && (rest.Length == 5 || !char.IsLetterOrDigit(rest[5])))
            {
                return new(InputKind.Html);
            }
            else
            {
                return new(InputKind.Xml); // the root element (or something the XML reader will name)
            }
            if (at < 0)
            {
                return new(InputKind.Xml); // the head ends inside the prolog: the reader decides
            }
        }
        return new(InputKind.Xml);
    }

    /// <summary>The index after <paramref name="end"/> searched from <paramref name="at"/>; -1 when the head ends first.</summary>
    private static int Past(string text, int at, string end)
    {
        var found = text.IndexOf(end, at + 2, StringComparison.Ordinal);
        return found < 0 ? -1 : found + end.Length;
    }

    private static (int Line, int Column) Position(string text, int at)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < at; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, at - lineStart + 1);
    }

    /// <summary>
    /// Separated values: a third of the first lines (up to fifty; at least two) hold a comma, semicolon or tab. Utility
    /// downloads often start with a preamble of prose lines ("Energy Usage Information") before the table.
    /// </summary>
    private static bool LooksLikeCsv(ReadOnlySpan<char> text)
    {
        var lines = 0;
        var separated = 0;
        foreach (var range in text.Split('\n'))
        {
            var line = text[range].TrimEnd('\r');
            if (line.IsEmpty)
            {
                continue;
            }
            // The last line of the head may be cut short; it still counts.
            if (line.IndexOfAny(",;\t") >= 0)
            {
                separated++;
            }
            if (++lines == 50)
            {
                break;
            }
        }
        return separated >= Math.Min(2, lines) && separated * 3 >= lines;
    }
}
