using System.CommandLine;
using System.Net;
using GreenButton.Cli.Connect;
using GreenButton.Cli.Summary;
using GreenButton.Client;

namespace GreenButton.Cli.Commands;

/// <summary>
/// <c>greenbutton fetch WHAT [options]</c>: one request to a Data Custodian with <see cref="DataCustodianClient"/>. The
/// raw response is saved as it arrives (<c>-o, --output</c>) and/or summarised with the <c>summary</c> command's code (the
/// default). A range longer than <c>--max-window</c> is asked window by window and merged into one feed: one file, one summary.
/// </summary>
internal sealed class FetchCommand : ICliCommand
{
    public string Name => "fetch";

    private static readonly string[] s_targets = ["usage-point", "subscription", "bulk", "authorizations", "application-information", "service-status", "resource"];

    public Command Create(CliEnvironment environment)
    {
        var what = new Argument<string>("WHAT")
        {
            HelpName = "WHAT",
            Description = "usage-point, subscription (customer token); bulk, authorizations, application-information, service-status (client token); "
                + "resource (--uri; the customer token when given, else the client token).",
        };
        CommonOptions.OneOf(what, s_targets);
        var profile = new Option<string?>("--profile") { Description = "generic (xs:dateTime dates, no window limit) or pge (PG&E Share My Data endpoints, epoch dates, 28-day windows).", DefaultValueFactory = _ => "generic" };
        CommonOptions.OneOf(profile, "generic", "pge");
        var tokenEndpoint = new Option<string?>("--token-endpoint") { HelpName = "URI", Description = $"The OAuth token endpoint ({ConnectVariables.TokenEndpoint})." };
        var resourceServer = new Option<string?>("--resource-server") { HelpName = "URI", Description = $"Base URI of the ESPI resources ({ConnectVariables.ResourceServer})." };
        var clientId = new Option<string?>("--client-id") { HelpName = "ID", Description = $"The third party's client id ({ConnectVariables.ClientId}); the secret is read from {ConnectVariables.ClientSecret} only." };
        var cert = new Option<string?>("--cert") { HelpName = "FILE", Description = $"Client certificate, PEM ({ConnectVariables.Certificate}); with --key." };
        var key = new Option<string?>("--key") { HelpName = "FILE", Description = $"Its private key, PEM ({ConnectVariables.Key})." };
        var pfx = new Option<string?>("--pfx") { HelpName = "FILE", Description = $"Client certificate and key, PKCS#12 ({ConnectVariables.Pfx}, password in {ConnectVariables.PfxPassword})." };
        var trust = new Option<string?>("--trust") { HelpName = "FILE", Description = $"A CA certificate (PEM) trusted besides the machine's store, e.g. the sandbox's ca.crt ({ConnectVariables.Trust})." };
        var accessTokenFile = new Option<string?>("--access-token-file") { HelpName = "FILE", Description = $"File holding the customer's access token, - for standard input ({ConnectVariables.AccessToken})." };
        var refreshTokenFile = new Option<string?>("--refresh-token-file") { HelpName = "FILE", Description = $"File holding the customer's refresh token ({ConnectVariables.RefreshToken}): the access token is refreshed when needed." };
        var subscription = new Option<string?>("--subscription") { HelpName = "ID", Description = "Subscription id (usage-point, subscription)." };
        var usagePoint = new Option<string?>("--usage-point") { HelpName = "ID", Description = "Usage point id (usage-point)." };
        var bulk = new Option<string?>("--bulk") { HelpName = "ID", Description = "Bulk id (bulk)." };
        var id = new Option<string?>("--id") { HelpName = "ID", Description = "Authorization id (authorizations: one instead of all) or ApplicationInformation id." };
        var uri = new Option<string?>("--uri") { HelpName = "URI", Description = "The resource URI (resource), absolute or relative to the resource server, e.g. one a notification named." };
        var from = new Option<string?>("--from") { HelpName = "DATE", Description = "published-min: date or date-time, UTC unless an offset is given; default --to minus 30 days." };
        var to = new Option<string?>("--to") { HelpName = "DATE", Description = "published-max (exclusive); default now." };
        var dates = new Option<string?>("--dates") { Description = "How published-min/max are sent: xs (xs:dateTime) or epoch (Unix seconds); default the profile's." };
        CommonOptions.OneOf(dates, "xs", "epoch");
        var maxWindow = new Option<double?>("--max-window") { HelpName = "DAYS", Description = "The longest range one request asks for, in days (pge: 28); longer ranges are asked window by window and merged into one feed." };
        var timeout = new Option<int?>("--timeout") { HelpName = "SECONDS", Description = "Seconds one attempt may wait for the response headers (120)." };
        var retries = new Option<int?>("--retries") { HelpName = "N", Description = "Retries of transient failures: 408, 429, 5xx, connection errors (3)." };
        var output = CommonOptions.Output("Save the raw XML response here (- for standard output); the windows of a longer range merged into one feed.");
        var legacyOut = new Option<string?>("--out") { Description = "The former spelling of --output.", Hidden = true };
        var summary = new Option<bool>("--summary") { Description = "Summarise the response as 'greenbutton summary' does (the default without --output)." };
        var format = CommonOptions.Choice<SummaryFormat>("--format", ["-f"],
            "The summary as text or json (schemas/greenbutton-summary.schema.json); json implies --summary. [default: text]");
        var json = new Option<bool>("--json") { Description = "The former spelling of --format json.", Hidden = true };
        var clientAuth = new Option<string?>("--client-auth")
        {
            Description = "How the client authenticates at the token endpoint: basic (id and secret form-encoded, RFC 6749), basic-raw (unencoded, as PG&E and Spring custodians expect), "
                + "form (in the body) or tls (the certificate alone, RFC 8705 tls_client_auth; no secret); default the profile's (generic: basic, pge: basic-raw).",
        };
        CommonOptions.OneOf(clientAuth, "basic", "basic-raw", "form", "tls");
        var wide = CommonOptions.Wide();
        var lenient = CommonOptions.Lenient();
        var command = new Command(Name, "Fetch a resource from a Green Button Connect My Data custodian (OAuth 2.0 over mutual TLS) and save the XML or print a summary. "
            + $"Secrets come from {ConnectVariables.ClientSecret}, {ConnectVariables.AccessToken}, {ConnectVariables.RefreshToken} or files, never from the command line.")
        {
            what, profile, tokenEndpoint, resourceServer, clientId, cert, key, pfx, trust, accessTokenFile, refreshTokenFile, subscription, usagePoint, bulk, id, uri,
            from, to, dates, maxWindow, timeout, retries, clientAuth, output, legacyOut, summary, format, json, wide, lenient,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, environment, ct => FetchAsync(new FetchRequest
        {
            What = parse.GetValue(what)!,
            Custodian = new CustodianSettings
            {
                Pge = parse.GetValue(profile) == "pge",
                TokenEndpoint = CustodianSettings.AbsoluteUri(parse.GetValue(tokenEndpoint), "--token-endpoint"),
                ResourceServer = CustodianSettings.AbsoluteUri(parse.GetValue(resourceServer), "--resource-server"),
                ClientId = parse.GetValue(clientId),
                Certificate = parse.GetValue(cert),
                Key = parse.GetValue(key),
                Pfx = parse.GetValue(pfx),
                Trust = parse.GetValue(trust),
                Dates = parse.GetValue(dates),
                MaxWindowDays = parse.GetValue(maxWindow),
                TimeoutSeconds = parse.GetValue(timeout),
                Retries = parse.GetValue(retries),
                ClientAuthentication = parse.GetValue(clientAuth),
            },
            AccessTokenFile = parse.GetValue(accessTokenFile),
            RefreshTokenFile = parse.GetValue(refreshTokenFile),
            Subscription = parse.GetValue(subscription),
            UsagePoint = parse.GetValue(usagePoint),
            Bulk = parse.GetValue(bulk),
            Id = parse.GetValue(id),
            Uri = parse.GetValue(uri) is { } resource ? (System.Uri.TryCreate(resource, resource.Contains("://", StringComparison.Ordinal) ? UriKind.Absolute : UriKind.Relative, out var parsed) ? parsed : throw new UsageException($"--uri: '{resource}' is not a URI.")) : null,
            From = parse.GetValue(from),
            To = parse.GetValue(to),
            Output = parse.GetValue(output) ?? parse.GetValue(legacyOut),
            Summary = parse.GetValue(summary),
            Json = parse.GetValue(format) == SummaryFormat.Json || parse.GetValue(json),
            Wide = parse.GetValue(wide),
            Lenient = parse.GetValue(lenient),
            Quiet = parse.GetValue(CommonOptions.Quiet),
            Verbose = parse.GetValue(CommonOptions.Verbose),
        }, environment, ct), cancellationToken));
        return command;
    }

    internal sealed record FetchRequest
    {
        public required string What { get; init; }

        public required CustodianSettings Custodian { get; init; }

        public string? AccessTokenFile { get; init; }

        public string? RefreshTokenFile { get; init; }

        public string? Subscription { get; init; }

        public string? UsagePoint { get; init; }

        public string? Bulk { get; init; }

        public string? Id { get; init; }

        public Uri? Uri { get; init; }

        public string? From { get; init; }

        public string? To { get; init; }

        public string? Output { get; init; }

        public bool Summary { get; init; }

        public bool Json { get; init; }

        public bool Wide { get; init; }

        public bool Lenient { get; init; }

        public bool Quiet { get; init; }

        public bool Verbose { get; init; }
    }

    /// <summary>Fetches, saves and summarises; the client's failures become exit codes 4 to 7 with one line each.</summary>
    internal static async Task<int> FetchAsync(FetchRequest request, CliEnvironment environment, CancellationToken cancellationToken)
    {
        try
        {
            return await FetchCoreAsync(request, environment, cancellationToken).ConfigureAwait(false);
        }
        catch (OAuthException ex)
        {
            await environment.Error.WriteLineAsync($"greenbutton: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.OAuthRefused;
        }
        catch (DataCustodianException ex) when (ex.Kind == DataCustodianErrorKind.Timeout)
        {
            await environment.Error.WriteLineAsync($"greenbutton: the Data Custodian sent no answer within the timeout (--timeout, {request.Custodian.TimeoutSeconds ?? 120} s per attempt).").ConfigureAwait(false);
            return ExitCodes.CustodianError;
        }
        catch (DataCustodianException ex) when (ex.StatusCode is null && !cancellationToken.IsCancellationRequested)
        {
            var line = ex.Kind switch
            {
                // TLS 1.3: the server checks the client certificate after the client finished its handshake and closes, or sends an alert.
                DataCustodianErrorKind.ClientCertificateRefused => $"greenbutton: the Data Custodian refuses the client certificate (see --cert/--key, --pfx): {OneLine(ex.Message)}",
                DataCustodianErrorKind.TlsHandshakeFailed => $"greenbutton: the TLS handshake failed: client certificate refused or server not trusted (see --trust, --cert/--key, --pfx): {OneLine(ex.Message)}",
                DataCustodianErrorKind.ConnectionFailed => $"greenbutton: cannot reach the Data Custodian: {OneLine(ex.Message)}",
                _ => $"greenbutton: the HTTP exchange with the Data Custodian failed: {OneLine(ex.Message)}",
            };
            await environment.Error.WriteLineAsync(line).ConfigureAwait(false);
            return ExitCodes.ConnectionFailed;
        }
        catch (DataCustodianException ex)
        {
            await environment.Error.WriteLineAsync($"greenbutton: {ex.Message}").ConfigureAwait(false);
            if (request.Verbose && ex.BodyExcerpt is { } excerpt)
            {
                await environment.Error.WriteLineAsync($"body: {excerpt}").ConfigureAwait(false);
            }
            return ExitCodes.CustodianError;
        }
    }

    private static async Task<int> FetchCoreAsync(FetchRequest request, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var target = Target.Of(request, environment);
        var toStdout = request.Output == "-";
        if (toStdout && (request.Summary || request.Json))
        {
            throw new UsageException("-o - writes the XML to standard output: it cannot be combined with --summary or --format json.");
        }
        var summarise = request.Output is null || request.Summary || request.Json;
        var store = target.CustomerTokens is { } tokens ? new InMemoryTokenStore(tokens) : null;
        var options = request.Custodian.ToOptions(store);
        if (!request.Quiet)
        {
            // One line per retry, as it is decided, not after the whole wait (several requests may retry at once).
            var gate = new Lock();
            options.OnRetry = retry =>
            {
                lock (gate)
                {
                    environment.Error.WriteLine($"{GreenButtonCli.Name}: {retry}");
                }
            };
        }
        if ((target.ClientToken || target.CustomerTokens?.RefreshToken is not null)
            && (options.TokenEndpoint is null || options.ClientId is null || (options.ClientSecret is null && options.ClientAuthentication != ClientAuthenticationStyle.TlsClientAuth)))
        {
            throw new UsageException($"{(target.ClientToken ? $"{target.Name} uses the client token" : "refreshing the customer's token needs the token endpoint")}: "
                + $"give --token-endpoint (or {ConnectVariables.TokenEndpoint}), --client-id (or {ConnectVariables.ClientId}) and {ConnectVariables.ClientSecret}.");
        }
        using var client = new DataCustodianClient(options);
        var uris = target.Uris(client, request.Custodian.MaxWindow);
        var final = request.Output is null || toStdout ? null : request.Output;
        var path = final is null
            ? System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"greenbutton-fetch-{Guid.NewGuid():N}.xml")
            : OutputFile.PartialOf(final);
        // Several windows are merged into one feed as they arrive: one file and one summary for the whole range.
        var name = uris.Count == 1 ? uris[0].AbsoluteUri : $"{uris.Count} merged windows of {uris[0].GetLeftPart(UriPartial.Path)}";
        var complete = false;
        try
        {
            HttpStatusCode status;
            var file = final is null ? new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous)
                : OutputFile.Create(final, path, FileOptions.Asynchronous);
            await using (file.ConfigureAwait(false))
            {
                status = (uris.Count, target.ClientToken) switch
                {
                    (1, true) => await client.DownloadAsync(uris[0], file, cancellationToken).ConfigureAwait(false),
                    (1, false) => await client.DownloadAsync(uris[0], null, file, cancellationToken).ConfigureAwait(false),
                    (_, true) => await client.DownloadMergedAsync(uris, file, cancellationToken).ConfigureAwait(false),
                    _ => await client.DownloadMergedAsync(uris, null, file, cancellationToken).ConfigureAwait(false),
                };
            }
            if (status == HttpStatusCode.Accepted)
            {
                await environment.Error.WriteLineAsync($"greenbutton: accepted (HTTP 202): the custodian will notify when {uris[0].GetLeftPart(UriPartial.Path)} is ready; nothing was written.").ConfigureAwait(false);
                return ExitCodes.Accepted;
            }
            if (final is not null)
            {
                OutputFile.Commit(path, final);
                if (!request.Quiet)
                {
                    var windows = uris.Count == 1 ? "" : $", {uris.Count} windows merged";
                    await environment.Error.WriteLineAsync($"greenbutton: wrote {final} ({new FileInfo(final).Length} bytes{windows}).").ConfigureAwait(false);
                }
            }
            complete = true;
            if (toStdout)
            {
                await CopyToStandardOutputAsync(path, environment, cancellationToken).ConfigureAwait(false);
            }
            return summarise ? await SummariseAsync(request, target, [(name, final ?? path)], environment, cancellationToken).ConfigureAwait(false) : ExitCodes.Ok;
        }
        finally
        {
            if (final is null || !complete)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>The <c>summary</c> command's report over the saved responses, each named by its request URI.</summary>
    private static async Task<int> SummariseAsync(FetchRequest request, Target target, IEnumerable<(string Name, string Path)> files, CliEnvironment environment,
        CancellationToken cancellationToken)
    {
        var options = new GreenButtonReaderOptions { Lenient = request.Lenient };
        var summaries = new List<FileSummary>();
        var exitCode = ExitCodes.Ok;
        var statuses = new List<string>();
        foreach (var (name, path) in files)
        {
            var input = InputFile.FromFactory(name, new FileInfo(path).Length, () => File.OpenRead(path));
            try
            {
                using (var feed = InputFeed.Open(input, options, null, cancellationToken).Feed)
                {
                    summaries.Add(SummaryBuilder.Build(input.Name, feed) with { Customers = Customers.CustomerSummaryBuilder.Build(feed, showPersonalData: false) });
                }
                if (target.Name == "service-status")
                {
                    statuses.AddRange(GreenButtonDocument.Load(path, options).ServiceStatuses
                        .Select(s => $"service status: {(s.IsAvailable ? "available" : "unavailable")} (currentStatus {(s.CurrentStatus is { } code ? Formats.Name(code) : "absent")})"));
                }
            }
            catch (GreenButtonException ex)
            {
                await CommandRunner.Report(environment, ex, request.Verbose).ConfigureAwait(false);
                exitCode = ExitCodes.Worst(exitCode, ExitCodes.Of(ex));
            }
        }
        var report = new SummaryReport(summaries);
        if (request.Json)
        {
            await environment.Out.WriteLineAsync(SummaryJson.Serialize(report)).ConfigureAwait(false);
        }
        else if (target.Name == "service-status" && statuses.Count > 0)
        {
            // The tables of a lone ServiceStatus say nothing more than this line.
            foreach (var status in statuses)
            {
                await environment.Out.WriteLineAsync(status).ConfigureAwait(false);
            }
        }
        else
        {
            SummaryText.Write(Consoles.Create(environment.Out, environment.OutputIsTerminal, environment.Width), report, request.Wide);
        }
        return exitCode;
    }

    private static async Task CopyToStandardOutputAsync(string path, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var input = File.OpenRead(path);
        await using (input.ConfigureAwait(false))
        {
            if (environment.StandardOutput is { } open)
            {
                var stdout = open();
                await using (stdout.ConfigureAwait(false))
                {
                    await input.CopyToAsync(stdout, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                using var reader = new StreamReader(input);
                await environment.Out.WriteAsync(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            }
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    /// <summary>What to fetch: the request URIs (one per window), and which token.</summary>
    private sealed class Target
    {
        private Target(string name, bool clientToken, TokenResponse? customerTokens)
        {
            Name = name;
            ClientToken = clientToken;
            CustomerTokens = customerTokens;
        }

        public string Name { get; }

        /// <summary>Whether the third party's own (client-credentials) token is sent; otherwise the customer's.</summary>
        public bool ClientToken { get; }

        public TokenResponse? CustomerTokens { get; }

        public Func<DataCustodianClient, TimeSpan?, IReadOnlyList<Uri>> Uris { get; private init; } = null!;

        /// <summary>Checks the options <paramref name="request"/> needs and reads the customer's tokens.</summary>
        public static Target Of(FetchRequest request, CliEnvironment environment)
        {
            var ranged = request.What is "usage-point" or "subscription";
            if (!ranged && (request.From is not null || request.To is not null))
            {
                throw new UsageException("--from and --to apply to usage-point and subscription only.");
            }
            var tokens = ReadCustomerTokens(request, environment);
            switch (request.What)
            {
                case "usage-point":
                case "subscription":
                {
                    var subscription = Required(request.Subscription, "--subscription");
                    var usagePoint = request.What == "usage-point" ? Required(request.UsagePoint, "--usage-point") : null;
                    var customer = tokens ?? throw new UsageException($"{request.What} needs the customer's token: --access-token-file FILE, {ConnectVariables.AccessToken}, "
                        + $"--refresh-token-file FILE or {ConnectVariables.RefreshToken}.");
                    var max = request.To is null ? DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()) : CustodianSettings.ParseInstant(request.To, "--to");
                    var min = request.From is null ? max.AddDays(-30) : CustodianSettings.ParseInstant(request.From, "--from");
                    if (max <= min)
                    {
                        throw new UsageException("--to must be later than --from.");
                    }
                    return new Target(request.What, clientToken: false, customer)
                    {
                        Uris = (client, window) => [.. Windows(min, max, window).Select(w => usagePoint is null
                            ? client.GetSubscriptionUri(subscription, w.Min, w.Max)
                            : client.GetUsagePointUri(subscription, usagePoint, w.Min, w.Max))],
                    };
                }
                case "bulk":
                {
                    var bulk = Required(request.Bulk, "--bulk");
                    return new Target(request.What, clientToken: true, null) { Uris = (client, _) => [client.GetBulkUri(bulk)] };
                }
                case "authorizations":
                    return Fixed(request.What, request.Id is null ? "Authorization" : $"Authorization/{Uri.EscapeDataString(request.Id)}");
                case "application-information":
                    return Fixed(request.What, $"ApplicationInformation/{Uri.EscapeDataString(Required(request.Id, "--id"))}");
                case "service-status":
                    return Fixed(request.What, "ReadServiceStatus");
                default:
                {
                    var uri = request.Uri ?? throw new UsageException("resource needs --uri URI.");
                    return new Target(request.What, clientToken: tokens is null, tokens)
                    {
                        Uris = (client, _) =>
                        {
                            var absolute = uri.IsAbsoluteUri ? uri : new Uri(ResourceBase(client), uri);
                            var server = ResourceBase(client);
                            if (Uri.Compare(absolute, server, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
                            {
                                throw new UsageException($"--uri must be on the resource server ({server.GetLeftPart(UriPartial.Authority)}): a token is never sent elsewhere.");
                            }
                            return [absolute];
                        },
                    };
                }
            }
        }

        private static Target Fixed(string name, string relative)
            => new(name, clientToken: true, null) { Uris = (client, _) => [new Uri(ResourceBase(client), relative)] };

        private static Uri ResourceBase(DataCustodianClient client)
        {
            var server = client.Options.ResourceServer!;
            return server.AbsoluteUri.EndsWith('/') ? server : new Uri(server.AbsoluteUri + "/");
        }

        private static string Required(string? value, string option)
            => string.IsNullOrEmpty(value) ? throw new UsageException($"give {option}.") : value;

        /// <summary>Contiguous half-open windows no longer than <paramref name="size"/>, as the client splits ranges.</summary>
        private static List<(DateTimeOffset Min, DateTimeOffset Max)> Windows(DateTimeOffset min, DateTimeOffset max, TimeSpan? size)
        {
            if (size is not { } length || max - min <= length)
            {
                return [(min, max)];
            }
            if (length < TimeSpan.FromSeconds(1))
            {
                throw new UsageException("--max-window must be at least one second.");
            }
            var windows = new List<(DateTimeOffset, DateTimeOffset)>();
            for (var start = min; start < max; start += length)
            {
                windows.Add((start, start + length < max ? start + length : max));
            }
            return windows;
        }

        /// <summary>The customer's tokens from files or the environment; null when none were given.</summary>
        private static TokenResponse? ReadCustomerTokens(FetchRequest request, CliEnvironment environment)
        {
            var access = request.AccessTokenFile is { } file ? ReadToken(file, "--access-token-file", environment) : ConnectVariables.Get(ConnectVariables.AccessToken);
            var refresh = request.RefreshTokenFile is { } refreshFile ? ReadToken(refreshFile, "--refresh-token-file", environment) : ConnectVariables.Get(ConnectVariables.RefreshToken);
            if (access is null && refresh is null)
            {
                return null;
            }
            // Without an access token the stored one is born expired, so the first call refreshes it.
            return new TokenResponse { AccessToken = access ?? "", RefreshToken = refresh, ExpiresAt = access is null ? DateTimeOffset.UnixEpoch : null };
        }

        private static string ReadToken(string path, string option, CliEnvironment environment)
        {
            string text;
            if (path == "-")
            {
                using var reader = new StreamReader(environment.StandardInput());
                text = reader.ReadToEnd();
            }
            else
            {
                try
                {
                    text = File.ReadAllText(path);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new GreenButtonException($"{path}: cannot read the token file: {ex.Message}", ex);
                }
            }
            text = text.Trim();
            return text.Length > 0 ? text : throw new UsageException($"{option}: the file is empty.");
        }
    }
}
