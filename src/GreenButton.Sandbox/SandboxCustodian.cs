using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using GreenButton.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;

namespace GreenButton.Sandbox;

/// <summary>
/// A local ESPI Data Custodian on Kestrel, for integration tests: HTTPS on 127.0.0.1 with its own CA and required client
/// certificates, an auto-granting authorization endpoint, a token endpoint (authorization code with PKCE, refresh,
/// client credentials; Basic or form client authentication), Batch/Subscription[/UsagePoint], Batch/Bulk (202 then a
/// BatchList notification), Authorization, ApplicationInformation and ReadServiceStatus, serving generated data
/// (<see cref="GreenButton.Synthetic.SyntheticFeed"/>) filtered by <c>published-min/max</c>, streamed without buffering.
/// </summary>
/// <example><code>
/// await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions());
/// using var client = new DataCustodianClient(sandbox.CreateClientOptions());
/// </code></example>
public sealed partial class SandboxCustodian : IAsyncDisposable
{
    /// <summary>Path of the resource server under the base URI.</summary>
    public const string ResourcePath = "/DataCustodian/espi/1_1/resource/";

    /// <summary>Path of the authorization endpoint.</summary>
    public const string AuthorizePath = "/DataCustodian/oauth/authorize";

    /// <summary>Path of the token endpoint.</summary>
    public const string TokenPath = "/DataCustodian/oauth/token";

    private readonly WebApplication _app;
    private readonly bool _ownsCertificates;
    private readonly ConcurrentQueue<SandboxRequest> _requests = new();
    private readonly ConcurrentQueue<SandboxTokenRequest> _tokenRequests = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly HttpClient _notifier;
    private int _apiPort;
    private int _rejectedCertificates;
    private int _notificationsSent;
    private int _inFlight;
    private int _tlsAlerts;
    private int _disposed;
    private int _peakInFlight;

