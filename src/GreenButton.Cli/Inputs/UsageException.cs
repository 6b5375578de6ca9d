namespace GreenButton.Cli.Inputs;

/// <summary>The command line asks for something impossible (exit code 2): no input matches, an option is missing.</summary>
internal sealed class UsageException(string message) : Exception(message);
