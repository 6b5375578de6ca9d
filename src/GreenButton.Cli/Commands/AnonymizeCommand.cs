using System.CommandLine;

namespace GreenButton.Cli.Commands;

/// <summary>
/// <c>greenbutton anonymize FILE -o OUT.xml [--key K] [--shift-days N] [--jitter]</c>: the same data without personal data,
/// by the core's <see cref="GreenButtonAnonymizer"/>; what is kept and removed is in the README.
/// </summary>
internal sealed class AnonymizeCommand : ICliCommand
{
    public string Name => "anonymize";

    public Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("FILE") { Description = "The download to anonymise: Green Button XML (gzip too), a utility CSV, or '-' for standard input." };
        var output = new Option<string>("--output", "-o") { Description = "The anonymised feed; '-' for standard output.", Required = true };
        var key = new Option<string?>("--key") { Description = "Key of the hashes that replace ids: files anonymised with one key still link. Default: a random key." };
        var shift = new Option<int>("--shift-days") { Description = "Move every time by N whole days (a multiple of 7 keeps weekdays)." };
        var jitter = new Option<bool>("--jitter") { Description = "Multiply each reading's value and cost by a keyed factor within ±5 % (default: values kept)." };
        var lenient = CommonOptions.Lenient();
        var command = new Command(Name, "Write the same usage data without names, addresses, account numbers or ids, to share it.")
        {
            file, output, key, shift, jitter, lenient,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, environment, async ct =>
        {
            var days = parse.GetValue(shift);
            if (Math.Abs((long)days) > 3_650_000)
            {
                throw new Inputs.UsageException($"--shift-days {days} is beyond the calendar.");
            }
            var path = parse.GetValue(file)!;
            var options = new GreenButtonAnonymizerOptions
            {
                Key = parse.GetValue(key),
                ShiftDays = days,
                Jitter = parse.GetValue(jitter),
                ReaderOptions = new GreenButtonReaderOptions { Lenient = parse.GetValue(lenient), SourceName = path, RedactValues = true },
            };
            var quiet = parse.GetValue(CommonOptions.Quiet);
            if (days % 7 != 0 && !quiet)
            {
                await environment.Error.WriteLineAsync($"note: --shift-days {days} is not a multiple of 7: readings move to other weekdays.").ConfigureAwait(false);
            }
            using var set = Inputs.InputSet.Expand([path], environment.StandardInput, CommonOptions.Csv(parse));
            if (set.Files is not [var source])
            {
                throw new Inputs.UsageException($"anonymize reads one input; '{path}' names {set.Files.Count}.");
            }
            options = options with { ReaderOptions = options.ReaderOptions with { SourceName = source.Name } };
            // A utility CSV download enters as the ESPI XML it converts to (names and account numbers are not carried over).
            var csvDiagnostics = new List<GreenButtonDiagnostic>();
            IReadOnlyList<GreenButtonDiagnostic> diagnostics = [];
            await XmlOutput.WriteAsync(parse.GetValue(output)!, environment, stream =>
            {
                using var input = source.OpenEspi(options.ReaderOptions, null, csvDiagnostics);
                diagnostics = GreenButtonAnonymizer.Anonymize(input, stream, options);
            }).ConfigureAwait(false);
            await XmlOutput.ReportAsync(environment, csvDiagnostics.Concat(diagnostics), quiet).ConfigureAwait(false);
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
