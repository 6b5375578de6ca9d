namespace GreenButton.Cli;

/// <summary>Where a command reads and writes: the console in the tool, strings and streams in tests.</summary>
internal sealed class CliEnvironment
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    /// <summary>Standard input, for the <c>-</c> argument.</summary>
    public Func<Stream> StandardInput { get; init; } = () => Stream.Null;

    /// <summary>Standard output as bytes, for exports written to <c>-</c> or without <c>-o</c>; by default through <see cref="Out"/>.</summary>
    public Func<Stream>? StandardOutput { get; init; }

    public bool OutputIsTerminal { get; init; }

    public bool ErrorIsTerminal { get; init; }

    /// <summary>The width text output is fitted to; null: the terminal's (measured), or wide rows when output is redirected.</summary>
    public int? Width { get; init; }

    /// <summary>The process's own console.</summary>
    public static CliEnvironment FromConsole() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        StandardInput = Console.OpenStandardInput,
        StandardOutput = Console.OpenStandardOutput,
        OutputIsTerminal = !Console.IsOutputRedirected,
        ErrorIsTerminal = !Console.IsErrorRedirected,
    };
}
