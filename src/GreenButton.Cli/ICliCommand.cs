using System.CommandLine;

namespace GreenButton.Cli;

/// <summary>A subcommand of <c>greenbutton</c>, registered in <see cref="GreenButtonCli.Subcommands"/>.</summary>
internal interface ICliCommand
{
    /// <summary>The command's name on the command line (known without building the command).</summary>
    string Name { get; }

    /// <summary>Builds the command, named <see cref="Name"/>, its options and its action.</summary>
    Command Create(CliEnvironment environment);
}
