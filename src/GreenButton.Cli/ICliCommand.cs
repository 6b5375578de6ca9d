using System.CommandLine;

namespace GreenButton.Cli;

/// <summary>A subcommand of <c>greenbutton</c>, registered in <see cref="GreenButtonCli.Subcommands"/>.</summary>
internal interface ICliCommand
{
    /// <summary>Builds the command, its options and its action.</summary>
    Command Create(CliEnvironment environment);
}
