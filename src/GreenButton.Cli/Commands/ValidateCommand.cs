using System.CommandLine;
using System.Globalization;
using GreenButton.Cli.Validate;

namespace GreenButton.Cli.Commands;

/// <summary>The output of <c>validate</c>.</summary>
internal enum ValidateFormat
{
    Text,
    Json,
    Sarif,
}

/// <summary>
/// <c>greenbutton validate FILE... [--format text|json|sarif] [--schema 4.0|3.3|none] [--rules gba|none] [--function-blocks LIST]
/// [--warnings-as-errors] [--redact]</c>: conformance of each file to the ESPI schema and the Green Button Alliance's data rules,
/// with quirks as warnings. A utility's CSV download is converted to ESPI first and validated as such (the output says
/// so; the CSV reader's findings are quirks). Exit 0 when every file is valid, 1 when any has an error (or a warning, with --warnings-as-errors),
/// 3 when any cannot be read or is not well-formed XML.
/// </summary>
internal sealed class ValidateCommand : ICliCommand
{
    public string Name => "validate";

    public Command Create(CliEnvironment environment)
    {
        var files = CommonOptions.Files(ArgumentArity.OneOrMore);
        var format = new Option<ValidateFormat>("--format", "-f")
        {
            Description = "text (a table grouped by code), json (schemas/greenbutton-validate.schema.json) or sarif (SARIF 2.1.0, for code scanning).",
            DefaultValueFactory = _ => ValidateFormat.Text,
        };
        var schema = new Option<string>("--schema")
        {
            Description = "The XML schema to validate against: 4.0 (ESPI 4.0, the default), 3.3 (ESPI 3.3) or none.",
            DefaultValueFactory = _ => "4.0",
        };
        schema.AcceptOnlyFromAmong("4.0", "3.3", "none");
        var rules = new Option<string>("--rules")
        {
            Description = "The data rules to check: gba (the Green Button Alliance's D-codes, the default) or none.",
            DefaultValueFactory = _ => "gba",
        };
        rules.AcceptOnlyFromAmong("gba", "none");
        var blocks = new Option<string?>("--function-blocks")
        {
            Description = "The function blocks whose rules apply, e.g. 1,4,15 (default: the feed's claim, else 1 and 4, plus 15 and 17 when present).",
            HelpName = "LIST",
        };
        blocks.Validators.Add(result =>
        {
            if (ParseBlocks(result.GetValueOrDefault<string?>()) is null)
            {
                result.AddError("--function-blocks takes numbers separated by commas, e.g. 1,4,15.");
            }
        });
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Exit 1 when any file has a warning (quirks), not only an error." };
        var redact = new Option<bool>("--redact") { Description = "Quote no value from the files in messages (they may be personal data)." };
        var command = new Command(Name, "Conformance: the ESPI XML schema, the Green Button Alliance's data rules, and quirks.")
        {
            files, format, schema, rules, blocks, warningsAsErrors, redact,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, environment, ct =>
        {
            var options = new GreenButtonValidationOptions
            {
                Schema = parse.GetValue(schema) switch { "3.3" => EspiSchemaVersion.Espi33, "none" => EspiSchemaVersion.None, _ => EspiSchemaVersion.Espi40 },
                Rules = parse.GetValue(rules) == "none" ? ValidationRuleSet.None : ValidationRuleSet.Gba,
                FunctionBlocks = ParseBlocks(parse.GetValue(blocks)) is { Count: > 0 } list ? list : null,
                RedactValues = parse.GetValue(redact),
            };
            return ValidateAsync(parse.GetValue(files) ?? [], parse.GetValue(format), options, parse.GetValue(warningsAsErrors), parse, environment, ct);
        }, cancellationToken));
        return command;
    }

    /// <summary>Validates every input; the exit code is the worst of them (3 unreadable, 1 invalid, 0 valid).</summary>
    private static async Task<int> ValidateAsync(string[] arguments, ValidateFormat format, GreenButtonValidationOptions options, bool warningsAsErrors,
        ParseResult parse, CliEnvironment environment, CancellationToken cancellationToken)
    {
        using var inputs = InputSet.Expand(arguments, environment.StandardInput, CommonOptions.Csv(parse));
        var results = new List<GreenButtonValidationResult>();
        var exitCode = ExitCodes.Ok;
        foreach (var input in inputs.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The synchronous validator: on a local file it takes about half the asynchronous one's CPU time.
            var result = Consoles.WithProgress(environment, parse.GetValue(CommonOptions.Quiet), input.Length, input.Name,
                progress => OpenAndValidate(input, options with { SourceName = input.Name }, progress, cancellationToken));
            results.Add(result);
            exitCode = ExitCodes.Worst(exitCode, !result.IsReadable ? ExitCodes.Unreadable : result.Fails(warningsAsErrors) ? ExitCodes.DataError : ExitCodes.Ok);
            if (format == ValidateFormat.Text)
            {
                await ValidateText.WriteAsync(environment.Out, result, warningsAsErrors).ConfigureAwait(false);
            }
        }
        switch (format)
        {
            case ValidateFormat.Json:
                await environment.Out.WriteLineAsync(ValidateJson.Serialize(results, warningsAsErrors)).ConfigureAwait(false);
                break;
            case ValidateFormat.Sarif:
                await environment.Out.WriteLineAsync(ValidateSarif.Serialize(results, warningsAsErrors)).ConfigureAwait(false);
                break;
            default:
                if (results.Count > 1)
                {
                    var valid = results.Count(r => !r.Fails(warningsAsErrors));
                    await environment.Out.WriteLineAsync($"{valid} of {results.Count} files valid.").ConfigureAwait(false);
                }
                break;
        }
        return exitCode;
    }

    /// <summary>
    /// Validates one input: ESPI XML as it is; a utility's CSV download converted to ESPI first (as summary and export
    /// read it), the result saying so and holding the CSV reader's diagnostics as quirks.
    /// </summary>
    private static GreenButtonValidationResult OpenAndValidate(InputFile input, GreenButtonValidationOptions options, Action<long>? progress,
        CancellationToken cancellationToken)
    {
        Stream stream;
        try
        {
            if (input.IsCsv)
            {
                var csvDiagnostics = new List<GreenButtonDiagnostic>();
                stream = input.OpenEspi(new GreenButtonReaderOptions { Lenient = true, RedactValues = options.RedactValues }, progress, csvDiagnostics);
                options = options with { ConvertedFrom = "CSV", ConversionDiagnostics = csvDiagnostics };
            }
            else
            {
                stream = input.Open(progress);
            }
        }
        catch (GreenButtonException ex)
        {
            return GreenButtonValidationResult.Unreadable(options.SourceName, ex);
        }
        using (stream)
        {
            return GreenButtonValidator.Validate(stream, options, cancellationToken);
        }
    }

    /// <summary>The blocks of <c>1,4,15</c> (or <c>1_4_15</c>); empty for none given; null when malformed.</summary>
    internal static List<int>? ParseBlocks(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var blocks = new List<int>();
        foreach (var part in text.Split([',', '_', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var block) || block is < 1 or > 999)
            {
                return null;
            }
            blocks.Add(block);
        }
        return blocks;
    }
}
