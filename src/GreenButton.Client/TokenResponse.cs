using System.Globalization;
using System.Text.Json;

namespace GreenButton.Client;

/// <summary>
/// A token endpoint's answer: the tokens, their expiry and the ESPI URIs PG&amp;E-style custodians add
/// (<c>resourceURI</c>, <c>authorizationURI</c>, <c>customerResourceURI</c>).
/// </summary>
/// <remarks><see cref="ToString"/> never shows a token.</remarks>
public sealed class TokenResponse
{
    /// <summary>The access token (<c>access_token</c>, or PG&amp;E's <c>client_access_token</c> for the client-credentials grant).</summary>
    public required string AccessToken { get; init; }

    /// <summary>The refresh token; null when none was issued.</summary>
    public string? RefreshToken { get; init; }

    /// <summary>The token type, <c>Bearer</c>.</summary>
    public string? TokenType { get; init; }

    /// <summary>When the access token expires (receipt time plus <c>expires_in</c>); null when the custodian did not say.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The granted scope.</summary>
    public string? Scope { get; init; }

    /// <summary>ESPI <c>resourceURI</c>: the subscription the token reaches.</summary>
    public string? ResourceUri { get; init; }

    /// <summary>ESPI <c>authorizationURI</c>: the Authorization resource of this grant.</summary>
    public string? AuthorizationUri { get; init; }

    /// <summary>ESPI <c>customerResourceURI</c> (retail customer data), when offered.</summary>
    public string? CustomerResourceUri { get; init; }

    /// <summary>Whether the access token is expired, or expires within <paramref name="margin"/>, at <paramref name="now"/>.</summary>
    public bool IsExpired(DateTimeOffset now, TimeSpan margin = default) => ExpiresAt is { } at && at - margin <= now;

    /// <inheritdoc/>
    public override string ToString()
        => $"TokenResponse {TokenType ?? "Bearer"} expires {ExpiresAt?.ToString("u", CultureInfo.InvariantCulture) ?? "unknown"} scope {Scope} refresh {(RefreshToken is null ? "none" : "present")}";

    /// <summary>Reads a JSON token response; <paramref name="previousRefreshToken"/> is kept when no new one is issued.</summary>
    internal static TokenResponse FromJson(JsonElement json, DateTimeOffset now, string? previousRefreshToken)
    {
        var access = String(json, "access_token") ?? String(json, "client_access_token")
            ?? throw new OAuthException(null, "the token response holds neither access_token nor client_access_token", null, null);
        DateTimeOffset? expiresAt = null;
        if (json.TryGetProperty("expires_in", out var expires))
        {
            // Some custodians send the number as a string.
            if ((expires.ValueKind == JsonValueKind.Number && expires.TryGetDouble(out var seconds))
                || (expires.ValueKind == JsonValueKind.String && double.TryParse(expires.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out seconds)))
            {
                expiresAt = now.AddSeconds(seconds);
            }
        }
        return new TokenResponse
        {
            AccessToken = access,
            RefreshToken = String(json, "refresh_token") ?? previousRefreshToken,
            TokenType = String(json, "token_type"),
            ExpiresAt = expiresAt,
            Scope = String(json, "scope"),
            ResourceUri = String(json, "resourceURI"),
            AuthorizationUri = String(json, "authorizationURI"),
            CustomerResourceUri = String(json, "customerResourceURI"),
        };
    }

    private static string? String(JsonElement json, string name)
        => json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
