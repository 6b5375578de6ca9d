using System.CommandLine;
using System.Reflection;

namespace GreenButton.Cli;

/// <summary>
/// The <c>greenbutton</c> root command. Subcommands are the <see cref="ICliCommand"/> classes of this assembly
/// (one per file under <c>Commands/</c>): a new command is a new class, nothing else changes.
/// </summary>
internal static class GreenButtonCli
{
    public static RootCommand CreateRootCommand(CliEnvironment environment)
    {
        var root = new RootCommand("Green Button (NAESB REQ.21 ESPI) energy data: summaries, CSV / JSON lines / Parquet exports, inspection. "
            + "Without a command, summarises the bundled sample feed.");
        root.Options.Add(CommonOptions.Quiet);
        root.Options.Add(CommonOptions.Verbose);
        root.Options.Add(CommonOptions.TimeZone);
        var commands = typeof(GreenButtonCli).Assembly.GetTypes()
            .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (ICliCommand)Activator.CreateInstance(t, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, null, null)!)
            .OrderBy(c => c.Order).ThenBy(c => c.GetType().Name, StringComparer.Ordinal);
        foreach (var command in commands)
        {
            root.Subcommands.Add(command.Create(environment));
        }
        root.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, environment,
            ct => Commands.SummaryCommand.SummariseAsync([], Commands.SummaryFormat.Text, lenient: false, parse, environment, ct), cancellationToken));
        return root;
    }

    /// <summary>Parses and runs; parse errors are usage errors (exit code 2), reported one per line.</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var root = CreateRootCommand(environment);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await environment.Error.WriteLineAsync($"greenbutton: {error.Message}").ConfigureAwait(false);
            }
            await environment.Error.WriteLineAsync("Run 'greenbutton --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        var configuration = new InvocationConfiguration
        {
            Output = environment.Out,
            Error = environment.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
