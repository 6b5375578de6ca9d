using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace GreenButton.Cli;

/// <summary>
/// Options shared by the commands, and the factories that give every command one spelling of the same option
/// (<c>-o, --output</c>; <c>-f, --format</c>) and lower-case choices (<c>csv|jsonl|parquet</c>) whose errors name the
/// choices, never a .NET type.
/// </summary>
internal static class CommonOptions
{
    public static Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "No progress bar, no warnings.",
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
        Description = "Skip the reading or resource whose data is invalid (reported as skipped-reading or skipped-resource errors) instead of failing with exit code 1.",
    };

    /// <summary>A new --wide option: the summary's every column, whatever the console's width.</summary>
    public static Option<bool> Wide() => new("--wide", "-w")
    {
        Description = "Every column of the summary table, even when it is wider than the terminal (which then wraps cells).",
    };

    /// <summary>The FILE... argument: files, globs, directories (*.xml, recursively), .zip archives, - for standard input.</summary>
    public static Argument<string[]> Files(ArgumentArity arity) => new("FILE")
    {
        Description = "Green Button files (ESPI XML, .xml.gz, or a utility's CSV download), globs, directories (every *.xml and *.xml.gz below), .zip archives, or - for standard input.",
        Arity = arity,
    };

    /// <summary><c>-o, --output FILE</c>: the one spelling of "where the command writes" in every command.</summary>
    public static Option<string?> Output(string description) => new("--output", "-o")
    {
        Description = description,
        HelpName = "FILE",
    };

    /// <summary><c>-f, --format a|b|c</c>: the one spelling of "what the command writes" in every command.</summary>
    public static ChoiceOption<T> Format<T>(string description, T defaultValue) where T : struct, Enum
        => Choice<T>("--format", ["-f"], description, defaultValue);

    /// <summary>
    /// An option taking one of <typeparamref name="T"/>'s names in lower case (<c>csv|jsonl|parquet</c>); any case is
    /// accepted, and a wrong value lists the choices. The default (if any) is shown in help as it is typed.
    /// </summary>
    public static ChoiceOption<T> Choice<T>(string name, string[] aliases, string description, T? defaultValue = null) where T : struct, Enum
    {
        var names = ChoiceNames<T>();
        var option = new ChoiceOption<T>(name, aliases, defaultValue)
        {
            Description = defaultValue is { } value ? $"{description} [default: {ChoiceName(value)}]" : description,
            HelpName = string.Join('|', names),
            CustomParser = result => ParseChoice<T>(result, name),
        };
        option.CompletionSources.Add(names);
        return option;
    }

    /// <summary>Restricts a string option to <paramref name="names"/>; a wrong value lists them, as <see cref="Choice{T}"/> does.</summary>
    public static void OneOf(Option<string?> option, params string[] names)
    {
        option.HelpName = string.Join('|', names);
        option.CompletionSources.Add(names);
        option.Validators.Add(result => Validate(result, option.Name, names));
    }

    /// <summary>Restricts a string argument to <paramref name="names"/>; a wrong value lists them.</summary>
    public static void OneOf(Argument<string> argument, params string[] names)
    {
        argument.CompletionSources.Add(names);
        argument.Validators.Add(result => Validate(result, argument.Name, names));
    }

    private static void Validate(SymbolResult result, string name, string[] names)
    {
        foreach (var token in result.Tokens)
        {
            if (!names.Contains(token.Value, StringComparer.Ordinal))
            {
                result.AddError($"{name}: '{token.Value}' is not one of {Alternatives(names)}.");
            }
        }
    }

    /// <summary>The names a user types: <c>csv</c>, <c>jsonl</c>, <c>parquet</c>.</summary>
    public static string[] ChoiceNames<T>() where T : struct, Enum => [.. Enum.GetValues<T>().Select(ChoiceName)];

    /// <summary>A value as it is typed (and shown as a default in help): its name in lower case.</summary>
    public static string ChoiceName<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary><c>a</c>, <c>a or b</c>, <c>a, b or c</c>.</summary>
    public static string Alternatives(IReadOnlyList<string> names)
        => names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}";

    private static T? ParseChoice<T>(ArgumentResult result, string name) where T : struct, Enum
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(ChoiceName(value), token, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        result.AddError($"{name}: '{token}' is not one of {Alternatives(ChoiceNames<T>())}.");
        return null;
    }

    /// <summary>
    /// Gives every typed option of <paramref name="command"/> and its subcommands a parser whose error says what to type
    /// (a whole number, a date as yyyy-MM-dd) instead of a .NET type name; options with their own parser keep it.
    /// </summary>
    public static void UsePlainParsers(Command command)
    {
        foreach (var option in command.Options)
        {
            switch (option)
            {
                case Option<int> o when o.CustomParser is null:
                    o.CustomParser = r => ParseNumber(r, o.Name, "a whole number", static (string s, out int v) => int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v));
                    break;
                case Option<int?> o when o.CustomParser is null:
                    o.CustomParser = r => ParseNumber(r, o.Name, "a whole number", static (string s, out int v) => int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v));
                    break;
                case Option<double?> o when o.CustomParser is null:
                    o.CustomParser = r => ParseNumber(r, o.Name, "a number", static (string s, out double v) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out v));
                    break;
                case Option<DateOnly?> o when o.CustomParser is null:
                    o.CustomParser = r => ParseNumber(r, o.Name, "a date written yyyy-MM-dd",
                        static (string s, out DateOnly v) => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out v));
                    break;
            }
        }
        foreach (var subcommand in command.Subcommands)
        {
            UsePlainParsers(subcommand);
        }
    }

    private delegate bool TryParse<T>(string text, out T value);

    private static T ParseNumber<T>(ArgumentResult result, string name, string what, TryParse<T> parse) where T : struct
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (parse(token, out var value))
        {
            return value;
        }
        result.AddError($"{name}: '{token}' is not {what}.");
        return default;
    }
}

/// <summary>
/// A <see cref="CommonOptions.Choice{T}"/> option: null when absent, so that help never shows the enum's .NET name as
/// the default; <see cref="ValueOf"/> gives the value or the default.
/// </summary>
internal sealed class ChoiceOption<T>(string name, string[] aliases, T? defaultValue) : Option<T?>(name, aliases) where T : struct, Enum
{
    /// <summary>The value when the option is absent; null when the caller decides.</summary>
    public T? Default { get; } = defaultValue;

    public T ValueOf(ParseResult parse) => parse.GetValue(this) ?? Default ?? default;
}
