using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using GreenButton.Client;
using Microsoft.AspNetCore.Http;

namespace GreenButton.Sandbox;

public sealed partial class SandboxCustodian
{
    private readonly ConcurrentDictionary<string, CodeGrant> _codes = new();
    private readonly ConcurrentDictionary<string, TokenGrant> _accessTokens = new();
    private readonly ConcurrentDictionary<string, RefreshGrant> _refreshTokens = new();
    private readonly ConcurrentDictionary<string, string> _consumedRefreshTokens = new(); // refresh token -> its grant
    private readonly ConcurrentDictionary<string, byte> _subscriptions = new(StringComparer.Ordinal);
    private readonly byte[] _signingKey = RandomNumberGenerator.GetBytes(32);
    private int _revokedGrants;

    private sealed record CodeGrant(string ClientId, string? RedirectUri, string Scope, string? CodeChallenge, DateTimeOffset ExpiresAt);

    /// <summary>An access token: whose (client or a grant), its scope, subscription and, when bound, certificate thumbprint.</summary>
    private sealed record TokenGrant(bool IsClient, string Scope, DateTimeOffset ExpiresAt, string? GrantId = null, string? SubscriptionId = null, string? Thumbprint = null);

    private sealed record RefreshGrant(string GrantId, string Scope, string SubscriptionId);

    /// <summary>Grants revoked because a consumed refresh token came back (<see cref="SandboxOptions.RevokeGrantOnRefreshTokenReuse"/>).</summary>
    public int RevokedGrants => Volatile.Read(ref _revokedGrants);

    /// <summary>Auto-grants: redirects to the registered <c>redirect_uri</c> with a one-time code and the state.</summary>
    private void Authorize(HttpContext context)
    {
        var q = context.Request.Query;
        string? redirect = q["redirect_uri"];
        if (redirect is null && Options.RedirectUris.Count == 1)
        {
            redirect = Options.RedirectUris[0]; // RFC 6749 §3.1.2.3: optional when only one is registered
        }
        if (q["client_id"] != Options.ClientId || redirect is null || !Options.RedirectUris.Contains(redirect, StringComparer.Ordinal)
            || q.Any(p => p.Value.Count > 1))
        {
            // RFC 6749 §4.1.2.1: an unknown client or an unregistered redirect URI is never redirected to.
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain";
            return;
        }
        string? state = q["state"];
        string? error = null;
        string? challenge = q["code_challenge"];
        if (q["response_type"] != "code")
        {
            error = "unsupported_response_type";
        }
        else if (challenge is not null && (q["code_challenge_method"] != "S256" || challenge.Length != 43 || !IsUnreserved(challenge)))
        {
            error = "invalid_request"; // S256 only (RFC 9700 §2.1.1), a base64url SHA-256
        }
        var query = new StringBuilder(redirect.Contains('?', StringComparison.Ordinal) ? "&" : "?");
        if (error is null)
        {
            var code = NewToken();
            _codes[code] = new CodeGrant(Options.ClientId, q.ContainsKey("redirect_uri") ? redirect : null, q["scope"].FirstOrDefault() ?? Options.Scope, challenge,
                DateTimeOffset.UtcNow.AddMinutes(5));
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
        if (Faults.TryTakeToken(out var fault) && fault.Kind == SandboxFaults.Kind.Status)
        {
            _tokenRequests.Enqueue(new SandboxTokenRequest("", "none", null, "injected_fault"));
            await JsonAsync(context, (int)fault.Status, new() { ["error"] = "temporarily_unavailable", ["error_description"] = "injected fault" }).ConfigureAwait(false);
            return;
        }
        if (fault?.Kind == SandboxFaults.Kind.DropAnswer)
        {
            context.Items[DropAnswerKey] = true;
        }
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false) : FormCollection.Empty;
        string grantType = form["grant_type"].FirstOrDefault() ?? "";
        string? scope = form["scope"].FirstOrDefault();
        if (form.FirstOrDefault(p => p.Value.Count > 1) is { Key: { } repeated })
        {
            await OAuthErrorAsync(context, grantType, "none", scope, 400, "invalid_request", $"{repeated} is repeated").ConfigureAwait(false); // RFC 6749 §3.2
            return;
        }
        var (style, failure) = AuthenticateClient(context, form);
        if (failure is { } f)
        {
            if (f.Status == 401 && style == "basic")
            {
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"sandbox\"";
            }
            await OAuthErrorAsync(context, grantType, style, scope, f.Status, f.Error, f.Description).ConfigureAwait(false);
            return;
        }
        switch (grantType)
        {
            case "":
                await OAuthErrorAsync(context, grantType, style, scope, 400, "invalid_request", "grant_type is missing").ConfigureAwait(false);
                return;
            case "authorization_code":
                await CodeGrantAsync(context, form, style, scope).ConfigureAwait(false);
                return;
            case "refresh_token":
                await RefreshGrantAsync(context, form, style, scope).ConfigureAwait(false);
                return;
            case "client_credentials":
            {
                var expires = DateTimeOffset.UtcNow + Options.AccessTokenLifetime;
                var granted = scope ?? Options.Scope;
                var token = IssueAccessToken(new TokenGrant(IsClient: true, granted, expires, Thumbprint: Bound(context.Connection.ClientCertificate)), Options.ClientId);
                _tokenRequests.Enqueue(new SandboxTokenRequest(grantType, style, scope, null));
                await JsonAsync(context, 200, new()
                {
                    [Options.PgeStyleClientToken ? "client_access_token" : "access_token"] = token,
                    ["token_type"] = "Bearer",
                    ["expires_in"] = (long)Options.AccessTokenLifetime.TotalSeconds,
                    ["scope"] = granted,
                }).ConfigureAwait(false);
                return;
            }
            default:
                await OAuthErrorAsync(context, grantType, style, scope, 400, "unsupported_grant_type", null).ConfigureAwait(false);
                return;
        }
    }

