using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GreenButton.Client;

public sealed partial class DataCustodianClient
{
    private const int MaxTokenResponseBytes = 64 * 1024;

    private readonly SemaphoreSlim _clientTokenLock = new(1, 1);
    private readonly ConditionalWeakTable<ITokenStore, SemaphoreSlim> _refreshLocks = new();
    private TokenResponse? _clientToken;

    /// <summary>
    /// The URI to send the customer to: <c>response_type=code</c>, client id, redirect URI, scope and
    /// <paramref name="state"/>, plus the PKCE S256 challenge of <paramref name="codeVerifier"/> when given.
    /// </summary>
    /// <param name="state">An unguessable value tied to the customer's session, checked when the custodian redirects back.</param>
    /// <param name="scope">The scope; by default <see cref="DataCustodianOptions.Scope"/>.</param>
    /// <param name="codeVerifier">The PKCE verifier (<see cref="CreateCodeVerifier"/>); required when <see cref="DataCustodianOptions.UsePkce"/> is set.</param>
    public Uri BuildAuthorizationUri(string state, string? scope = null, string? codeVerifier = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(state);
        var endpoint = Options.AuthorizationEndpoint ?? throw new InvalidOperationException("DataCustodianOptions.AuthorizationEndpoint is not set.");
        if (Options.UsePkce && codeVerifier is null)
        {
            throw new ArgumentException("PKCE is configured: pass a code verifier from CreateCodeVerifier() and keep it for ExchangeCodeAsync.", nameof(codeVerifier));
        }
        var query = new StringBuilder(endpoint.Query.Length > 1 ? endpoint.Query[1..] + "&" : "");
        Append(query, "response_type", "code");
        Append(query, "client_id", Options.ClientId ?? throw new InvalidOperationException("DataCustodianOptions.ClientId is not set."));
        if (Options.RedirectUri is not null)
        {
            Append(query, "redirect_uri", Options.RedirectUri.OriginalString);
        }
        if ((scope ?? Options.Scope) is { } s)
        {
            Append(query, "scope", s);
        }
        Append(query, "state", state);
        if (codeVerifier is not null)
        {
            Append(query, "code_challenge", CodeChallenge(codeVerifier));
            Append(query, "code_challenge_method", "S256");
        }
        return new UriBuilder(endpoint) { Query = query.ToString(0, query.Length - 1) }.Uri;

        static void Append(StringBuilder query, string name, string value) => query.Append(name).Append('=').Append(Uri.EscapeDataString(value)).Append('&');
    }

