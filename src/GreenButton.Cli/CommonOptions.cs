using System.CommandLine;

namespace GreenButton.Cli;

/// <summary>Options shared by the commands.</summary>
internal static class CommonOptions
{
    public static Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "No progress bar.",
        Recursive = true,
    };

    public static Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Stack traces with errors.",
        Recursive = true,
    };

    /// <summary>A new --lenient option (each command owns its instance).</summary>
    public static Option<bool> Lenient() => new("--lenient")
    {
        Description = "Skip the reading or resource whose data is invalid (reported as skipped-reading or skipped-resource errors) instead of failing with exit code 1.",
    };

    /// <summary>The FILE... argument: files, globs, directories (*.xml, recursively), .zip archives, - for standard input.</summary>
    public static Argument<string[]> Files(ArgumentArity arity) => new("FILE")
    {
        Description = "Green Button files, globs, directories (every *.xml below), .zip archives, or - for standard input.",
        Arity = arity,
    };
}
