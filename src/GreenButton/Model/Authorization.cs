namespace GreenButton;

/// <summary>
/// ESPI <c>Authorization</c>: an OAuth grant of access to a customer's data, with its scope and resource URIs.
/// <see cref="AccessToken"/> and <see cref="RefreshToken"/> are secrets: never log them.
/// </summary>
public sealed class Authorization : EspiResource
{
    /// <inheritdoc/>
    public override string ResourceName => "Authorization";

    /// <summary><c>authorizedPeriod</c>.</summary>
    public DateTimeInterval? AuthorizedPeriod { get; init; }
    /// <summary><c>publishedPeriod</c>.</summary>
    public DateTimeInterval? PublishedPeriod { get; init; }
    /// <summary><c>access_token</c>: a secret.</summary>
    public string? AccessToken { get; init; }
    /// <summary><c>status</c>.</summary>
    public AuthorizationStatus? Status { get; init; }
    /// <summary><c>expires_at</c>.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
    /// <summary><c>grant_type</c> as written.</summary>
    public string? GrantType { get; init; }
    /// <summary><c>refresh_token</c>: a secret.</summary>
    public string? RefreshToken { get; init; }
    /// <summary><c>scope</c>.</summary>
    public string? Scope { get; init; }
    /// <summary><c>token_type</c> as written (<c>Bearer</c>).</summary>
    public string? TokenType { get; init; }
    /// <summary><c>error</c> as written (OAuth error code).</summary>
    public string? Error { get; init; }
    /// <summary><c>error_description</c>.</summary>
    public string? ErrorDescription { get; init; }
    /// <summary><c>error_uri</c>.</summary>
    public string? ErrorUri { get; init; }
    /// <summary><c>resourceURI</c>.</summary>
    public string? ResourceUri { get; init; }
    /// <summary><c>authorizationURI</c>.</summary>
    public string? AuthorizationUri { get; init; }
    /// <summary><c>customerResourceURI</c>.</summary>
    public string? CustomerResourceUri { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"Authorization {SelfHref} status {Status} scope {Scope}"; // never the tokens
}
