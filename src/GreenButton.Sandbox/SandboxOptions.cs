using GreenButton.Synthetic;

namespace GreenButton.Sandbox;

/// <summary>How a <see cref="SandboxCustodian"/> is set up: ports, the registered third party, the data it serves, notifications.</summary>
public sealed record SandboxOptions
{
    /// <summary>Port of the API listener (mutual TLS: token endpoint and resources); 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Port of the customer-facing listener (the authorization page, no client certificate); 0 picks a free one.</summary>
    public int AuthorizationPort { get; init; }

    /// <summary>The registered third party's client id.</summary>
    public string ClientId { get; init; } = "sandbox-third-party";

    /// <summary>The registered third party's client secret.</summary>
    public string ClientSecret { get; init; } = "sandbox-secret";

    /// <summary>
    /// The registered third party's redirect URIs, matched exactly (RFC 6749 §3.1.2.2, §10.6): an authorization request
    /// naming another is refused without redirecting. When the request names none, the only one registered is used.
    /// </summary>
    public IReadOnlyList<string> RedirectUris { get; init; } = [DefaultRedirectUri];

    /// <summary>The redirect URI registered by default (and set by <see cref="SandboxCustodian.CreateClientOptions"/>).</summary>
    public const string DefaultRedirectUri = "https://127.0.0.1/callback";

    /// <summary>How the registered third party authenticates at the token endpoint.</summary>
    public SandboxClientAuthentication ClientAuthentication { get; init; } = SandboxClientAuthentication.ClientSecret;

    /// <summary>
    /// Bind access tokens to the client certificate (RFC 8705 §3): tokens are JWTs whose <c>cnf</c> holds the
    /// certificate's <c>x5t#S256</c>, and a token presented over a connection with another certificate gets 401 <c>invalid_token</c>.
    /// </summary>
    public bool CertificateBoundTokens { get; init; }

    /// <summary>
    /// Revoke the whole grant (its access and refresh tokens) when a consumed refresh token comes again (RFC 9700
    /// §4.14.2), as strict rotating custodians do: the refresh whose answer was lost must not be retried.
    /// </summary>
    public bool RevokeGrantOnRefreshTokenReuse { get; init; } = true;

    /// <summary>How the TLS layer refuses a missing or untrusted client certificate.</summary>
    public SandboxCertificateRefusal CertificateRefusal { get; init; } = SandboxCertificateRefusal.CloseConnection;

    /// <summary>The scope granted when the request names none.</summary>
    public string Scope { get; init; } = "FB=1_3_4_5_13_14_39;IntervalDuration=900;BlockDuration=daily;HistoryLength=63072000";

    /// <summary>The generated data: usage points and the days of history, from <see cref="SyntheticFeedOptions.StartDate"/>.</summary>
    public SyntheticFeedOptions Feed { get; init; } = SyntheticFeedOptions.Electricity(meters: 1, days: 730) with { LineBreaks = true };

    /// <summary>The subscription id tokens grant.</summary>
    public string SubscriptionId { get; init; } = "1";

    /// <summary>The bulk id of the third party's bulk request.</summary>
    public string BulkId { get; init; } = "1";

    /// <summary>The ApplicationInformation and Authorization id.</summary>
    public string ApplicationInformationId { get; init; } = "1";

    /// <summary>Where BatchList notifications are POSTed (the third party's notify URI); null: none are sent.</summary>
    public Uri? NotificationUri { get; init; }

    /// <summary>Delay between a 202 and its notification.</summary>
    public TimeSpan NotificationDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Answer <c>Batch/Subscription/{id}</c> requests 202 Accepted first and notify, as asynchronous custodians do (UsagePoint requests stay synchronous).</summary>
    public bool AsyncSubscriptions { get; init; }

    /// <summary>Name the client-credentials token <c>client_access_token</c> (as PG&amp;E does) instead of <c>access_token</c>.</summary>
    public bool PgeStyleClientToken { get; init; }

    /// <summary>Lifetime of issued access tokens (<c>expires_in</c>).</summary>
    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Issue a new refresh token at each refresh and revoke the old one.</summary>
    public bool RotateRefreshTokens { get; init; } = true;

    /// <summary>Gzip responses when the client accepts it.</summary>
    public bool CompressResponses { get; init; }

    /// <summary>Certificates to use; null makes fresh ones (<see cref="SandboxCertificates.Create"/>), disposed with the sandbox.</summary>
    public SandboxCertificates? Certificates { get; init; }
}
