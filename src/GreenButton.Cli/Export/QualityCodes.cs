using System.Globalization;

namespace GreenButton.Cli.Export;

/// <summary>
/// The ReadingQuality codes of a row without a string per row: a reading's own list (in its order), or the codes of a
/// bucket or a net row. Written <c>;</c>-separated; empty is a null field.
/// </summary>
internal readonly struct QualityCodes
{
    private readonly IReadOnlyList<ReadingQuality>? _reading;
    private readonly IReadOnlyList<int>? _codes;

    private QualityCodes(IReadOnlyList<ReadingQuality>? reading, IReadOnlyList<int>? codes)
    {
        _reading = reading is { Count: > 0 } ? reading : null;
        _codes = codes is { Count: > 0 } ? codes : null;
    }

    public static QualityCodes Of(IReadOnlyList<ReadingQuality> qualities) => new(qualities, null);

    public static QualityCodes Of(IReadOnlyList<int> codes) => new(null, codes);

    public int Count => _reading?.Count ?? _codes?.Count ?? 0;

    public int this[int index] => _reading is { } reading ? (int)reading[index].Quality : _codes![index];

    /// <summary>The codes as written (<c>1;8</c>), or null when there are none.</summary>
    public string? Text()
    {
        if (Count == 0)
        {
            return null;
        }
        var parts = new string[Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = this[i].ToString(CultureInfo.InvariantCulture);
        }
        return string.Join(';', parts);
    }

    /// <summary>Writes the codes as UTF-8 into <paramref name="destination"/> (room for 12 bytes a code).</summary>
    public int Format(Span<byte> destination)
    {
        var written = 0;
        for (var i = 0; i < Count; i++)
        {
            if (i > 0)
            {
                destination[written++] = (byte)';';
            }
            this[i].TryFormat(destination[written..], out var n, default, CultureInfo.InvariantCulture);
            written += n;
        }
        return written;
    }
}
