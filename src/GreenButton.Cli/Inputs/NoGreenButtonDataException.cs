namespace GreenButton.Cli.Inputs;

/// <summary>
/// A readable input holds no Green Button data (an XML file of another kind, an empty feed): exit code 1 in strict
/// mode, a warning on standard error with <c>--lenient</c>; never an empty output without a word.
/// </summary>
internal sealed class NoGreenButtonDataException(string message) : Exception(message)
{
    /// <summary>Throws (strict) or warns (lenient, unless quiet) when <paramref name="scan"/> found no ESPI resource.</summary>
    /// <exception cref="NoGreenButtonDataException">Strict mode, and no ESPI resource.</exception>
    public static async Task CheckAsync(FeedScan scan, bool lenient, bool quiet, CliEnvironment environment)
    {
        if (scan.Nodes.Count > 0)
        {
            return;
        }
        var what = scan.Entries == 0 ? "no Atom entry and no ESPI resource (UsagePoint, MeterReading, IntervalBlock, ...)"
            : $"{scan.Entries} Atom entr{(scan.Entries == 1 ? "y" : "ies")}, none holding an ESPI resource";
        if (!lenient)
        {
            throw new NoGreenButtonDataException($"{scan.Name}: no Green Button data: {what}.");
        }
        if (!quiet)
        {
            await environment.Error.WriteLineAsync($"{scan.Name}: warning: no Green Button data: {what}.").ConfigureAwait(false);
        }
    }
}
