using System.CommandLine;
using GreenButton.Cli.Inputs;

namespace GreenButton.Cli;

/// <summary>Runs a command's work and turns every failure into its exit code and a one-line message.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(ParseResult parse, CliEnvironment environment, Func<CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        var verbose = parse.GetValue(CommonOptions.Verbose);
        try
        {
            return await work(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await environment.Error.WriteLineAsync("greenbutton: cancelled.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (UsageException ex)
        {
            await environment.Error.WriteLineAsync($"greenbutton: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (GreenButtonException ex)
        {
            await Report(environment, ex, verbose).ConfigureAwait(false);
            return ExitCodes.Of(ex);
        }
        catch (NoGreenButtonDataException ex)
        {
            await environment.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return ExitCodes.DataError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await environment.Error.WriteLineAsync(verbose ? ex.ToString() : $"greenbutton: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }
#pragma warning disable CA1031 // The tool's last resort: one line (a stack trace with --verbose), never an unhandled crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await environment.Error.WriteLineAsync(verbose ? ex.ToString() : $"greenbutton: internal error: {ex.GetType().Name}: {Formats.Echo(ex.Message, Formats.MaxMessage)} (--verbose for details)").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Writes <c>file:line:column: reason at path (entry id)</c>, with the stack trace under --verbose.</summary>
    public static Task Report(CliEnvironment environment, GreenButtonException exception, bool verbose)
        => environment.Error.WriteLineAsync(verbose ? exception.ToString() : Formats.Echo(exception.Message, Formats.MaxMessage));
}
