using System.Globalization;
using System.Text.Json;

namespace GreenButton.Cli;

/// <summary>How the tool writes times, codes and numbers: ISO 8601, camelCase code names, invariant culture.</summary>
internal static class Formats
{
    /// <summary>The most of one value (a title, an href) a text output shows.</summary>
    public const int MaxEchoed = 200;

    /// <summary>The most of one message (an error line, a diagnostic) a text output shows: its parts are bounded, but a
    /// name the XML reader quotes is not.</summary>
    public const int MaxMessage = 2000;

    /// <summary>
    /// <paramref name="text"/> as a text output echoes it: at most <paramref name="max"/> characters, cut with an
    /// ellipsis and its full length, so that a 4 MB title costs a line, not a table of megabytes.
    /// </summary>
    public static string Echo(string text, int max = MaxEchoed)
        => text.Length <= max ? text
            : string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[max - 1]) ? max - 1 : max), $"… ({text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters)");

    /// <summary><see cref="Echo(string, int)"/>, keeping null.</summary>
    public static string? EchoOrNull(string? text) => text is null ? null : Echo(text);

    /// <summary>Unix seconds as an instant, clamped to the years 1 to 9999 (the reader reports times beyond them).</summary>
    public static DateTimeOffset FromUnix(long seconds) => DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, -62135596800, 253402300799));

    /// <summary>The instant at a UTC offset; in UTC where the local clock would lie outside the years 1 to 9999.</summary>
    public static DateTimeOffset AtOffset(long utcSeconds, int offsetSeconds)
    {
        var instant = FromUnix(utcSeconds);
        var local = instant.UtcTicks + (offsetSeconds * TimeSpan.TicksPerSecond);
        return local < DateTime.MinValue.Ticks || local > DateTime.MaxValue.Ticks || offsetSeconds % 60 != 0 || Math.Abs(offsetSeconds) > 50_400
            ? instant : instant.ToOffset(TimeSpan.FromSeconds(offsetSeconds));
    }

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

    /// <summary>"1 reading", "2 readings", "0 usage summaries": a count with its noun in the right number.</summary>
    public static string Count(long count, string one, string? many = null) => $"{Summary.Figures.Integer(count)} {(count == 1 ? one : many ?? one + "s")}";
}
