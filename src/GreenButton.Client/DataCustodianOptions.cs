using System.Security.Cryptography.X509Certificates;
using System.Threading.RateLimiting;

namespace GreenButton.Client;

/// <summary>
/// Where a Data Custodian lives and how to talk to it: OAuth endpoints, resource server, client credentials, client
/// certificate, trust, date format and request limits. The property names follow the ESPI and OAuth vocabulary.
/// </summary>
/// <remarks>Holds secrets: never log an instance. <see cref="ToString"/> names only the endpoints.</remarks>
public sealed class DataCustodianOptions
{
    /// <summary>The PG&amp;E Share My Data authorization endpoint (customer consent page).</summary>
    public const string PgeAuthorizationEndpoint = "https://sharemydata.pge.com/myAuthorization";

    /// <summary>The PG&amp;E Share My Data token endpoint.</summary>
    public const string PgeTokenEndpoint = "https://api.pge.com/datacustodian/oauth/v2/token";

    /// <summary>The PG&amp;E Share My Data ESPI resource server.</summary>
    public const string PgeResourceServer = "https://api.pge.com/GreenButtonConnect/espi/1_1/resource/";

    /// <summary>The OAuth authorization endpoint the customer is sent to.</summary>
    public Uri? AuthorizationEndpoint { get; set; }

    /// <summary>The OAuth token endpoint.</summary>
    public Uri? TokenEndpoint { get; set; }

    /// <summary>Base URI of the ESPI resources, e.g. <c>https://api.pge.com/GreenButtonConnect/espi/1_1/resource/</c>.</summary>
    public Uri? ResourceServer { get; set; }

    /// <summary>The third party's OAuth client id.</summary>
    public string? ClientId { get; set; }

    /// <summary>The third party's OAuth client secret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Where the custodian redirects the customer with the authorization code.</summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>The scope requested at authorization and, by default, resent on refresh (ESPI's <c>FB=...</c> function blocks).</summary>
    public string? Scope { get; set; }

    /// <summary>Which scope a refresh sends: <see cref="Scope"/> (the default), the granted one, or none.</summary>
    public RefreshScope RefreshScope { get; set; } = RefreshScope.Configured;

    /// <summary>The client certificate presented at the TLS handshake (mutual TLS), with its private key.</summary>
    public X509Certificate2? ClientCertificate { get; set; }

    /// <summary>
    /// A root trusted in addition to the machine's store (a sandbox's CA). The machine store is always consulted first,
    /// so <c>SSL_CERT_FILE</c>/<c>SSL_CERT_DIR</c> work on Linux. Server certificates are never accepted blindly.
    /// </summary>
    public X509Certificate2? AdditionalTrustedRoot { get; set; }

    /// <summary>How <c>published-min/max</c> are written.</summary>
    public PublishedDateFormat PublishedDateFormat { get; set; } = PublishedDateFormat.XsDateTime;

    /// <summary>How the client authenticates to the token endpoint: Basic with encoded (the default) or raw credentials, form body, or the certificate alone.</summary>
    public ClientAuthenticationStyle ClientAuthentication { get; set; } = ClientAuthenticationStyle.BasicHeader;

    /// <summary>Use PKCE (S256) in the authorization-code grant.</summary>
    public bool UsePkce { get; set; }

    /// <summary>Time allowed for one attempt until the response headers arrive; custodians take tens of seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>The longest <c>published-min..max</c> window one request may ask for; longer ranges are split and merged. Null: no limit.</summary>
    public TimeSpan? MaxWindow { get; set; }

    /// <summary>Retries of a transient failure (408, 429, 5xx, connection error) after the first attempt.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base of the exponential backoff between retries (a <c>Retry-After</c> header wins).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Called before each retry, once the wait is known: one line for a log or a terminal is its
    /// <see cref="DataCustodianRetry.ToString"/> (<c>retry 2/3 after 4.1 s: 503 Service Unavailable</c>). It runs on the
    /// request's path and may run for several requests at once: keep it short and thread-safe; what it throws fails the request.
    /// </summary>
    public Action<DataCustodianRetry>? OnRetry { get; set; }

    /// <summary>A token is renewed this long before it expires.</summary>
    public TimeSpan TokenExpiryMargin { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The most requests in flight at once to this custodian (token requests included), a download holding its slot
    /// until its body is read; null: no limit. A <see cref="System.Threading.RateLimiting.ConcurrencyLimiter"/> per client.
    /// </summary>
    public int? MaxConcurrentRequests { get; set; }

    /// <summary>The least time between the starts of two requests (PG&amp;E asks for pauses); null: none. Retries are spaced by their backoff.</summary>
    public TimeSpan? MinimumRequestInterval { get; set; }

    /// <summary>
    /// A limiter of yours, acquired (one permit) before each request besides the two above: share one among the clients
    /// of one custodian (one per certificate), or give a <see cref="TokenBucketRateLimiter"/> for requests per period.
    /// The client never disposes it. A refused lease is a <see cref="DataCustodianException"/> of kind <see cref="DataCustodianErrorKind.RateLimited"/>.
    /// </summary>
    public RateLimiter? RateLimiter { get; set; }

    /// <summary>Where customer tokens are kept; when set, resource calls without an explicit token use it and refresh transparently.</summary>
    public ITokenStore? TokenStore { get; set; }

    /// <summary>The clock for token expiry.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>How responses are parsed (leniency, redaction of values in messages).</summary>
    public GreenButtonReaderOptions ReaderOptions { get; set; }

    /// <summary>The PG&amp;E Share My Data profile: its endpoints, epoch-second dates, 28-day windows, Basic client authentication with raw credentials (as PG&amp;E's SDK sends them).</summary>
    public static DataCustodianOptions PgeShareMyData(string clientId, string clientSecret, X509Certificate2 clientCertificate, Uri? redirectUri = null)
        => new()
        {
            AuthorizationEndpoint = new Uri(PgeAuthorizationEndpoint),
            TokenEndpoint = new Uri(PgeTokenEndpoint),
            ResourceServer = new Uri(PgeResourceServer),
            ClientId = clientId,
            ClientSecret = clientSecret,
            ClientCertificate = clientCertificate,
            RedirectUri = redirectUri,
            PublishedDateFormat = PublishedDateFormat.UnixSeconds,
            ClientAuthentication = ClientAuthenticationStyle.BasicHeaderUnencoded,
            MaxWindow = TimeSpan.FromDays(28),
        };

    /// <summary>A generic ESPI Data Custodian: <c>xs:dateTime</c> dates, Basic client authentication, no window limit.</summary>
    public static DataCustodianOptions GenericEspi(Uri authorizationEndpoint, Uri tokenEndpoint, Uri resourceServer, string clientId, string clientSecret,
        X509Certificate2? clientCertificate = null, Uri? redirectUri = null)
        => new()
        {
            AuthorizationEndpoint = authorizationEndpoint,
            TokenEndpoint = tokenEndpoint,
            ResourceServer = resourceServer,
            ClientId = clientId,
            ClientSecret = clientSecret,
            ClientCertificate = clientCertificate,
            RedirectUri = redirectUri,
        };

    /// <summary>A shallow copy (the certificates and the store are shared).</summary>
    public DataCustodianOptions Clone() => (DataCustodianOptions)MemberwiseClone();

    /// <inheritdoc/>
    public override string ToString() => $"DataCustodianOptions token {TokenEndpoint} resources {ResourceServer}"; // never the secret
}
