using System.CommandLine;
using GreenButton.Cli.Export;

namespace GreenButton.Cli.Commands;

/// <summary>
/// <c>greenbutton export FILE... [-f csv|jsonl|parquet] [-o OUT] [--interval raw|hour|day|month] [--local-time] [--lenient]</c>:
/// the flat interval table. Each input is read in streaming passes (links, then rows, then each net pair), so memory
/// does not grow with the input. A file output appears only when complete: it is written beside OUT and renamed.
/// When more than one input is exported, every row starts with a <c>file</c> column naming its input (a single input's
/// output is unchanged).
/// </summary>
internal sealed class ExportCommand : ICliCommand
{
    public string Name => "export";

    public Command Create(CliEnvironment environment)
    {
        var files = CommonOptions.Files(ArgumentArity.OneOrMore);
        var format = CommonOptions.Choice<ExportFormat>("--format", ["-f"],
            "csv (RFC 4180, CRLF), jsonl (one JSON object per line) or parquet (typed columns; needs -o). [default: from the extension of -o, else csv]");
        var legacyTo = CommonOptions.Choice<ExportFormat>("--to", ["-t"], "The former spelling of --format.");
        legacyTo.Hidden = true;
        var output = CommonOptions.Output("The output file; standard output when absent or '-'.");
        var interval = CommonOptions.Choice<ExportInterval>("--interval", ["-i"], "raw (a row per reading), or sums per local hour, day or month (DST-correct).",
            ExportInterval.Raw);
        var localTime = new Option<bool>("--local-time") { Description = "Add start_local (wall clock of the usage point's LocalTimeParameters) and utc_offset_seconds." };
        var lenient = CommonOptions.Lenient();
        var command = new Command(Name, "The flat interval table (usage point, meter reading, start, duration, raw and scaled value, unit, flow, cost, quality, tou) "
            + "as CSV, JSON lines or Parquet, with a net series (forward - reverse) where both flows exist.")
        {
            files, format, legacyTo, output, interval, localTime, lenient,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, environment, ct => ExportAsync(new ExportRequest(
            parse.GetValue(files) ?? [], FormatOf(parse.GetValue(format) ?? parse.GetValue(legacyTo), parse.GetValue(output)), parse.GetValue(output),
            interval.ValueOf(parse), parse.GetValue(localTime), parse.GetValue(lenient), parse.GetValue(CommonOptions.Quiet)) { Csv = CommonOptions.Csv(parse) }, environment, ct), cancellationToken));
        return command;
    }

    /// <summary>The format asked for; else the one the output's extension names (<c>.parquet</c>, <c>.jsonl</c>, <c>.ndjson</c>); else CSV.</summary>
    internal static ExportFormat FormatOf(ExportFormat? asked, string? output)
        => asked ?? Path.GetExtension(output ?? "").ToLowerInvariant() switch
        {
            ".parquet" => ExportFormat.Parquet,
            ".jsonl" or ".ndjson" => ExportFormat.Jsonl,
            _ => ExportFormat.Csv,
        };

    internal sealed record ExportRequest(string[] Files, ExportFormat Format, string? Output, ExportInterval Interval, bool LocalTime, bool Lenient, bool Quiet)
    {
        /// <summary>How CSV inputs are read (--time-zone).</summary>
        public GreenButton.Csv.GreenButtonCsvOptions Csv { get; init; }
    }

    internal static async Task<int> ExportAsync(ExportRequest request, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var toStdout = request.Output is null or "-";
        if (toStdout && request.Format == ExportFormat.Parquet)
        {
            throw new UsageException("--format parquet needs an output file: -o FILE.parquet.");
        }
        using var inputs = InputSet.Expand(request.Files, environment.StandardInput, request.Csv);
        var options = new GreenButtonReaderOptions { Lenient = request.Lenient };
        var partial = toStdout ? null : OutputFile.PartialOf(request.Output!);
        var buffer = toStdout && environment.StandardOutput is null ? new MemoryStream() : null;
        var stream = partial is not null ? OutputFile.Create(request.Output!, partial) : buffer ?? environment.StandardOutput!();
        var complete = false;
        try
        {
            await using (stream.ConfigureAwait(false))
            {
                var writer = RowWriter.Create(request.Format, stream, request.LocalTime, withFile: inputs.Files.Count > 1);
                await using (writer.ConfigureAwait(false))
                {
                    foreach (var input in inputs.Files)
                    {
                        writer.File = input.Name;
                        await ExportInputAsync(input, request, options, writer, environment, cancellationToken).ConfigureAwait(false);
                    }
                    await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            if (partial is not null)
            {
                OutputFile.Commit(partial, request.Output!);
            }
            else if (buffer is not null)
            {
                await environment.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
            }
            complete = true;
            return ExitCodes.Ok;
        }
        finally
        {
            if (!complete && partial is not null)
            {
                File.Delete(partial);
            }
        }
    }

    private static async Task ExportInputAsync(InputFile input, ExportRequest request, GreenButtonReaderOptions options, RowWriter writer, CliEnvironment environment,
        CancellationToken cancellationToken)
    {
        var opened = Consoles.WithProgress(environment, request.Quiet, input.Length, $"{input.Name}: links",
            progress => InputFeed.Open(input, options, progress, cancellationToken, spoolReadings: true));
        using var feed = opened.Feed;
        await NoGreenButtonDataException.CheckAsync(input.Name, feed, request.Lenient, request.Quiet, environment).ConfigureAwait(false);
        var rows = new ExportRows(feed, request.Interval, request.LocalTime);
        await Consoles.WithProgressAsync(environment, request.Quiet, input.Length, $"{input.Name}: rows", async progress =>
        {
            opened.Progress = progress;
            foreach (var item in rows.Rows(null, cancellationToken))
            {
                await writer.WriteAsync(item.Row, cancellationToken).ConfigureAwait(false);
            }
            return true;
        }).ConfigureAwait(false);
        opened.Progress = null;
        var pairs = NetSeries.Pairs(feed);
        if (pairs.Count > 0)
        {
            var unmatched = new List<(ReadingSeries Forward, int Count)>();
            foreach (var row in NetSeries.Rows(rows, pairs, (forward, n) => unmatched.Add((forward, n)), cancellationToken))
            {
                await writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
            }
            foreach (var (forward, count) in unmatched.Where(u => u.Count > 0 && !request.Quiet))
            {
                await environment.Error.WriteLineAsync($"{input.Name}: net series of {Formats.EchoOrNull(forward.MeterReading.SelfHref ?? forward.MeterReading.Title)}: {count} row(s) without a partner of the other flow direction were left out.").ConfigureAwait(false);
            }
        }
        var warnings = opened.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var errors = opened.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var unattached = feed.Document.IntervalBlocks.Count(b => b.MeterReading is null);
        if ((warnings > 0 || errors > 0 || unattached > 0) && !request.Quiet)
        {
            await environment.Error.WriteLineAsync($"{input.Name}: {errors} error(s), {warnings} warning(s)"
                + (unattached > 0 ? $", {unattached} IntervalBlock(s) without a MeterReading not exported" : "")
                + " ('greenbutton summary' lists them).").ConfigureAwait(false);
        }
    }
}