    private sealed record ClientFailure(int Status, string Error, string Description);

    /// <summary>The registered client's authentication method, strictly: one method, the right one, the right credentials.</summary>
    private (string Style, ClientFailure? Failure) AuthenticateClient(HttpContext context, IFormCollection form)
    {
        string header = context.Request.Headers.Authorization.ToString();
        var basic = header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase);
        var postedSecret = form.ContainsKey("client_secret");
        string? postedId = form["client_id"].FirstOrDefault();
        if (basic && postedSecret)
        {
            return ("basic", new(400, "invalid_request", "more than one client authentication method"));
        }
        if (Options.ClientAuthentication == SandboxClientAuthentication.TlsClientAuth)
        {
            if (basic || postedSecret)
            {
                return (basic ? "basic" : "form", new(400, "invalid_request", "this client authenticates with its certificate (tls_client_auth): send client_id in the body and no secret"));
            }
            var certificate = context.Connection.ClientCertificate;
            if (postedId != Options.ClientId || certificate is null || certificate.Subject != Certificates.Client.Subject)
            {
                return ("tls", new(401, "invalid_client", "client authentication failed"));
            }
            return ("tls", null);
        }
        string? id = null, secret = null;
        var style = "none";
        if (basic)
        {
            style = "basic";
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                if (colon >= 0)
                {
                    var raw = Options.ClientAuthentication == SandboxClientAuthentication.ClientSecretUnencodedBasic;
                    // RFC 6749 §2.3.1 form-urlencodes both parts; Spring-based custodians take them as they are.
                    id = raw ? pair[..colon] : WebUtility.UrlDecode(pair[..colon]);
                    secret = raw ? pair[(colon + 1)..] : WebUtility.UrlDecode(pair[(colon + 1)..]);
                }
            }
            catch (FormatException)
            {
            }
        }
        else if (postedSecret || postedId is not null)
        {
            style = "form";
            id = postedId;
            secret = form["client_secret"].FirstOrDefault();
        }
        if (id != Options.ClientId || string.IsNullOrEmpty(secret)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(Options.ClientSecret)))
        {
            return (style, new(401, "invalid_client", "client authentication failed"));
        }
        return (style, null);
    }

    private async Task CodeGrantAsync(HttpContext context, IFormCollection form, string style, string? scope)
    {
        const string GrantType = "authorization_code";
        string code = form["code"].FirstOrDefault() ?? "";
        if (!_codes.TryRemove(code, out var grant) || grant.ExpiresAt < DateTimeOffset.UtcNow || grant.ClientId != Options.ClientId)
        {
            await OAuthErrorAsync(context, GrantType, style, scope, 400, "invalid_grant", "unknown or used authorization code").ConfigureAwait(false);
            return;
        }
        if (grant.RedirectUri is not null && grant.RedirectUri != form["redirect_uri"].FirstOrDefault())
        {
            await OAuthErrorAsync(context, GrantType, style, scope, 400, "invalid_grant", "redirect_uri differs from the authorization request").ConfigureAwait(false);
            return;
        }
        string? verifier = form["code_verifier"].FirstOrDefault();
        if (verifier is not null && (verifier.Length is < 43 or > 128 || !IsUnreserved(verifier)))
        {
            await OAuthErrorAsync(context, GrantType, style, scope, 400, "invalid_request", "code_verifier must be 43 to 128 unreserved characters (RFC 7636 §4.1)").ConfigureAwait(false);
            return;
        }
        if (grant.CodeChallenge is null && verifier is not null)
        {
            // RFC 9700 §2.1.1: a verifier for a code issued without a challenge is refused (a PKCE downgrade).
            await OAuthErrorAsync(context, GrantType, style, scope, 400, "invalid_grant", "code_verifier sent for a code issued without code_challenge").ConfigureAwait(false);
            return;
        }
        if (grant.CodeChallenge is not null)
        {
            var expected = verifier is null ? null : Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
            if (expected is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(grant.CodeChallenge)))
            {
                await OAuthErrorAsync(context, GrantType, style, scope, 400, "invalid_grant", "PKCE verification failed").ConfigureAwait(false);
                return;
            }
        }
        await CustomerTokensAsync(context, GrantType, NewToken(), grant.Scope, Options.SubscriptionId, style, scope).ConfigureAwait(false);
    }

    private async Task RefreshGrantAsync(HttpContext context, IFormCollection form, string style, string? scope)
    {
        const string GrantType = "refresh_token";
        string refresh = form["refresh_token"].FirstOrDefault() ?? "";
        if (_consumedRefreshTokens.TryGetValue(refresh, out var reusedGrant))
        {
            if (Options.RevokeGrantOnRefreshTokenReuse)
            {
                RevokeGrant(reusedGrant);
            }
            await OAuthErrorAsync(context, GrantType, style, scope, 400, "invalid_grant",
                Options.RevokeGrantOnRefreshTokenReuse ? "refresh token already used: the grant is revoked" : "refresh token already used").ConfigureAwait(false);
            return;
        }
        if (!_refreshTokens.TryGetValue(refresh, out var granted))
        {
            await OAuthErrorAsync(context, GrantType, style, scope, 400, "invalid_grant", "unknown or revoked refresh token").ConfigureAwait(false);
            return;
        }
        if (scope is not null && !IsWithin(scope, granted.Scope))
        {
            await OAuthErrorAsync(context, GrantType, style, scope, 400, "invalid_scope", "the scope exceeds the one granted").ConfigureAwait(false);
            return;
        }
        if (Options.RotateRefreshTokens)
        {
            if (!_refreshTokens.TryRemove(refresh, out _))
            {
                await OAuthErrorAsync(context, GrantType, style, scope, 400, "invalid_grant", "refresh token already used").ConfigureAwait(false);
                return;
            }
            _consumedRefreshTokens[refresh] = granted.GrantId;
        }
        await CustomerTokensAsync(context, GrantType, granted.GrantId, scope ?? granted.Scope, granted.SubscriptionId, style, scope,
            refresh: Options.RotateRefreshTokens ? null : refresh).ConfigureAwait(false);
    }

    /// <summary>Whether every space-separated part of <paramref name="requested"/> is in <paramref name="granted"/>.</summary>
    private static bool IsWithin(string requested, string granted)
        => requested.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(part => granted.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(part, StringComparer.Ordinal));

    private void RevokeGrant(string grantId)
    {
        foreach (var (token, grant) in _accessTokens)
        {
            if (grant.GrantId == grantId)
            {
                _accessTokens.TryRemove(token, out _);
            }
        }
        foreach (var (token, grant) in _refreshTokens)
        {
            if (grant.GrantId == grantId)
            {
                _refreshTokens.TryRemove(token, out _);
            }
        }
        Interlocked.Increment(ref _revokedGrants);
    }

    /// <summary>
    /// Issues customer tokens directly, as if a customer had consented and the code had been exchanged: for command-line
    /// use and tests that do not exercise the authorization step.
    /// </summary>
    public TokenResponse IssueCustomerTokens() => IssueCustomerTokens(Options.SubscriptionId);

    /// <summary>
    /// Issues tokens of a customer whose subscription is <paramref name="subscriptionId"/> (a new one is served the
    /// same generated data): many customers for one third party. A token reaches its own subscription only (403 otherwise).
    /// </summary>
    public TokenResponse IssueCustomerTokens(string subscriptionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(subscriptionId);
        _subscriptions.TryAdd(subscriptionId, 0);
        var grantId = NewToken();
        var refresh = NewToken();
        var expires = DateTimeOffset.UtcNow + Options.AccessTokenLifetime;
        var access = IssueAccessToken(new TokenGrant(IsClient: false, Options.Scope, expires, grantId, subscriptionId, Bound(Certificates.Client)), "customer-" + subscriptionId);
        _refreshTokens[refresh] = new RefreshGrant(grantId, Options.Scope, subscriptionId);
        return new TokenResponse
        {
            AccessToken = access,
            RefreshToken = refresh,
            TokenType = "Bearer",
            ExpiresAt = expires,
            Scope = Options.Scope,
            ResourceUri = SubscriptionUriOf(subscriptionId),
            AuthorizationUri = AuthorizationUri,
            CustomerResourceUri = new Uri(ResourceServer, "RetailCustomer/1").AbsoluteUri,
        };
    }

    private string SubscriptionUriOf(string subscriptionId) => new Uri(ResourceServer, $"Batch/Subscription/{Uri.EscapeDataString(subscriptionId)}").AbsoluteUri;

    private string AuthorizationUri => new Uri(ResourceServer, $"Authorization/{Uri.EscapeDataString(Options.ApplicationInformationId)}").AbsoluteUri;

    private async Task CustomerTokensAsync(HttpContext context, string grantType, string grantId, string grantedScope, string subscriptionId, string style, string? requestedScope,
        string? refresh = null)
    {
        var expires = DateTimeOffset.UtcNow + Options.AccessTokenLifetime;
        var access = IssueAccessToken(new TokenGrant(IsClient: false, grantedScope, expires, grantId, subscriptionId, Bound(context.Connection.ClientCertificate)), "customer-" + subscriptionId);
        refresh ??= NewToken();
        _refreshTokens[refresh] = new RefreshGrant(grantId, grantedScope, subscriptionId);
        _tokenRequests.Enqueue(new SandboxTokenRequest(grantType, style, requestedScope, null));
        await JsonAsync(context, 200, new()
        {
            ["access_token"] = access,
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)Options.AccessTokenLifetime.TotalSeconds,
            ["refresh_token"] = refresh,
            ["scope"] = grantedScope,
            ["resourceURI"] = SubscriptionUriOf(subscriptionId),
            ["authorizationURI"] = AuthorizationUri,
            ["customerResourceURI"] = new Uri(ResourceServer, "RetailCustomer/1").AbsoluteUri,
        }).ConfigureAwait(false);
    }

    /// <summary>An opaque token, or, with <see cref="SandboxOptions.CertificateBoundTokens"/>, a JWT (RFC 9068) with <c>cnf.x5t#S256</c> (RFC 8705 §3.1).</summary>
    private string IssueAccessToken(TokenGrant grant, string subject)
    {
        string token;
        if (grant.Thumbprint is { } thumbprint)
        {
            var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["alg"] = "HS256", ["typ"] = "at+jwt" }, SandboxJson.Default.DictionaryStringString));
            var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
            {
                ["iss"] = BaseUri.AbsoluteUri,
                ["sub"] = subject,
                ["client_id"] = Options.ClientId,
                ["scope"] = grant.Scope,
                ["exp"] = grant.ExpiresAt.ToUnixTimeSeconds(),
                ["jti"] = NewToken(),
                ["cnf"] = new Dictionary<string, string> { ["x5t#S256"] = thumbprint },
            }, SandboxJson.Default.DictionaryStringObject));
            token = $"{header}.{payload}.{Base64Url(HMACSHA256.HashData(_signingKey, Encoding.ASCII.GetBytes($"{header}.{payload}")))}";
        }
        else
        {
            token = NewToken();
        }
        _accessTokens[token] = grant;
        return token;
    }

    /// <summary>The certificate's <c>x5t#S256</c> when tokens are bound; null otherwise.</summary>
    private string? Bound(X509Certificate2? certificate)
        => Options.CertificateBoundTokens && certificate is not null ? CertificateThumbprint(certificate) : null;

    /// <summary>The RFC 8705 <c>x5t#S256</c> of a certificate: base64url of the SHA-256 of its DER.</summary>
    public static string CertificateThumbprint(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return Base64Url(SHA256.HashData(certificate.RawData));
    }

    private const string DropAnswerKey = "GreenButton.Sandbox.DropAnswer";

    private Task OAuthErrorAsync(HttpContext context, string grantType, string style, string? scope, int status, string error, string? description)
    {
        _tokenRequests.Enqueue(new SandboxTokenRequest(grantType, style, scope, error));
        var body = new Dictionary<string, object> { ["error"] = error };
        if (description is not null)
        {
            body["error_description"] = description; // RFC 6749 §5.2: a string, or absent
        }
        return JsonAsync(context, status, body);
    }

    /// <summary>A token endpoint answer: JSON, never cached (RFC 6749 §5.1); a dropped answer aborts the connection instead.</summary>
    private static async Task JsonAsync(HttpContext context, int status, Dictionary<string, object> body)
    {
        if (context.Items.ContainsKey(DropAnswerKey))
        {
            context.Abort();
            return;
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json;charset=UTF-8";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        await JsonSerializer.SerializeAsync(context.Response.Body, body, SandboxJson.Default.DictionaryStringObject, context.RequestAborted).ConfigureAwait(false);
    }

    private static bool IsUnreserved(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~'))
            {
                return false;
            }
        }
        return true;
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(24));
}
