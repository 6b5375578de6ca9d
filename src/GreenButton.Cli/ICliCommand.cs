using System.CommandLine;

namespace GreenButton.Cli;

/// <summary>A subcommand of <c>greenbutton</c>; every implementation in the assembly is registered.</summary>
internal interface ICliCommand
{
    /// <summary>Place in the help listing.</summary>
    int Order { get; }

    /// <summary>Builds the command, its options and its action.</summary>
    Command Create(CliEnvironment environment);
}
