using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using GreenButton.Cli.Connect;
using GreenButton.Sandbox;
using GreenButton.Synthetic;

namespace GreenButton.Cli.Commands;

/// <summary>
/// <c>greenbutton sandbox [--port N] [--out-certs DIR] ...</c>: runs a local Data Custodian (<see cref="SandboxCustodian"/>)
/// until Ctrl+C and prints what a third party needs: endpoints, ids, certificate paths. Stopping it is the normal end:
/// exit code 0.
/// </summary>
internal sealed class SandboxCommand : ICliCommand
{
    public string Name => "sandbox";

    public Command Create(CliEnvironment environment)
    {
        var port = new Option<int>("--port") { HelpName = "PORT", Description = "Port of the API listener (mutual TLS: token endpoint and resources); 0 picks a free one." };
        var authorizationPort = new Option<int>("--authorization-port") { HelpName = "PORT", Description = "Port of the customer-facing authorization listener (no client certificate); 0 picks a free one." };
        var outCerts = new Option<string?>("--out-certs") { HelpName = "DIR", Description = "Write ca.crt, client.crt, client.key and client.pfx (no password) to this directory." };
        var clientId = new Option<string>("--client-id")
        {
            HelpName = "ID",
            Description = "The registered third party's client id. Its secret is GREENBUTTON_CLIENT_SECRET, by default sandbox-secret.",
            DefaultValueFactory = _ => new SandboxOptions().ClientId,
        };
        var meters = new Option<int>("--meters") { HelpName = "N", Description = "Usage points (electricity, 15-minute intervals).", DefaultValueFactory = _ => 1 };
        var days = new Option<int>("--days") { HelpName = "N", Description = "Days of generated history.", DefaultValueFactory = _ => 730 };
        var start = new Option<DateOnly?>("--start") { Description = "First day of the history, written yyyy-MM-dd. [default: 2023-01-01]", HelpName = "yyyy-MM-dd" };
        var notify = new Option<string?>("--notify") { HelpName = "URI", Description = "The third party's notification URI: BatchLists are POSTed there after each 202." };
        var asyncSubscriptions = new Option<bool>("--async-subscriptions") { Description = "Answer Batch/Subscription/{id} with 202 first, then notify (usage-point requests stay synchronous)." };
        var pge = new Option<bool>("--pge") { Description = "Answer the client-credentials grant with client_access_token, as PG&E does." };
        var tokenLifetime = new Option<int>("--token-lifetime") { HelpName = "SECONDS", Description = "Lifetime of issued access tokens, in seconds.", DefaultValueFactory = _ => 3600 };
        var gzip = new Option<bool>("--gzip") { Description = "Gzip responses when the client accepts it." };
        var issueToken = new Option<bool>("--issue-token") { Description = "Print a customer access and refresh token, as if a customer had consented." };
        var showSecret = new Option<bool>("--show-secret") { Description = "Print the client secret too." };
        var format = CommonOptions.Format("The endpoints as text (a line each) or json (one object).", SummaryFormat.Text);
        var json = new Option<bool>("--json") { Description = "The former spelling of --format json.", Hidden = true };
        var command = new Command(Name, "Run a local Green Button Data Custodian (HTTPS with its own CA, client certificates required, OAuth 2.0, ESPI resources "
            + "from generated data) until Ctrl+C; prints its endpoints and certificate paths.")
        {
            port, authorizationPort, outCerts, clientId, meters, days, start, notify, asyncSubscriptions, pge, tokenLifetime, gzip, issueToken, showSecret, format, json,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, environment, ct =>
        {
            var request = new SandboxRun(
                new SandboxOptions
                {
                    Port = Port(parse.GetValue(port), "--port"),
                    AuthorizationPort = Port(parse.GetValue(authorizationPort), "--authorization-port"),
                    ClientId = parse.GetValue(clientId) is { Length: > 0 } id ? id : throw new UsageException("--client-id must not be empty."),
                    ClientSecret = ConnectVariables.Get(ConnectVariables.ClientSecret) ?? new SandboxOptions().ClientSecret,
                    Feed = SyntheticFeedOptions.Electricity(meters: Positive(parse.GetValue(meters), "--meters"), days: Positive(parse.GetValue(days), "--days"))
                        with { StartDate = parse.GetValue(start) ?? new DateOnly(2023, 1, 1), LineBreaks = true },
                    NotificationUri = CustodianSettings.AbsoluteUri(parse.GetValue(notify), "--notify"),
                    AsyncSubscriptions = parse.GetValue(asyncSubscriptions),
                    PgeStyleClientToken = parse.GetValue(pge),
                    AccessTokenLifetime = TimeSpan.FromSeconds(Positive(parse.GetValue(tokenLifetime), "--token-lifetime")),
                    CompressResponses = parse.GetValue(gzip),
                },
                parse.GetValue(outCerts), parse.GetValue(issueToken), parse.GetValue(showSecret), format.ValueOf(parse) == SummaryFormat.Json || parse.GetValue(json));
            return RunAsync(request, environment, ct);
        }, cancellationToken));
        return command;
    }

    internal sealed record SandboxRun(SandboxOptions Options, string? OutCerts, bool IssueToken, bool ShowSecret, bool Json);

    /// <summary>Starts the sandbox, prints its endpoints, and serves until <paramref name="cancellationToken"/> is cancelled (Ctrl+C): exit code 0.</summary>
    internal static async Task<int> RunAsync(SandboxRun request, CliEnvironment environment, CancellationToken cancellationToken)
    {
        SandboxCustodian sandbox;
        try
        {
            sandbox = await SandboxCustodian.StartAsync(request.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new UsageException($"cannot listen on 127.0.0.1: {ex.Message}"); // a port in use
        }
        await using (sandbox.ConfigureAwait(false))
        {
            var files = request.OutCerts is null ? null : sandbox.Certificates.WritePem(request.OutCerts);
            var tokens = request.IssueToken ? sandbox.IssueCustomerTokens() : null;
            var fields = new List<(string Name, string Label, string? Value)>
            {
                ("authorization", "authorization", sandbox.AuthorizationEndpoint.AbsoluteUri),
                ("token", "token", sandbox.TokenEndpoint.AbsoluteUri),
                ("resources", "resources", sandbox.ResourceServer.AbsoluteUri),
                ("clientId", "client id", request.Options.ClientId),
            };
            if (request.ShowSecret)
            {
                fields.Add(("clientSecret", "client secret", request.Options.ClientSecret));
            }
            fields.Add(("subscription", "subscription", request.Options.SubscriptionId));
            fields.Add(("usagePoints", "usage points", string.Join(' ', Enumerable.Range(1, request.Options.Feed.UsagePoints.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)))));
            fields.Add(("bulk", "bulk", request.Options.BulkId));
            fields.Add(("applicationInformation", "application info", request.Options.ApplicationInformationId));
            if (request.Options.NotificationUri is { } notify)
            {
                fields.Add(("notify", "notify", notify.AbsoluteUri));
            }
            if (files is not null)
            {
                fields.Add(("ca", "ca", Path.GetFullPath(files.AuthorityCertificate)));
                fields.Add(("clientCertificate", "client cert", Path.GetFullPath(files.ClientCertificate)));
                fields.Add(("clientKey", "client key", Path.GetFullPath(files.ClientKey)));
                fields.Add(("clientPfx", "client pfx", Path.GetFullPath(files.ClientPfx)));
            }
            if (tokens is not null)
            {
                fields.Add(("accessToken", "access token", tokens.AccessToken));
                fields.Add(("refreshToken", "refresh token", tokens.RefreshToken));
                fields.Add(("expiresAt", "expires", tokens.ExpiresAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
            }
            // SIGTERM (kill, a service manager) stops it cleanly, like Ctrl+C; registered before the
            // endpoints are printed, so a signal sent as soon as they are read is never the default (fatal) one.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });
            if (request.Json)
            {
                var json = JsonSerializer.Serialize(fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal), CliJson.Output.DictionaryStringString);
                await environment.Out.WriteLineAsync(json).ConfigureAwait(false);
            }
            else
            {
                foreach (var (_, label, value) in fields)
                {
                    await environment.Out.WriteLineAsync($"{label,-17}{value}").ConfigureAwait(false);
                }
                await environment.Out.WriteLineAsync("Serving until Ctrl+C.").ConfigureAwait(false);
            }
            await environment.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Ctrl+C is how a sandbox ends: stop it and succeed.
            }
        }
        await environment.Error.WriteLineAsync("greenbutton: sandbox stopped.").ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static int Port(int value, string option)
        => value is >= 0 and <= 65535 ? value : throw new UsageException($"{option} must be a port number from 0 to 65535.");

    private static int Positive(int value, string option)
        => value > 0 ? value : throw new UsageException($"{option} must be positive.");
}
