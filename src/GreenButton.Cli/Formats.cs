using System.Globalization;
using System.Text.Json;

namespace GreenButton.Cli;

/// <summary>How the tool writes times, codes and numbers: ISO 8601, camelCase code names, invariant culture.</summary>
internal static class Formats
{
    public static DateTimeOffset FromUnix(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);

    /// <summary><c>2023-01-01T08:00:00Z</c>.</summary>
    public static string Utc(long seconds) => FromUnix(seconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary><c>2023-01-01T00:00:00-08:00</c>: local time with the offset then in force.</summary>
    public static string Local(DateTimeOffset local) => local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string? Local(LocalTimeParameters? time, long? seconds)
        => time is null || seconds is not { } s ? null : Local(time.ToLocal(FromUnix(s)));

    /// <summary>The camelCase name of a code (<c>electricity</c>), or its number when the spec does not name it.</summary>
    public static string Name<T>(T code) where T : struct, Enum
        => Enum.IsDefined(code) ? JsonNamingPolicy.CamelCase.ConvertName(code.ToString()) : Convert.ToInt64(code, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>raw × 10^power, exactly; null when the power is out of decimal's range.</summary>
    public static decimal? Scale(long raw, int powerOfTen)
    {
        try
        {
            return Quantity.ScaleExact(raw, powerOfTen);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
