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
    /// executable's file name, which for the tool is <c>GreenButton.Cli</c>. Given the command line, only the
    /// subcommand it runs is built (<see cref="InvokedSubcommand"/>); without it, or when unsure, every one is.
    /// </summary>
    public static Command CreateRootCommand(CliEnvironment environment, IReadOnlyList<string>? args = null)
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
        var subcommands = Subcommands();
        var invoked = args is null ? -1 : InvokedSubcommand(args, subcommands);
        for (var i = 0; i < subcommands.Length; i++)
        {
            if (invoked < 0 || i == invoked)
            {
                root.Subcommands.Add(subcommands[i].Create(environment));
            }
        }
        root.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, environment,
            ct => Commands.SummaryCommand.SummariseAsync([], Commands.SummaryFormat.Text, lenient: false, parse.GetValue(wide), parse, environment, ct), cancellationToken));
        CommonOptions.UsePlainParsers(root);
        return root;
    }

    /// <summary>
    /// The index in <paramref name="subcommands"/> of the subcommand <paramref name="args"/> run, or -1 when that is not
    /// certain: its first token that is neither a root option nor the value of <c>--time-zone</c> names it. Building
    /// one command instead of nine saves a one-shot process the JIT of the other commands' options (generic code over
    /// their value types, which ReadyToRun cannot hold). The parse is the same: tokens after a subcommand's name are
    /// matched against that subcommand and the root's options only. A response file (<c>@file</c>), <c>--</c>,
    /// <c>-</c> or anything else before a command name builds every command, as before.
    /// </summary>
    internal static int InvokedSubcommand(IReadOnlyList<string> args, ICliCommand[] subcommands)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (token == CommonOptions.TimeZone.Name)
            {
                i++; // its value, which may be any word
            }
            else if (token is "--" or "-" || token.StartsWith('@'))
            {
                return -1;
            }
            else if (!token.StartsWith('-'))
            {
                return Array.FindIndex(subcommands, c => c.Name == token);
            }
        }
        return -1;
    }

    /// <summary>Parses and runs; parse errors are usage errors (exit code 2), reported one per line.</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var root = CreateRootCommand(environment, args);
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
