using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GreenButton.Client;
using Microsoft.AspNetCore.Http;

namespace GreenButton.Sandbox;

public sealed partial class SandboxCustodian
{
    private readonly ConcurrentDictionary<string, CodeGrant> _codes = new();
    private readonly ConcurrentDictionary<string, TokenGrant> _accessTokens = new();
    private readonly ConcurrentDictionary<string, string> _refreshTokens = new();

    private sealed record CodeGrant(string? RedirectUri, string Scope, string? CodeChallenge, DateTimeOffset ExpiresAt);

    private sealed record TokenGrant(bool IsClient, string Scope, DateTimeOffset ExpiresAt);

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

    /// <summary>Auto-grants: redirects to <c>redirect_uri</c> with a one-time code and the state.</summary>
    private void Authorize(HttpContext context)
    {
        var q = context.Request.Query;
        string? redirect = q["redirect_uri"];
        if (q["client_id"] != Options.ClientId || redirect is null || !Uri.TryCreate(redirect, UriKind.Absolute, out _))
        {
            // RFC 6749 §4.1.2.1: never redirect to an unverified URI.
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        string? state = q["state"];
        string? error = null;
        string? challenge = q["code_challenge"];
        if (q["response_type"] != "code")
        {
            error = "unsupported_response_type";
        }
        else if (challenge is not null && q["code_challenge_method"] != "S256")
        {
            error = "invalid_request";
        }
        var query = new StringBuilder(redirect.Contains('?', StringComparison.Ordinal) ? "&" : "?");
        if (error is null)
        {
            var code = NewToken();
            _codes[code] = new CodeGrant(redirect, q["scope"].FirstOrDefault() ?? Options.Scope, challenge, DateTimeOffset.UtcNow.AddMinutes(5));
            query.Append("code=").Append(Uri.EscapeDataString(code));
        }
        else
        {
            query.Append("error=").Append(error);
        }
        if (state is not null)
        {
            query.Append("&state=").Append(Uri.EscapeDataString(state));
        }
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = redirect + query;
    }

    private async Task TokenAsync(HttpContext context)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false) : FormCollection.Empty;
        string grantType = form["grant_type"].FirstOrDefault() ?? "";
        string? scope = form["scope"].FirstOrDefault();
        var style = "none";
        string? id = null, secret = null;
        string header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            style = "basic";
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                if (colon >= 0)
                {
                    // RFC 6749 §2.3.1: both parts are form-urlencoded.
                    id = WebUtility.UrlDecode(pair[..colon]);
                    secret = WebUtility.UrlDecode(pair[(colon + 1)..]);
                }
            }
            catch (FormatException)
            {
            }
        }
        if (form.ContainsKey("client_secret") || form.ContainsKey("client_id"))
        {
            if (style == "basic" && form.ContainsKey("client_secret"))
            {
                await OAuthErrorAsync(context, grantType, style, scope, StatusCodes.Status400BadRequest, "invalid_request", "more than one client authentication method").ConfigureAwait(false);
                return;
            }
            if (style != "basic")
            {
                style = "form";
                id = form["client_id"];
                secret = form["client_secret"];
            }
        }
        if (id != Options.ClientId || secret is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(Options.ClientSecret)))
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"sandbox\"";
            await OAuthErrorAsync(context, grantType, style, scope, StatusCodes.Status401Unauthorized, "invalid_client", "client authentication failed").ConfigureAwait(false);
            return;
        }
        switch (grantType)
        {
            case "authorization_code":
            {
                string code = form["code"].FirstOrDefault() ?? "";
                if (!_codes.TryRemove(code, out var grant) || grant.ExpiresAt < DateTimeOffset.UtcNow)
                {
                    await OAuthErrorAsync(context, grantType, style, scope, 400, "invalid_grant", "unknown or used authorization code").ConfigureAwait(false);
                    return;
                }
                if (grant.RedirectUri != form["redirect_uri"].FirstOrDefault())
                {
                    await OAuthErrorAsync(context, grantType, style, scope, 400, "invalid_grant", "redirect_uri differs from the authorization request").ConfigureAwait(false);
                    return;
                }
                if (grant.CodeChallenge is not null)
                {
                    string verifier = form["code_verifier"].FirstOrDefault() ?? "";
                    var expected = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
                    if (expected != grant.CodeChallenge)
                    {
                        await OAuthErrorAsync(context, grantType, style, scope, 400, "invalid_grant", "PKCE verification failed").ConfigureAwait(false);
                        return;
                    }
                }
                await CustomerTokensAsync(context, grant.Scope, style, scope).ConfigureAwait(false);
                return;
            }
            case "refresh_token":
            {
                string refresh = form["refresh_token"].FirstOrDefault() ?? "";
                if (!_refreshTokens.TryGetValue(refresh, out var granted))
                {
                    await OAuthErrorAsync(context, grantType, style, scope, 400, "invalid_grant", "unknown or revoked refresh token").ConfigureAwait(false);
                    return;
                }
                if (Options.RotateRefreshTokens)
                {
                    _refreshTokens.TryRemove(refresh, out _);
                }
                await CustomerTokensAsync(context, granted, style, scope, refresh: Options.RotateRefreshTokens ? null : refresh).ConfigureAwait(false);
                return;
            }
            case "client_credentials":
            {
                var token = NewToken();
                _accessTokens[token] = new TokenGrant(IsClient: true, scope ?? Options.Scope, DateTimeOffset.UtcNow + Options.AccessTokenLifetime);
                _tokenRequests.Enqueue(new SandboxTokenRequest(grantType, style, scope, null));
                await JsonAsync(context, 200, new Dictionary<string, object?>
                {
                    [Options.PgeStyleClientToken ? "client_access_token" : "access_token"] = token,
                    ["token_type"] = "Bearer",
                    ["expires_in"] = (long)Options.AccessTokenLifetime.TotalSeconds,
                    ["scope"] = scope ?? Options.Scope,
                }).ConfigureAwait(false);
                return;
            }
            default:
                await OAuthErrorAsync(context, grantType, style, scope, 400, "unsupported_grant_type", null).ConfigureAwait(false);
                return;
        }
    }

    /// <summary>
    /// Issues customer tokens directly, as if a customer had consented and the code had been exchanged: for command-line
    /// use and tests that do not exercise the authorization step.
    /// </summary>
    public TokenResponse IssueCustomerTokens()
    {
        var access = NewToken();
        var refresh = NewToken();
        var expires = DateTimeOffset.UtcNow + Options.AccessTokenLifetime;
        _accessTokens[access] = new TokenGrant(IsClient: false, Options.Scope, expires);
        _refreshTokens[refresh] = Options.Scope;
        return new TokenResponse
        {
            AccessToken = access,
            RefreshToken = refresh,
            TokenType = "Bearer",
            ExpiresAt = expires,
            Scope = Options.Scope,
            ResourceUri = SubscriptionUri,
            AuthorizationUri = AuthorizationUri,
            CustomerResourceUri = new Uri(ResourceServer, "RetailCustomer/1").AbsoluteUri,
        };
    }

    private string SubscriptionUri => new Uri(ResourceServer, $"Batch/Subscription/{Uri.EscapeDataString(Options.SubscriptionId)}").AbsoluteUri;

    private string AuthorizationUri => new Uri(ResourceServer, $"Authorization/{Uri.EscapeDataString(Options.ApplicationInformationId)}").AbsoluteUri;

    private async Task CustomerTokensAsync(HttpContext context, string grantedScope, string style, string? requestedScope, string? refresh = null)
    {
        var access = NewToken();
        refresh ??= NewToken();
        _accessTokens[access] = new TokenGrant(IsClient: false, grantedScope, DateTimeOffset.UtcNow + Options.AccessTokenLifetime);
        _refreshTokens[refresh] = grantedScope;
        _tokenRequests.Enqueue(new SandboxTokenRequest(context.Request.Form["grant_type"].ToString(), style, requestedScope, null));
        await JsonAsync(context, 200, new Dictionary<string, object?>
        {
            ["access_token"] = access,
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)Options.AccessTokenLifetime.TotalSeconds,
            ["refresh_token"] = refresh,
            ["scope"] = grantedScope,
            ["resourceURI"] = SubscriptionUri,
            ["authorizationURI"] = AuthorizationUri,
            ["customerResourceURI"] = new Uri(ResourceServer, "RetailCustomer/1").AbsoluteUri,
        }).ConfigureAwait(false);
    }

    private Task OAuthErrorAsync(HttpContext context, string grantType, string style, string? scope, int status, string error, string? description)
    {
        _tokenRequests.Enqueue(new SandboxTokenRequest(grantType, style, scope, error));
        return JsonAsync(context, status, new Dictionary<string, object?> { ["error"] = error, ["error_description"] = description });
    }

    private static async Task JsonAsync(HttpContext context, int status, Dictionary<string, object?> body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        await JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
    }

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
}
