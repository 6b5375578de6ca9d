using System.CommandLine;
using GreenButton.Cli.Inputs;
using GreenButton.Cli.Samples;
using GreenButton.Cli.Summary;

namespace GreenButton.Cli.Commands;

/// <summary>The output of <c>summary</c>.</summary>
internal enum SummaryFormat
{
    Text,
    Json,
}

/// <summary><c>greenbutton summary FILE... [--format text|json] [--wide] [--lenient]</c>.</summary>
internal sealed class SummaryCommand : ICliCommand
{
    public string Name => "summary";

    public Command Create(CliEnvironment environment)
    {
        var files = CommonOptions.Files(ArgumentArity.ZeroOrMore);
        files.Description += " Without FILE, the bundled sample.";
        var format = CommonOptions.Format("text (tables that fit the terminal) or json (every figure exact: the contract of schemas/greenbutton-summary.schema.json).",
            SummaryFormat.Text);
        var wide = CommonOptions.Wide();
        var lenient = CommonOptions.Lenient();
        var command = new Command(Name, "Per usage point and meter reading: kinds, units, intervals, counts, first and last times, totals, costs, qualities, gaps, overlaps, diagnostics.")
        {
            files, format, wide, lenient, Customers.CustomerOptions.ShowPersonalData,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, environment,
            ct => SummariseAsync(parse.GetValue(files) ?? [], format.ValueOf(parse), parse.GetValue(lenient), parse.GetValue(wide), parse, environment, ct), cancellationToken));
        return command;
    }

    /// <summary>Summarises every input (the sample when none); a file that fails is reported and the others go on.</summary>
    public static async Task<int> SummariseAsync(string[] arguments, SummaryFormat format, bool lenient, bool wide, ParseResult parse, CliEnvironment environment,
        CancellationToken cancellationToken)
    {
        var quiet = parse.GetValue(CommonOptions.Quiet);
        var verbose = parse.GetValue(CommonOptions.Verbose);
        using var inputs = arguments.Length == 0 ? null : InputSet.Expand(arguments, environment.StandardInput, CommonOptions.Csv(parse));
        var files = inputs?.Files ?? [BundledSample.Input()];
        var options = new GreenButtonReaderOptions { Lenient = lenient };
        var summaries = new List<FileSummary>();
        var exitCode = ExitCodes.Ok;
        foreach (var input in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                // One pass: every figure of the summary is measured as the input is read.
                var opened = Consoles.WithProgress(environment, quiet, input.Length, input.Name,
                    progress => InputFeed.Open(input, options, progress, cancellationToken));
                using var feed = opened.Feed;
                await NoGreenButtonDataException.CheckAsync(input.Name, feed, lenient, quiet, environment).ConfigureAwait(false);
                summaries.Add(SummaryBuilder.Build(input.Name, feed) with { Customers = Customers.CustomerSummaryBuilder.Build(feed, Customers.CustomerOptions.Get(parse)), Diagnostics = [.. opened.Diagnostics.Select(SummaryBuilder.Diagnostic)] });
            }
            catch (GreenButtonException ex)
            {
                await CommandRunner.Report(environment, ex, verbose).ConfigureAwait(false);
                exitCode = ExitCodes.Worst(exitCode, ExitCodes.Of(ex));
            }
            catch (NoGreenButtonDataException ex)
            {
                await environment.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                exitCode = ExitCodes.Worst(exitCode, ExitCodes.DataError);
            }
        }
        var report = new SummaryReport(summaries);
        if (format == SummaryFormat.Json)
        {
            await environment.Out.WriteLineAsync(SummaryJson.Serialize(report)).ConfigureAwait(false);
        }
        else
        {
            SummaryText.Write(Consoles.Create(environment.Out, environment.OutputIsTerminal, environment.Width), report, wide);
        }
        return exitCode;
    }
}
