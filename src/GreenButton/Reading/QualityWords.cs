namespace GreenButton;

/// <summary>
/// Reading qualities written as words (seen: Duke Energy's <c>ACTUAL</c>): the word to its ESPI
/// <see cref="QualityOfReading"/> code. The enum's own names match too, ignoring case, spaces, hyphens and underscores.
/// </summary>
internal static class QualityWords
{
    private static readonly Dictionary<string, QualityOfReading> s_aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["actual"] = QualityOfReading.Valid,
        ["measured"] = QualityOfReading.Valid,
        ["read"] = QualityOfReading.Valid,
        ["good"] = QualityOfReading.Valid,
        ["ok"] = QualityOfReading.Valid,
        ["estimated"] = QualityOfReading.EstimatedUsingReferenceDay,
        ["estimate"] = QualityOfReading.EstimatedUsingReferenceDay,
        ["est"] = QualityOfReading.EstimatedUsingReferenceDay,
        ["interpolated"] = QualityOfReading.EstimatedUsingLinearInterpolation,
        ["edited"] = QualityOfReading.ManuallyEdited,
        ["manual"] = QualityOfReading.ManuallyEdited,
        ["suspect"] = QualityOfReading.Questionable,
        ["calculated"] = QualityOfReading.Derived,
        ["forecast"] = QualityOfReading.Projected,
    };

    public static bool TryParse(ReadOnlySpan<char> word, out QualityOfReading code)
    {
        Span<char> key = stackalloc char[32];
        var length = 0;
        foreach (var c in word)
        {
            if (c is ' ' or '-' or '_')
            {
                continue;
            }
            if (length == key.Length || !char.IsAsciiLetter(c))
            {
                code = default;
                return false;
            }
            key[length++] = c;
        }
        var text = key[..length].ToString();
        if (s_aliases.TryGetValue(text, out code))
        {
            return true;
        }
        return Enum.TryParse(text, ignoreCase: true, out code) && Enum.IsDefined(code);
    }
}
