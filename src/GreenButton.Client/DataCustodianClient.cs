namespace GreenButton.Client;

/// <summary>
/// A Green Button Connect My Data client for one Data Custodian: the OAuth 2.0 grants (authorization code with
/// optional PKCE, refresh, client credentials) and the ESPI resource requests (synchronous, asynchronous and bulk),
/// over mutual TLS, with responses streamed straight into the parser.
/// </summary>
/// <remarks>
/// Thread-safe; make one per custodian and client certificate, keep it, and share it among all customers (their tokens
/// come with each request: <see cref="DataCustodianRequest.TokenStore"/>). Transient failures (408, 429, 5xx,
/// connection errors) are retried with backoff honouring <c>Retry-After</c>, except the code exchange and the refresh,
/// which are not idempotent; a failure that stays raises <see cref="DataCustodianException"/>, a refused grant
/// <see cref="OAuthException"/> (<see cref="ReconsentRequiredException"/> for a refused refresh). No other exception
/// type leaves a call but <see cref="OperationCanceledException"/> for the caller's cancellation and argument or
/// configuration errors. Tokens and secrets never appear in messages or <c>ToString()</c>.
/// </remarks>
public sealed partial class DataCustodianClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;

    /// <summary>Creates a client with its own HTTP stack (TLS with the client certificate, trust, retries, per-attempt timeout).</summary>
    public DataCustodianClient(DataCustodianOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Clone();
        _http = HttpPipeline.CreateHttpClient(Options);
        _ownsHttp = true;
        _limiters = CreateLimiters(Options);
    }

    /// <summary>
    /// Creates a client over <paramref name="httpClient"/>, yours (from <c>IHttpClientFactory</c>, say), which is not
    /// disposed with the client. Its primary handler must present the client certificate and trust the custodian; its
    /// pipeline should not retry POSTs (a code exchange or a refresh sent twice can revoke the grant): with
    /// Microsoft.Extensions.Http.Resilience, <c>HttpRetryStrategyOptions.DisableForUnsafeHttpMethods()</c>. Bearer
    /// tokens, renewal after a 401, the limits and the translation of failures are the client's own.
    /// <see cref="DataCustodianOptions.ClientCertificate"/> may still be set: failures then name it.
    /// </summary>
    public DataCustodianClient(HttpClient httpClient, DataCustodianOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Clone();
        _http = httpClient;
        _limiters = CreateLimiters(Options);
    }

    /// <summary>The options (a copy of those given).</summary>
    public DataCustodianOptions Options { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
        DisposeLimiters();
        _clientTokenLock.Dispose();
    }

    /// <inheritdoc/>
    public override string ToString() => $"DataCustodianClient for {Options.ResourceServer}";
}
