using System.CommandLine;
using System.CommandLine.Help;

namespace GreenButton.Cli;

/// <summary>
/// The <c>greenbutton</c> root command. Subcommands are the <see cref="ICliCommand"/> classes under <c>Commands/</c>,
/// listed in <see cref="Subcommands"/> (no reflection: the tool trims and publishes native AOT).
/// </summary>
internal static class GreenButtonCli
{
    /// <summary>The command's name in help and messages, whatever the executable is called (GreenButton.Cli.dll, a tool shim).</summary>
    public const string Name = "greenbutton";

    /// <summary>The subcommands, in the order help lists them: a new command is a new class and a line here.</summary>
    internal static ICliCommand[] Subcommands() =>
    [
        new Commands.SummaryCommand(),
        new Commands.ExportCommand(),
        new Commands.InspectCommand(),
        new Commands.ConvertCommand(),
        new Commands.ValidateCommand(),
        new Commands.MergeCommand(),
        new Commands.AnonymizeCommand(),
        new Commands.SandboxCommand(),
        new Commands.FetchCommand(),
    ];

    /// <summary>
    /// The root command. A plain <see cref="Command"/> named <see cref="Name"/>: a <see cref="RootCommand"/> takes the
    /// executable's file name, which for the tool is <c>GreenButton.Cli</c>.
    /// </summary>
    public static Command CreateRootCommand(CliEnvironment environment)
    {
        var root = new Command(Name, "Green Button (NAESB REQ.21 ESPI) energy data: summaries, CSV / JSON lines / Parquet exports, inspection. "
            + "Without a command, summarises the bundled sample feed.");
        var help = new HelpOption();
        root.Options.Add(help);
        root.Options.Add(new VersionOption());
        root.Options.Add(CommonOptions.Quiet);
        root.Options.Add(CommonOptions.Verbose);
        root.Options.Add(CommonOptions.TimeZone);
        var wide = CommonOptions.Wide();
        root.Options.Add(wide);
        foreach (var command in Subcommands())
        {
            root.Subcommands.Add(command.Create(environment));
        }
        root.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, environment,
            ct => Commands.SummaryCommand.SummariseAsync([], Commands.SummaryFormat.Text, lenient: false, parse.GetValue(wide), parse, environment, ct), cancellationToken));
        CommonOptions.UsePlainParsers(root);
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
                await environment.Error.WriteLineAsync($"{Name}: {error.Message.ReplaceLineEndings(" ")}").ConfigureAwait(false);
            }
            var command = parse.CommandResult.Command;
            var path = command == root ? Name : $"{Name} {command.Name}";
            await environment.Error.WriteLineAsync($"Run '{path} --help' for usage.").ConfigureAwait(false);
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