    private SandboxCustodian(SandboxOptions options, SandboxCertificates certificates, bool ownsCertificates)
    {
        Options = options;
        Certificates = certificates;
        _subscriptions[options.SubscriptionId] = 0;
        _ownsCertificates = ownsCertificates;
        var notifyHandler = new SocketsHttpHandler();
        notifyHandler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors)
            => errors == System.Net.Security.SslPolicyErrors.None || (certificate is not null && TrustedByAuthority(certificate));
        _notifier = new HttpClient(notifyHandler) { Timeout = TimeSpan.FromSeconds(30) };

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        // Embedded in a user's process: leave Ctrl+C and SIGTERM to that process (the default console lifetime would
        // stop serving on a signal and cancel the process's exit).
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, EmbeddedHostLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port, listen =>
            {
                ApiListen = listen;
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                var alerting = options.CertificateRefusal == SandboxCertificateRefusal.TlsAlert;
                if (alerting)
                {
                    var gate = new TlsAlertGate(certificates.IsIssuedClient, () => Interlocked.Increment(ref _tlsAlerts));
                    listen.Use(next => connection => gate.RunAsync(next, connection));
                }
                listen.UseHttps(https =>
                {
                    if (alerting)
                    {
                        https.SslProtocols = System.Security.Authentication.SslProtocols.Tls12; // where the alert precedes encryption
                    }
                    https.ServerCertificate = certificates.Server;
                    https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
                    https.ClientCertificateValidation = (certificate, _, _) => CheckClientCertificate(certificate);
                });
            });
            kestrel.Listen(IPAddress.Loopback, options.AuthorizationPort, listen =>
            {
                AuthorizationListen = listen;
                listen.UseHttps(https => https.ServerCertificate = certificates.Server);
            });
        });
        if (options.CompressResponses)
        {
            builder.Services.AddResponseCompression(compression =>
            {
                compression.EnableForHttps = true; // a sandbox's data is synthetic: BREACH does not apply
                compression.Providers.Add<GzipCompressionProvider>();
                compression.MimeTypes = ["application/atom+xml", "application/xml"];
            });
        }
        _app = builder.Build();
        if (options.CompressResponses)
        {
            _app.UseResponseCompression();
        }
        _app.Run(HandleAsync);
    }

    private Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions? ApiListen { get; set; }

    private Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions? AuthorizationListen { get; set; }

    /// <summary>The options the sandbox runs with.</summary>
    public SandboxOptions Options { get; }

    /// <summary>The CA, server and client certificates.</summary>
    public SandboxCertificates Certificates { get; }

    /// <summary>Fault injection for the next resource requests.</summary>
    public SandboxFaults Faults { get; } = new();

    /// <summary>Base URI of the API listener (mutual TLS), e.g. <c>https://127.0.0.1:49152/</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The authorization endpoint (on the customer-facing listener, no client certificate).</summary>
    public Uri AuthorizationEndpoint { get; private set; } = null!;

    /// <summary>The token endpoint.</summary>
    public Uri TokenEndpoint => new(BaseUri, TokenPath);

    /// <summary>The resource server (ends with <c>/</c>).</summary>
    public Uri ResourceServer => new(BaseUri, ResourcePath);

    /// <summary>Every resource request received, in order (token requests are in <see cref="TokenRequests"/>).</summary>
    public IReadOnlyList<SandboxRequest> Requests => [.. _requests];

    /// <summary>Every token request received, in order.</summary>
    public IReadOnlyList<SandboxTokenRequest> TokenRequests => [.. _tokenRequests];

    /// <summary>Client certificates refused at the TLS handshake (not chaining to the CA).</summary>
    public int RejectedClientCertificates => Volatile.Read(ref _rejectedCertificates);

    /// <summary>The most requests (token and resource) the API listener served at once so far: what a client's concurrency limit bounds.</summary>
    public int PeakConcurrentRequests => Volatile.Read(ref _peakInFlight);

    /// <summary>TLS alerts sent to refuse a client certificate (<see cref="SandboxCertificateRefusal.TlsAlert"/>).</summary>
    public int TlsAlertsSent => Volatile.Read(ref _tlsAlerts);

    /// <summary>BatchList notifications POSTed successfully.</summary>
    public int NotificationsSent => Volatile.Read(ref _notificationsSent);

    /// <summary>Starts a sandbox; dispose it to stop.</summary>
    public static async Task<SandboxCustodian> StartAsync(SandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SandboxOptions();
        var certificates = options.Certificates ?? SandboxCertificates.Create();
        var sandbox = new SandboxCustodian(options, certificates, ownsCertificates: options.Certificates is null);
        try
        {
            await sandbox._app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await sandbox.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        sandbox._apiPort = sandbox.ApiListen!.IPEndPoint!.Port;
        sandbox.BaseUri = new Uri($"https://127.0.0.1:{sandbox._apiPort}/");
        sandbox.AuthorizationEndpoint = new Uri($"https://127.0.0.1:{sandbox.AuthorizationListen!.IPEndPoint!.Port}{AuthorizePath}");
        return sandbox;
    }

    /// <summary>
    /// Options for a <see cref="DataCustodianClient"/> that reaches this sandbox: its endpoints, the registered client
    /// and its first redirect URI, the client authentication it is registered with, the client certificate, the CA as
    /// extra trusted root, <c>xs:dateTime</c> dates, and retry delays in milliseconds.
    /// </summary>
    public DataCustodianOptions CreateClientOptions()
    {
        var options = DataCustodianOptions.GenericEspi(AuthorizationEndpoint, TokenEndpoint, ResourceServer, Options.ClientId, Options.ClientSecret,
            Certificates.Client, Options.RedirectUris.Count > 0 ? new Uri(Options.RedirectUris[0]) : null);
        options.AdditionalTrustedRoot = Certificates.Authority;
        options.ClientAuthentication = Options.ClientAuthentication switch
        {
            SandboxClientAuthentication.TlsClientAuth => ClientAuthenticationStyle.TlsClientAuth,
            SandboxClientAuthentication.ClientSecretUnencodedBasic => ClientAuthenticationStyle.BasicHeaderUnencoded,
            _ => ClientAuthenticationStyle.BasicHeader,
        };
        if (Options.ClientAuthentication == SandboxClientAuthentication.TlsClientAuth)
        {
            options.ClientSecret = null;
        }
        options.Scope = Options.Scope;
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
        return options;
    }

    /// <summary>
    /// What a customer's browser does: follows <paramref name="authorizationUri"/> to the (auto-granting) authorization
    /// endpoint and returns the redirect URI it is sent to, with <c>code</c> and <c>state</c>.
    /// </summary>
    public async Task<Uri> AuthorizeAsync(Uri authorizationUri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authorizationUri);
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && TrustedByAuthority(certificate);
        using var browser = new HttpClient(handler);
        using var response = await browser.GetAsync(authorizationUri, cancellationToken).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
            ? location
            : throw new InvalidOperationException($"The authorization endpoint answered {(int)response.StatusCode} instead of redirecting.");
    }

    /// <summary>Makes every issued access token expire now (refresh tokens stay valid): the next resource request gets 401.</summary>
    public void ExpireAccessTokens()
    {
        foreach (var (token, grant) in _accessTokens)
        {
            _accessTokens[token] = grant with { ExpiresAt = DateTimeOffset.MinValue };
        }
    }

    /// <summary>POSTs a BatchList naming <paramref name="resources"/> to <see cref="SandboxOptions.NotificationUri"/>.</summary>
    public async Task SendNotificationAsync(IEnumerable<Uri> resources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var target = Options.NotificationUri ?? throw new InvalidOperationException("SandboxOptions.NotificationUri is not set.");
        var body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BatchList xmlns=\"http://naesb.org/espi\">"
            + string.Concat(resources.Select(r => $"<resources>{System.Security.SecurityElement.Escape(r.AbsoluteUri)}</resources>"))
            + "</BatchList>\n";
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/atom+xml");
        using var response = await _notifier.PostAsync(target, content, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        Interlocked.Increment(ref _notificationsSent);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        await _app.DisposeAsync().ConfigureAwait(false);
        _notifier.Dispose();
        _stopping.Dispose();
        if (_ownsCertificates)
        {
            Certificates.Dispose();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"SandboxCustodian at {BaseUri}"; // never the secret

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path == AuthorizePath && HttpMethods.IsGet(context.Request.Method))
        {
            Authorize(context);
            return;
        }
        if (context.Connection.LocalPort != _apiPort)
        {
            // The customer-facing listener has no client certificate: it serves the authorization page only.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var inFlight = Interlocked.Increment(ref _inFlight);
        for (var peak = Volatile.Read(ref _peakInFlight); inFlight > peak; peak = Volatile.Read(ref _peakInFlight))
        {
            if (Interlocked.CompareExchange(ref _peakInFlight, inFlight, peak) == peak)
            {
                break;
            }
        }
        try
        {
            if (path == TokenPath && HttpMethods.IsPost(context.Request.Method))
            {
                await TokenAsync(context).ConfigureAwait(false);
                return;
            }
            if (path.StartsWith(ResourcePath, StringComparison.Ordinal) && HttpMethods.IsGet(context.Request.Method))
            {
                await ResourceAsync(context, path[ResourcePath.Length..]).ConfigureAwait(false);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private bool CheckClientCertificate(X509Certificate2 certificate)
    {
        if (Certificates.IsIssuedClient(certificate))
        {
            return true;
        }
        Interlocked.Increment(ref _rejectedCertificates);
        return false;
    }

    private bool TrustedByAuthority(X509Certificate certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Certificates.Authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    }
}
