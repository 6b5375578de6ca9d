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

    /// <summary>--time-zone: the zone of a CSV download's local times, when its utility's default is wrong.</summary>
    public static Option<string?> TimeZone { get; } = new("--time-zone")
    {
        Description = "The IANA time zone of CSV inputs' local times (default: the utility's, e.g. America/Los_Angeles for SCE and SDG&E).",
        Recursive = true,
    };

    /// <summary>The CSV options of the command line: the --time-zone given, or the utility's.</summary>
    /// <exception cref="UsageException">The zone is not known to this system.</exception>
    public static GreenButton.Csv.GreenButtonCsvOptions Csv(ParseResult parse)
    {
        if (parse.GetValue(TimeZone) is not { Length: > 0 } id)
        {
            return default;
        }
        try
        {
            return new GreenButton.Csv.GreenButtonCsvOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(id) };
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new UsageException($"--time-zone: '{id}' is not a time zone this system knows (an IANA name such as America/New_York).");
        }
    }

    /// <summary>A new --lenient option (each command owns its instance).</summary>
    public static Option<bool> Lenient() => new("--lenient")
    {
        Description = "Skip entries whose data is invalid (reported as skipped-entry errors) instead of failing with exit code 1.",
    };

    /// <summary>The FILE... argument: files, globs, directories (*.xml, recursively), .zip archives, - for standard input.</summary>
    public static Argument<string[]> Files(ArgumentArity arity) => new("FILE")
    {
        Description = "Green Button files (ESPI XML, or a utility's CSV download), globs, directories (every *.xml below), .zip archives, or - for standard input.",
        Arity = arity,
    };
}
