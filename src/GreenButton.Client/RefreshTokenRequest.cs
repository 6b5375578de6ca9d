namespace GreenButton.Client;

/// <summary>The refresh-token grant.</summary>
public sealed class RefreshTokenRequest : TokenRequest
{
    /// <summary>The refresh token.</summary>
    public required string RefreshToken { get; init; }

    /// <inheritdoc/>
    public override string GrantType => "refresh_token";

    internal override IEnumerable<KeyValuePair<string, string>> Parameters
    {
        get
        {
            yield return new("refresh_token", RefreshToken);
        }
    }
}
