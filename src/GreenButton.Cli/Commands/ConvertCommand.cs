using System.CommandLine;
using GreenButton.Cli.Connect;
using GreenButton.Csv;

namespace GreenButton.Cli.Commands;

/// <summary>
/// <c>greenbutton convert FILE.csv -o OUT.xml [--layout NAME] [--time-zone ZONE] [--updated DATE] [--lenient] [--indent] [--no-customer-data]</c>:
/// a utility CSV download as an ESPI 4.0 feed, read by <see cref="GreenButtonCsvReader"/> and written by the core's
/// <see cref="GreenButtonWriter"/> (<see cref="CsvDownload.Save(Stream, GreenButtonWriterOptions)"/>), with the file's
/// personal data as customer resources unless <c>--no-customer-data</c>. The file appears only when complete.
/// </summary>
internal sealed class ConvertCommand : ICliCommand
{
    public string Name => "convert";

    public Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("FILE") { Description = "The utility CSV download (SCE, SDG&E, Opower, Eversource), or - for standard input." };
        var output = new Option<string>("--output", "-o") { Description = "The ESPI XML feed to write; '-' for standard output.", Required = true };
        var layout = new Option<string?>("--layout")
        {
            Description = "Read with this layout instead of detecting it: " + string.Join(", ", GreenButtonCsvReader.Layouts.Select(l => l.Name)) + ".",
        };
        var updated = new Option<string?>("--updated")
        {
            Description = "The feed's and entries' Atom updated (and published) date, UTC unless it carries an offset. "
                + "[default: the end of the file's last reading or bill, so the same file converts to the same XML]",
            HelpName = "yyyy-MM-ddTHH:mm:ssZ",
        };
        var indent = new Option<bool>("--indent") { Description = "Indent the XML (two spaces per level)." };
        var lenient = new Option<bool>("--lenient") { Description = "Skip rows that cannot be read (each reported) instead of failing with exit code 1." };
        var noCustomer = new Option<bool>("--no-customer-data")
        {
            Description = "Leave the file's personal data (name, address, account and meter numbers) out of the XML: no customer resources. "
                + "Use it when the XML goes to someone else.",
        };
        var command = new Command(Name, "A utility's CSV download as Green Button (ESPI 4.0) XML: usage points, meter readings, interval blocks, usage summaries for bills.")
        {
            file, output, layout, updated, indent, lenient, noCustomer,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, environment, async ct =>
        {
            using var inputs = InputSet.Expand([parse.GetValue(file)!], environment.StandardInput);
            if (inputs.Files.Count != 1)
            {
                throw new UsageException($"convert takes one CSV file; '{parse.GetValue(file)}' names {inputs.Files.Count}.");
            }
            var input = inputs.Files[0];
            var stamp = parse.GetValue(updated) is { } text ? CustodianSettings.ParseInstant(text, "--updated") : (DateTimeOffset?)null;
            var options = CommonOptions.Csv(parse) with
            {
                SourceName = input.Name, Lenient = parse.GetValue(lenient), Layout = parse.GetValue(layout), IncludeCustomerData = !parse.GetValue(noCustomer),
                Updated = stamp,
            };
            CsvDownload download;
            using (var stream = input.OpenContent(null))
            {
                download = GreenButtonCsvReader.Read(stream, options);
            }
            var document = download.ToDocument();
            IReadOnlyList<GreenButtonDiagnostic> written = [];
            var target = parse.GetValue(output)!;
            await XmlOutput.WriteAsync(target, environment, stream => written = download.Save(stream, new GreenButtonWriterOptions
            {
                Indent = parse.GetValue(indent), DestinationName = target,
            })).ConfigureAwait(false);
            var quiet = parse.GetValue(CommonOptions.Quiet);
            await XmlOutput.ReportAsync(environment, [.. download.Diagnostics, .. document.Diagnostics, .. written], quiet).ConfigureAwait(false);
            if (!quiet)
            {
                var readings = document.MeterReadings.Sum(m => m.Readings.Count());
                await environment.Error.WriteLineAsync($"{input.Name}: {download.Layout.Name}, times in {download.TimeZone.Id}: {Formats.Count(document.UsagePoints.Count, "usage point")}, "
                    + $"{Formats.Count(document.MeterReadings.Count, "meter reading")}, {Formats.Count(readings, "reading")}, {Formats.Count(document.UsageSummaries.Count, "usage summary", "usage summaries")}"
                    + (download.RowsSkipped > 0 ? $", {Formats.Count(download.RowsSkipped, "row")} skipped" : "")
                    + (document.CustomerResources.Count > 0 ? $", {Formats.Count(document.CustomerResources.Count, "customer resource")} ({download.Customer}; --no-customer-data leaves them out)"
                        : !options.IncludeCustomerData && !download.Customer.IsEmpty ? $", personal data left out ({download.Customer})" : "")
                    + " written to " + target + ".").ConfigureAwait(false);
            }
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
