using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GreenButton.Client;

namespace GreenButton.Cli.Connect;

/// <summary>
/// <c>fetch</c>'s connection options as given (an option wins over its <c>GREENBUTTON_*</c> variable), turned into
/// <see cref="DataCustodianOptions"/>. Secrets come only from the environment or from files.
/// </summary>
internal sealed record CustodianSettings
{
    public bool Pge { get; init; }

    public Uri? TokenEndpoint { get; init; }

    public Uri? ResourceServer { get; init; }

    public string? ClientId { get; init; }

    public string? Certificate { get; init; }

    public string? Key { get; init; }

    public string? Pfx { get; init; }

    public string? Trust { get; init; }

    /// <summary><c>xs</c> or <c>epoch</c>; null: the profile's.</summary>
    public string? Dates { get; init; }

    public double? MaxWindowDays { get; init; }

    public int? TimeoutSeconds { get; init; }

    public int? Retries { get; init; }

    /// <summary><c>basic</c>, <c>basic-raw</c>, <c>form</c> or <c>tls</c>; null: the profile's.</summary>
    public string? ClientAuthentication { get; init; }

    /// <summary>The resource server: the option, the variable, or the profile's.</summary>
    public Uri? EffectiveResourceServer => ResourceServer ?? Variable(ConnectVariables.ResourceServer) ?? (Pge ? new Uri(DataCustodianOptions.PgeResourceServer) : null);

    /// <summary>The longest window one request asks for: the option, or the profile's (PG&amp;E: 28 days).</summary>
    public TimeSpan? MaxWindow => MaxWindowDays is { } days ? TimeSpan.FromDays(days) : Pge ? TimeSpan.FromDays(28) : null;

    /// <summary>The client options; the certificates are loaded now.</summary>
    /// <exception cref="UsageException">An option is missing or out of range.</exception>
    /// <exception cref="GreenButtonException">A certificate or key file cannot be read.</exception>
    public DataCustodianOptions ToOptions(ITokenStore? tokenStore)
    {
        var resourceServer = EffectiveResourceServer
            ?? throw new UsageException($"give the resource server: --resource-server URI or {ConnectVariables.ResourceServer} (or --profile pge).");
        if (!resourceServer.IsAbsoluteUri)
        {
            throw new UsageException("--resource-server must be an absolute URI.");
        }
        if (MaxWindowDays is <= 0 || TimeoutSeconds is <= 0 || Retries is < 0)
        {
            throw new UsageException("--max-window and --timeout must be positive, --retries zero or more.");
        }
        var options = new DataCustodianOptions
        {
            TokenEndpoint = TokenEndpoint ?? Variable(ConnectVariables.TokenEndpoint) ?? (Pge ? new Uri(DataCustodianOptions.PgeTokenEndpoint) : null),
            ResourceServer = resourceServer,
            ClientId = ClientId ?? ConnectVariables.Get(ConnectVariables.ClientId),
            ClientSecret = ConnectVariables.Get(ConnectVariables.ClientSecret),
            PublishedDateFormat = (Dates ?? (Pge ? "epoch" : "xs")) == "epoch" ? PublishedDateFormat.UnixSeconds : PublishedDateFormat.XsDateTime,
            MaxWindow = MaxWindow,
            TokenStore = tokenStore,
            ClientAuthentication = (ClientAuthentication ?? (Pge ? "basic-raw" : "basic")) switch
            {
                "basic-raw" => ClientAuthenticationStyle.BasicHeaderUnencoded,
                "form" => ClientAuthenticationStyle.FormBody,
                "tls" => ClientAuthenticationStyle.TlsClientAuth,
                _ => ClientAuthenticationStyle.BasicHeader,
            },
        };
        if (TimeoutSeconds is { } timeout)
        {
            options.RequestTimeout = TimeSpan.FromSeconds(timeout);
        }
        if (Retries is { } retries)
        {
            options.MaxRetryAttempts = retries;
        }
        options.ClientCertificate = LoadClientCertificate();
        if (options.ClientAuthentication == ClientAuthenticationStyle.TlsClientAuth && options.ClientCertificate is null)
        {
            throw new UsageException("--client-auth tls authenticates with the client certificate alone: give --cert with --key, or --pfx.");
        }
        if ((Trust ?? ConnectVariables.Get(ConnectVariables.Trust)) is { } trust)
        {
            options.AdditionalTrustedRoot = Load(trust, () => X509CertificateLoader.LoadCertificateFromFile(trust));
        }
        return options;
    }

    private X509Certificate2? LoadClientCertificate()
    {
        var pfx = Pfx ?? (Certificate is null ? ConnectVariables.Get(ConnectVariables.Pfx) : null);
        var certificate = Certificate ?? (Pfx is null ? ConnectVariables.Get(ConnectVariables.Certificate) : null);
        if (pfx is not null && certificate is not null)
        {
            throw new UsageException("give either --pfx or --cert with --key, not both.");
        }
        if (pfx is not null)
        {
            return Load(pfx, () => ClientCertificates.FromPfxFile(pfx, ConnectVariables.Get(ConnectVariables.PfxPassword)));
        }
        if (certificate is null)
        {
            return Key is null ? null : throw new UsageException("--key needs --cert.");
        }
        var key = Key ?? ConnectVariables.Get(ConnectVariables.Key) ?? throw new UsageException($"--cert needs its private key: --key FILE or {ConnectVariables.Key}.");
        return Load(certificate, () => ClientCertificates.FromPemFiles(certificate, key));
    }

    private static X509Certificate2 Load(string path, Func<X509Certificate2> load)
    {
        try
        {
            return load();
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new GreenButtonException($"{path}: cannot load the certificate or key: {ex.Message}", ex);
        }
    }

    /// <summary>An option's absolute URI; null when not given.</summary>
    public static Uri? AbsoluteUri(string? text, string option)
        => text is null ? null
            : Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri
            : throw new UsageException($"{option}: '{text}' is not an absolute http(s) URI.");

    private static Uri? Variable(string name)
        => ConnectVariables.Get(name) is { } text
            ? Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : throw new UsageException($"{name} is not an absolute URI: {text}")
            : null;

    /// <summary>An instant of <c>--from</c>/<c>--to</c>: an ISO date or date-time, UTC unless it carries an offset.</summary>
    public static DateTimeOffset ParseInstant(string text, string option)
        => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value)
            ? value
            : throw new UsageException($"{option}: '{text}' is not a date (yyyy-MM-dd) or date-time (yyyy-MM-ddTHH:mm:ssZ).");
}
