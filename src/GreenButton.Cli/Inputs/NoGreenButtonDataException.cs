namespace GreenButton.Cli.Inputs;

/// <summary>
/// A readable input holds no Green Button data (an XML file of another kind, an empty feed): exit code 1 in strict
/// mode, a warning on standard error with <c>--lenient</c>; never an empty output without a word.
/// </summary>
internal sealed class NoGreenButtonDataException(string message) : Exception(message)
{
    /// <summary>Throws (strict) or warns (lenient, unless quiet) when <paramref name="feed"/> holds no ESPI resource.</summary>
    /// <exception cref="NoGreenButtonDataException">Strict mode, and no ESPI resource.</exception>
    public static async Task CheckAsync(string name, GreenButtonFeed feed, bool lenient, bool quiet, CliEnvironment environment)
    {
        if (feed.Document.Resources.Count > 0)
        {
            return;
        }
        var entries = feed.Document.Entries.Count;
        var what = entries == 0 ? "no Atom entry and no ESPI resource (UsagePoint, MeterReading, IntervalBlock, ...)"
            : $"{entries} Atom entr{(entries == 1 ? "y" : "ies")}, none holding an ESPI resource";
        if (!lenient)
        {
            throw new NoGreenButtonDataException($"{name}: no Green Button data: {what}.");
        }
        if (!quiet)
        {
            await environment.Error.WriteLineAsync($"{name}: warning: no Green Button data: {what}.").ConfigureAwait(false);
        }
    }
}
