using System.Text;

namespace GreenButton.Csv.Text;

/// <summary>
/// Bytes of a download to text: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text" export), UTF-16
/// without BOM when every other byte is zero, otherwise Windows-1252 (what Excel writes for "CSV" on Windows).
/// </summary>
internal static class CsvText
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five undefined codes map to the C1 controls, as Windows does.
    private const string Cp1252High = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
        + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="encodingName"/> says which encoding was found.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, out string encodingName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encodingName = "UTF-8 with BOM";
            return DecodeUtf8(bytes[3..], ref encodingName);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encodingName = "UTF-16LE with BOM";
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encodingName = "UTF-16BE with BOM";
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            encodingName = bigEndian ? "UTF-16BE" : "UTF-16LE";
            return (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(bytes);
        }
        encodingName = "UTF-8";
        return DecodeUtf8(bytes, ref encodingName);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, ref string encodingName)
    {
        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            encodingName = "Windows-1252";
            return DecodeWindows1252(bytes);
        }
    }

    internal static string DecodeWindows1252(ReadOnlySpan<byte> bytes)
    {
        return string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var b = source[i];
                chars[i] = b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;
            }
        });
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var sample = bytes[..(Math.Min(bytes.Length, 512) & ~1)];
        if (sample.Length < 8)
        {
            return false;
        }
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }
        var pairs = sample.Length / 2;
        if (oddZeros * 10 >= pairs * 9 && evenZeros == 0)
        {
            return true;
        }
        if (evenZeros * 10 >= pairs * 9 && oddZeros == 0)
        {
            bigEndian = true;
            return true;
        }
        return false;
    }
}
