using Spectre.Console;

namespace GreenButton.Cli;

/// <summary>Spectre.Console consoles over the environment's writers, and the progress bar.</summary>
internal static class Consoles
{
    /// <summary>Inputs above this size get a progress bar (when stderr is a terminal and --quiet is off).</summary>
    public const long ProgressThreshold = 20L * 1024 * 1024;

    /// <summary>A console over <paramref name="writer"/>: the terminal's width when it is one, else <paramref name="width"/> or wide rows.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool terminal, int? width = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (width is { } fixedWidth)
        {
            console.Profile.Width = fixedWidth;
        }
        else if (!terminal)
        {
            console.Profile.Width = 320; // redirected output: wide rows rather than wrapped cells
        }
        return console;
    }

    /// <summary>
    /// Runs <paramref name="work"/>, which reports bytes read; shows a progress bar on stderr when it is a terminal,
    /// the input is larger than <see cref="ProgressThreshold"/>, and --quiet is off.
    /// </summary>
    public static T WithProgress<T>(CliEnvironment environment, bool quiet, long totalBytes, string description, Func<Action<long>?, T> work)
    {
        if (quiet || !environment.ErrorIsTerminal || totalBytes <= ProgressThreshold)
        {
            return work(null);
        }
        var console = Create(environment.Error, terminal: true);
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: totalBytes);
                return work(bytes => task.Value = Math.Min(bytes, totalBytes));
            });
    }

    /// <summary>The asynchronous form of <see cref="WithProgress{T}"/>.</summary>
    public static async Task<T> WithProgressAsync<T>(CliEnvironment environment, bool quiet, long totalBytes, string description, Func<Action<long>?, Task<T>> work)
    {
        if (quiet || !environment.ErrorIsTerminal || totalBytes <= ProgressThreshold)
        {
            return await work(null).ConfigureAwait(false);
        }
        var console = Create(environment.Error, terminal: true);
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: totalBytes);
                return await work(bytes => task.Value = Math.Min(bytes, totalBytes)).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }
}
