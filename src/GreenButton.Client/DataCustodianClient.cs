namespace GreenButton.Client;

/// <summary>
/// A Green Button Connect My Data client for one Data Custodian: the OAuth 2.0 grants (authorization code with
/// optional PKCE, refresh, client credentials) and the ESPI resource requests (synchronous, asynchronous and bulk),
/// over mutual TLS, with responses streamed straight into the parser.
/// </summary>
/// <remarks>
/// Thread-safe; make one per custodian and client certificate and keep it. Transient failures (408, 429, 5xx,
/// connection errors) are retried with backoff honouring <c>Retry-After</c>; a failure that stays raises
/// <see cref="DataCustodianException"/>, a refused grant <see cref="OAuthException"/>. Tokens and secrets never appear in
/// messages or <c>ToString()</c>.
/// </remarks>
public sealed partial class DataCustodianClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;

    /// <summary>Creates a client with its own HTTP stack (TLS with the client certificate, retries, bearer tokens).</summary>
    public DataCustodianClient(DataCustodianOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Clone();
        _http = HttpPipeline.CreateHttpClient(Options);
        _ownsHttp = true;
    }

    /// <summary>Creates a client over an <see cref="HttpClient"/> from <c>AddGreenButtonClient</c>, whose pipeline holds the bearer handler.</summary>
    internal DataCustodianClient(HttpClient httpClient, DataCustodianOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Clone();
        _http = httpClient;
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
        _clientTokenLock.Dispose();
        _refreshLock.Dispose();
    }

    /// <inheritdoc/>
    public override string ToString() => $"DataCustodianClient for {Options.ResourceServer}";
}