    /// <summary>A fresh PKCE code verifier (RFC 7636: 43 characters of base64url from 32 random bytes).</summary>
    public static string CreateCodeVerifier() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The S256 code challenge of a verifier.</summary>
    public static string CodeChallenge(string codeVerifier)
    {
        ArgumentException.ThrowIfNullOrEmpty(codeVerifier);
        return Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(codeVerifier)));
    }

    /// <summary>Exchanges the authorization code the custodian sent to the redirect URI for tokens (saved to <see cref="DataCustodianOptions.TokenStore"/> when set).</summary>
    /// <exception cref="OAuthException">The token endpoint refused the code or the client.</exception>
    public Task<TokenResponse> ExchangeCodeAsync(string code, CancellationToken cancellationToken = default)
        => ExchangeCodeAsync(code, null, Options.TokenStore, cancellationToken);

    /// <summary>Exchanges an authorization code obtained with PKCE, sending its <paramref name="codeVerifier"/> (saved to <see cref="DataCustodianOptions.TokenStore"/> when set).</summary>
    /// <exception cref="OAuthException">The token endpoint refused the code, the verifier or the client.</exception>
    public Task<TokenResponse> ExchangeCodeAsync(string code, string? codeVerifier, CancellationToken cancellationToken = default)
        => ExchangeCodeAsync(code, codeVerifier, Options.TokenStore, cancellationToken);

    /// <summary>
    /// Exchanges an authorization code (with its PKCE verifier, or null) and saves the tokens to
    /// <paramref name="tokenStore"/>, the customer's own store, before returning them. Sent once: a code exchange is
    /// never retried (a code is single-use, and a strict custodian revokes what a reused code issued).
    /// </summary>
    /// <exception cref="OAuthException">The token endpoint refused the code, the verifier or the client.</exception>
    /// <exception cref="DataCustodianException">No answer came (a timeout, a lost connection): the code may be spent; ask the customer to consent again.</exception>
    public async Task<TokenResponse> ExchangeCodeAsync(string code, string? codeVerifier, ITokenStore? tokenStore, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        var tokens = await RequestTokenAsync(new AuthorizationCodeTokenRequest { Code = code, RedirectUri = Options.RedirectUri, CodeVerifier = codeVerifier }, cancellationToken)
            .ConfigureAwait(false);
        if (tokenStore is not null)
        {
            await tokenStore.SaveAsync(tokens, cancellationToken).ConfigureAwait(false);
        }
        return tokens;
    }

    /// <summary>
    /// Renews the access token with <paramref name="refreshToken"/>, sending <see cref="DataCustodianOptions.Scope"/>
    /// unless <see cref="DataCustodianOptions.RefreshScope"/> says none. The result holds the rotated refresh token when
    /// the custodian issued one, else <paramref name="refreshToken"/>: save it before using it. Sent once, never retried.
    /// </summary>
    /// <exception cref="ReconsentRequiredException">The refresh token was refused (<c>invalid_grant</c>).</exception>
    /// <exception cref="OAuthException">The token endpoint refused the client.</exception>
    /// <exception cref="DataCustodianException">No answer came: a rotating custodian may have consumed the refresh token.</exception>
    public Task<TokenResponse> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(refreshToken);
        return RequestTokenAsync(new RefreshTokenRequest { RefreshToken = refreshToken, Scope = RefreshScopeFor(null) }, cancellationToken);
    }

    /// <summary>As <see cref="RefreshAsync(string, CancellationToken)"/> for <paramref name="tokens"/>, sending the scope <see cref="DataCustodianOptions.RefreshScope"/> names (the granted one: <see cref="TokenResponse.Scope"/>).</summary>
    /// <exception cref="ReconsentRequiredException">No refresh token, or it was refused (<c>invalid_grant</c>).</exception>
    public Task<TokenResponse> RefreshAsync(TokenResponse tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.RefreshToken is not { Length: > 0 } refresh)
        {
            throw ReconsentRequiredException.NoTokens();
        }
        return RequestTokenAsync(new RefreshTokenRequest { RefreshToken = refresh, Scope = RefreshScopeFor(tokens) }, cancellationToken);
    }

    /// <summary>
    /// Refreshes the tokens in <paramref name="tokenStore"/> now and saves the new ones (a rotated refresh token
    /// replaces the consumed one) before returning them. Callers on one client refreshing one store wait for each other.
    /// </summary>
    /// <exception cref="ReconsentRequiredException">The store holds no refresh token, or the custodian refused it.</exception>
    public Task<TokenResponse> RefreshAsync(ITokenStore tokenStore, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenStore);
        return RefreshStoredAsync(tokenStore, refused: null, cancellationToken);
    }

    /// <summary>
    /// The third party's own token (client-credentials grant), for Bulk, ApplicationInformation, Authorization and
    /// ReadServiceStatus. Cached until <see cref="DataCustodianOptions.TokenExpiryMargin"/> before it expires.
    /// </summary>
    /// <exception cref="OAuthException">The token endpoint refused the client.</exception>
    public async Task<TokenResponse> GetClientAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _clientToken) is { } cached && !cached.IsExpired(Options.TimeProvider.GetUtcNow(), Options.TokenExpiryMargin))
        {
            return cached;
        }
        await _clientTokenLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_clientToken is { } current && !current.IsExpired(Options.TimeProvider.GetUtcNow(), Options.TokenExpiryMargin))
            {
                return current;
            }
            var tokens = await RequestTokenAsync(new ClientCredentialsTokenRequest { Scope = Options.Scope }, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _clientToken, tokens);
            return tokens;
        }
        finally
        {
            _clientTokenLock.Release();
        }
    }

    /// <summary>
    /// Sends any grant to the token endpoint, with the configured client authentication. The code and refresh grants
    /// are sent once (not idempotent); the client-credentials grant is retried as resource requests are.
    /// </summary>
    /// <exception cref="InvalidOperationException">The options lack what the client authentication needs (a secret for Basic, a certificate for <see cref="ClientAuthenticationStyle.TlsClientAuth"/>).</exception>
    /// <exception cref="OAuthException">The token endpoint refused the request, or its answer holds no access token; a refused refresh is <see cref="ReconsentRequiredException"/>.</exception>
    /// <exception cref="DataCustodianException">No answer came (timeout, TLS or connection failure).</exception>
    public async Task<TokenResponse> RequestTokenAsync(TokenRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var endpoint = Options.TokenEndpoint ?? throw new InvalidOperationException("DataCustodianOptions.TokenEndpoint is not set.");
        var clientId = Options.ClientId ?? throw new InvalidOperationException("DataCustodianOptions.ClientId is not set.");
        var form = new List<KeyValuePair<string, string>> { new("grant_type", request.GrantType) };
        form.AddRange(request.Parameters);
        if (request.Scope is not null)
        {
            form.Add(new("scope", request.Scope));
        }
        var message = new HttpRequestMessage(HttpMethod.Post, endpoint);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        AuthenticateClient(message, form, clientId);
        message.Content = new FormUrlEncodedContent(form);
        if (request is not ClientCredentialsTokenRequest)
        {
            message.Options.Set(HttpPipeline.NotIdempotent, true);
        }
        HttpResponseMessage response;
        try
        {
            response = await SendExplainedAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (DataCustodianException ex) when (request is RefreshTokenRequest or AuthorizationCodeTokenRequest && ex.Kind is DataCustodianErrorKind.Timeout or DataCustodianErrorKind.ConnectionLost or DataCustodianErrorKind.ClientCertificateRefused)
        {
            throw new DataCustodianException(ex.Kind, ex.Message + $" The {request.GrantType} grant is not sent again: the custodian may have "
                + (request is RefreshTokenRequest ? "consumed the refresh token; if the next refresh is refused, the customer must consent again." : "spent the code; ask the customer to consent again."),
                ex.RequestUri, ex.InnerException);
        }
        using (response)
        {
            return await ReadTokenResponseAsync(request, response, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Client authentication as configured; a missing secret or certificate is a configuration error before anything is sent.</summary>
    private void AuthenticateClient(HttpRequestMessage message, List<KeyValuePair<string, string>> form, string clientId)
    {
        switch (Options.ClientAuthentication)
        {
            case ClientAuthenticationStyle.BasicHeader:
            case ClientAuthenticationStyle.BasicHeaderUnencoded:
            {
                var secret = Options.ClientSecret ?? throw new InvalidOperationException(
                    $"DataCustodianOptions.ClientAuthentication is {Options.ClientAuthentication} but ClientSecret is not set: set the secret, or use "
                    + "ClientAuthenticationStyle.TlsClientAuth when the custodian authenticates the client by its certificate alone (RFC 8705).");
                string pair;
                if (Options.ClientAuthentication == ClientAuthenticationStyle.BasicHeader)
                {
                    // RFC 6749 §2.3.1: id and secret are form-urlencoded before base64.
                    pair = $"{WebUtility.UrlEncode(clientId)}:{WebUtility.UrlEncode(secret)}";
                }
                else
                {
                    if (clientId.Contains(':', StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException("DataCustodianOptions.ClientId holds a colon, which unencoded Basic credentials cannot carry: use ClientAuthenticationStyle.BasicHeader or FormBody.");
                    }
                    pair = $"{clientId}:{secret}";
                }
                message.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
                return;
            }
            case ClientAuthenticationStyle.TlsClientAuth:
                if (_ownsHttp && Options.ClientCertificate is null)
                {
                    throw new InvalidOperationException("DataCustodianOptions.ClientAuthentication is TlsClientAuth but ClientCertificate is not set: the certificate is the client's only credential.");
                }
                form.Add(new("client_id", clientId)); // RFC 8705 §2: the id in the body, no secret anywhere
                return;
            default:
                form.Add(new("client_id", clientId));
                if (Options.ClientSecret is not null)
                {
                    form.Add(new("client_secret", Options.ClientSecret));
                }
                return;
        }
    }

    private async Task<TokenResponse> ReadTokenResponseAsync(TokenRequest request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var now = Options.TimeProvider.GetUtcNow();
        JsonDocument? json = null;
        try
        {
            var stream = await OpenBodyAsync(response, cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                try
                {
                    json = await JsonDocument.ParseAsync(new BoundedReadStream(stream, MaxTokenResponseBytes), default, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is JsonException or GreenButtonException)
                {
                    json = null; // an HTML error page, say: the status tells
                }
            }
            var root = json?.RootElement;
            if (!response.IsSuccessStatusCode || root is not { ValueKind: JsonValueKind.Object } || root.Value.TryGetProperty("error", out _))
            {
                var error = Text(root, "error");
                var status = response.IsSuccessStatusCode && root is { ValueKind: JsonValueKind.Object } ? (HttpStatusCode?)null : response.StatusCode;
                if (request is RefreshTokenRequest && error == "invalid_grant")
                {
                    throw new ReconsentRequiredException(error, Text(root, "error_description"), Text(root, "error_uri"), status);
                }
                throw new OAuthException(error, Text(root, "error_description"), Text(root, "error_uri"), status);
            }
            return TokenResponse.FromJson(root.Value, now, (request as RefreshTokenRequest)?.RefreshToken);
        }
        finally
        {
            json?.Dispose();
        }

        static string? Text(JsonElement? root, string name)
            => root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    }

    private string? RefreshScopeFor(TokenResponse? tokens)
        => Options.RefreshScope switch
        {
            RefreshScope.Granted => tokens?.Scope ?? Options.Scope,
            RefreshScope.None => null,
            _ => Options.Scope,
        };

    /// <summary>
    /// Refreshes the stored tokens unless another caller already replaced <paramref name="refused"/> (null: refresh in
    /// any case), saving the new ones before they are used. One lock per store: customers do not wait for each other.
    /// </summary>
    internal async Task<TokenResponse> RefreshStoredAsync(ITokenStore store, string? refused, CancellationToken cancellationToken)
    {
        var gate = _refreshLocks.GetValue(store, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var tokens = await store.GetAsync(cancellationToken).ConfigureAwait(false) ?? throw ReconsentRequiredException.NoTokens();
            var fresh = !tokens.IsExpired(Options.TimeProvider.GetUtcNow(), Options.TokenExpiryMargin);
            if (refused is not null && tokens.AccessToken != refused && fresh)
            {
                return tokens; // another caller refreshed while this one waited
            }
            if (tokens.RefreshToken is null)
            {
                if (refused is not null)
                {
                    return tokens; // nothing to renew with: the caller gets the refusal
                }
                throw ReconsentRequiredException.NoTokens();
            }
            var renewed = await RefreshAsync(tokens, cancellationToken).ConfigureAwait(false);
            // Saved before use: a rotating custodian has consumed the old refresh token.
            await store.SaveAsync(renewed, CancellationToken.None).ConfigureAwait(false);
            return renewed;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Drops the cached client token after the resource server refused it.</summary>
    internal void ForgetClientAccessToken(string refused)
    {
        var current = Volatile.Read(ref _clientToken);
        if (current?.AccessToken == refused)
        {
            Interlocked.CompareExchange(ref _clientToken, null, current);
        }
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
