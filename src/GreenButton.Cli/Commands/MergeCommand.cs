using System.CommandLine;

namespace GreenButton.Cli.Commands;

/// <summary>
/// <c>greenbutton merge FILE... -o OUT.xml [--prefer first|last]</c>: several downloads into one feed, by the core's
/// <see cref="GreenButtonMerger"/> rules; conflicts are listed on standard error with both values.
/// </summary>
internal sealed class MergeCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var files = new Argument<string[]>("FILE") { Description = "The Green Button XML files to merge, in order (one gives a normalised rewrite).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The merged feed; '-' for standard output.", Required = true };
        var prefer = new Option<MergePreference>("--prefer")
        {
            Description = "Which input wins when two hold different values for one reading: first or last.",
            DefaultValueFactory = _ => MergePreference.First,
        };
        var lenient = CommonOptions.Lenient();
        var command = new Command("merge", "Merge several downloads (overlapping dates, other meters) into one feed; readings deduplicated by start.")
        {
            files, output, prefer, lenient,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, environment, async ct =>
        {
            var options = new GreenButtonMergeOptions { Prefer = parse.GetValue(prefer), ReaderOptions = new GreenButtonReaderOptions { Lenient = parse.GetValue(lenient) } };
            GreenButtonMergeResult? result = null;
            await XmlOutput.WriteAsync(parse.GetValue(output)!, environment, stream => result = GreenButtonMerger.Merge(parse.GetValue(files) ?? [], stream, options)).ConfigureAwait(false);
            var quiet = parse.GetValue(CommonOptions.Quiet);
            if (!quiet)
            {
                foreach (var conflict in result!.Conflicts)
                {
                    await environment.Error.WriteLineAsync($"conflict: {conflict}").ConfigureAwait(false);
                }
                await environment.Error.WriteLineAsync($"merged {parse.GetValue(files)!.Length} file(s): {result.EntriesWritten} entries, {result.ReadingsWritten} readings").ConfigureAwait(false);
                await environment.Error.WriteLineAsync($"left out {result.DuplicateEntries} duplicate entries, {result.DuplicateReadings} duplicate readings").ConfigureAwait(false);
                await environment.Error.WriteLineAsync($"{result.Conflicts.Count} conflict(s), kept {parse.GetValue(prefer).ToString().ToLowerInvariant()}").ConfigureAwait(false);
            }
            await XmlOutput.ReportAsync(environment, result!.Diagnostics, quiet).ConfigureAwait(false);
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
