using System.CommandLine;
using GreenButton.Cli.Export;

namespace GreenButton.Cli.Commands;

/// <summary>
/// <c>greenbutton export FILE... --to csv|jsonl|parquet [-o OUT] [--interval raw|hour|day|month] [--local-time] [--lenient]</c>:
/// the flat interval table. Each input is read in streaming passes (links, then rows, then each net pair), so memory
/// does not grow with the input. A file output appears only when complete: it is written beside OUT and renamed.
/// When more than one input is exported, every row starts with a <c>file</c> column naming its input (a single input's
/// output is unchanged).
/// </summary>
internal sealed class ExportCommand : ICliCommand
{
    public int Order => 2;

    public Command Create(CliEnvironment environment)
    {
        var files = CommonOptions.Files(ArgumentArity.OneOrMore);
        var to = new Option<ExportFormat>("--to", "-t")
        {
            Description = "csv (RFC 4180, CRLF), jsonl (one JSON object per line) or parquet (typed columns; needs -o).",
            Required = true,
        };
        var output = new Option<string?>("--output", "-o") { Description = "The output file; standard output when absent or '-'." };
        var interval = new Option<ExportInterval>("--interval", "-i")
        {
            Description = "raw (a row per reading), or sums per local hour, day or month (DST-correct).",
            DefaultValueFactory = _ => ExportInterval.Raw,
        };
        var localTime = new Option<bool>("--local-time") { Description = "Add start_local (wall clock of the usage point's LocalTimeParameters) and utc_offset_seconds." };
        var lenient = CommonOptions.Lenient();
        var command = new Command("export", "The flat interval table (usage point, meter reading, start, duration, raw and scaled value, unit, flow, cost, quality, tou) "
            + "as CSV, JSON lines or Parquet, with a net series (forward - reverse) where both flows exist.")
        {
            files, to, output, interval, localTime, lenient,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, environment, ct => ExportAsync(new ExportRequest(
            parse.GetValue(files) ?? [], parse.GetValue(to), parse.GetValue(output), parse.GetValue(interval), parse.GetValue(localTime), parse.GetValue(lenient),
            parse.GetValue(CommonOptions.Quiet)), environment, ct), cancellationToken));
        return command;
    }

    internal sealed record ExportRequest(string[] Files, ExportFormat Format, string? Output, ExportInterval Interval, bool LocalTime, bool Lenient, bool Quiet);

    internal static async Task<int> ExportAsync(ExportRequest request, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var toStdout = request.Output is null or "-";
        if (toStdout && request.Format == ExportFormat.Parquet)
        {
            throw new UsageException("--to parquet needs an output file: -o FILE.parquet.");
        }
        using var inputs = InputSet.Expand(request.Files, environment.StandardInput);
        var options = new GreenButtonReaderOptions { Lenient = request.Lenient };
        var partial = toStdout ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(request.Output!))!, $".{Path.GetFileName(request.Output)}.{Guid.NewGuid():N}.partial");
        var buffer = toStdout && environment.StandardOutput is null ? new MemoryStream() : null;
        var stream = partial is not null ? new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16)
            : buffer ?? environment.StandardOutput!();
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
                File.Move(partial, request.Output!, overwrite: true);
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
        var scan = Consoles.WithProgress(environment, request.Quiet, input.Length, $"{input.Name}: links",
            progress => FeedScan.Read(input, options, progress, cancellationToken));
        var source = new RowSource(input, scan, options, request.Interval);
        await Consoles.WithProgressAsync(environment, request.Quiet, input.Length, $"{input.Name}: rows", async progress =>
        {
            foreach (var row in source.Rows(_ => true, progress, cancellationToken))
            {
                await writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
            }
            return true;
        }).ConfigureAwait(false);
        var pairs = NetSeries.Pairs(scan);
        if (pairs.Count > 0)
        {
            var unmatched = new List<(MeterReadingNode Forward, int Count)>();
            var net = NetSeries.Rows(new RowSource(input, scan, options, request.Interval), new RowSource(input, scan, options, request.Interval),
                pairs, (forward, n) => unmatched.Add((forward, n)), cancellationToken);
            foreach (var row in net)
            {
                await writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
            }
            foreach (var (forward, count) in unmatched.Where(u => u.Count > 0 && !request.Quiet))
            {
                await environment.Error.WriteLineAsync($"{input.Name}: net series of {Formats.EchoOrNull(forward.SelfHref ?? forward.Title)}: {count} row(s) without a partner of the other flow direction were left out.").ConfigureAwait(false);
            }
        }
        var warnings = scan.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var errors = scan.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var unattached = scan.Blocks.Count(b => b.MeterReading is null);
        if ((warnings > 0 || errors > 0 || unattached > 0) && !request.Quiet)
        {
            await environment.Error.WriteLineAsync($"{input.Name}: {errors} error(s), {warnings} warning(s)"
                + (unattached > 0 ? $", {unattached} IntervalBlock(s) without a MeterReading not exported" : "")
                + " ('greenbutton summary' lists them).").ConfigureAwait(false);
        }
    }
}
