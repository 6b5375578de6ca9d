namespace GreenButton.Cli.Inputs;

/// <summary>
/// A readable input holds no Green Button data (<see cref="GreenButtonDocument.HasGreenButtonData"/> false): exit code
/// 1 in strict mode, a warning on standard error with <c>--lenient</c>; never an empty output without a word.
/// </summary>
internal sealed class NoGreenButtonDataException(string message) : Exception(message)
{
    /// <summary>Throws (strict) or warns (lenient, unless quiet) when <paramref name="feed"/> holds no Green Button data.</summary>
    /// <exception cref="NoGreenButtonDataException">Strict mode, and no Green Button data.</exception>
    public static async Task CheckAsync(string name, GreenButtonFeed feed, bool lenient, bool quiet, CliEnvironment environment)
    {
        if (feed.Document.NoGreenButtonDataReason is not { } reason)
        {
            return;
        }
        if (!lenient)
        {
            throw new NoGreenButtonDataException($"{name}: no Green Button data: {reason}.");
        }
        if (!quiet)
        {
            await environment.Error.WriteLineAsync($"{name}: warning: no Green Button data: {reason}.").ConfigureAwait(false);
        }
    }
}
