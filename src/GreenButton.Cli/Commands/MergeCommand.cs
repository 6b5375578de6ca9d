using System.CommandLine;
using GreenButton.Cli.Inputs;

namespace GreenButton.Cli.Commands;

/// <summary>
/// <c>greenbutton merge FILE... -o OUT.xml [--prefer first|last]</c>: several downloads into one feed, by the core's
/// <see cref="GreenButtonMerger"/> rules; conflicts are listed on standard error with both values.
/// </summary>
internal sealed class MergeCommand : ICliCommand
{
    public string Name => "merge";

    private const int SameLines = 10;

    public Command Create(CliEnvironment environment)
    {
        var files = new Argument<string[]>("FILE") { Description = "The downloads to merge, in order (one gives a normalised rewrite): Green Button XML (gzip too), utility CSV, globs, directories, .zip archives, '-' for standard input.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The merged feed; '-' for standard output.", Required = true };
        var prefer = new Option<MergePreference>("--prefer")
        {
            Description = "Which input wins when two hold different values for one reading: first or last.",
            DefaultValueFactory = _ => MergePreference.First,
        };
        var lenient = CommonOptions.Lenient();
        var command = new Command(Name, "Merge several downloads (overlapping dates, other meters) into one feed; readings deduplicated by start.")
        {
            files, output, prefer, lenient,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, environment, async ct =>
        {
            var readerOptions = new GreenButtonReaderOptions { Lenient = parse.GetValue(lenient) };
            var options = new GreenButtonMergeOptions { Prefer = parse.GetValue(prefer), ReaderOptions = readerOptions };
            using var set = InputSet.Expand(parse.GetValue(files) ?? [], environment.StandardInput, CommonOptions.Csv(parse));
            // A utility CSV download enters as the ESPI XML it converts to; its reader's findings are reported with the merge's.
            var csvDiagnostics = set.Files.Select(_ => new List<GreenButtonDiagnostic>()).ToList();
            var inputs = set.Files.Select((file, i) => new GreenButtonMergeInput(file.Name, () => file.OpenEspi(readerOptions, null, csvDiagnostics[i]))).ToList();
            GreenButtonMergeResult? result = null;
            await XmlOutput.WriteAsync(parse.GetValue(output)!, environment, stream => result = GreenButtonMerger.Merge(inputs, stream, options)).ConfigureAwait(false);
            var quiet = parse.GetValue(CommonOptions.Quiet);
            if (!quiet)
            {
                foreach (var conflict in result!.Conflicts)
                {
                    await environment.Error.WriteLineAsync($"conflict: {conflict}").ConfigureAwait(false);
                }
                // A feed of many meters may repeat one ReadingType under each meter's href: the first few say what happens.
                foreach (var same in result.Deduplicated.Take(SameLines))
                {
                    await environment.Error.WriteLineAsync($"same: {same}").ConfigureAwait(false);
                }
                if (result.Deduplicated.Count > SameLines)
                {
                    await environment.Error.WriteLineAsync($"same: {result.Deduplicated.Count - SameLines} more resources kept once under another href").ConfigureAwait(false);
                }
                await environment.Error.WriteLineAsync($"merged {inputs.Count} file(s): {result.EntriesWritten} entries, {result.ReadingsWritten} readings").ConfigureAwait(false);
                await environment.Error.WriteLineAsync($"left out {result.DuplicateEntries} duplicate entries ({result.Deduplicated.Count} under other hrefs), {result.DuplicateReadings} duplicate readings").ConfigureAwait(false);
                await environment.Error.WriteLineAsync($"{result.Conflicts.Count} conflict(s), kept {parse.GetValue(prefer).ToString().ToLowerInvariant()}").ConfigureAwait(false);
            }
            await XmlOutput.ReportAsync(environment, csvDiagnostics.SelectMany(d => d).Concat(result!.Diagnostics), quiet).ConfigureAwait(false);
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
