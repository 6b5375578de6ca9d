namespace GreenButton.Client;

/// <summary>The authorization-code grant: the code the custodian sent to the redirect URI, and the PKCE verifier when one was used.</summary>
public sealed class AuthorizationCodeTokenRequest : TokenRequest
{
    /// <summary>The authorization code.</summary>
    public required string Code { get; init; }

    /// <summary>The redirect URI given at authorization (required by RFC 6749 §4.1.3 when it was sent).</summary>
    public Uri? RedirectUri { get; init; }

    /// <summary>The PKCE <c>code_verifier</c>; null without PKCE.</summary>
    public string? CodeVerifier { get; init; }

    /// <inheritdoc/>
    public override string GrantType => "authorization_code";

    internal override IEnumerable<KeyValuePair<string, string>> Parameters
    {
        get
        {
            yield return new("code", Code);
            if (RedirectUri is not null)
            {
                yield return new("redirect_uri", RedirectUri.OriginalString);
            }
            if (CodeVerifier is not null)
            {
                yield return new("code_verifier", CodeVerifier);
            }
        }
    }
}
