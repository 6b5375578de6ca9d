using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GreenButton.Client;

public sealed partial class DataCustodianClient
{
    private const int MaxTokenResponseBytes = 64 * 1024;

    private readonly SemaphoreSlim _clientTokenLock = new(1, 1);
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
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

    /// <summary>Exchanges the authorization code the custodian sent to the redirect URI for tokens.</summary>
    /// <exception cref="OAuthException">The token endpoint refused the code or the client.</exception>
    public Task<TokenResponse> ExchangeCodeAsync(string code, CancellationToken cancellationToken = default)
        => ExchangeCodeAsync(code, null, cancellationToken);

    /// <summary>Exchanges an authorization code obtained with PKCE, sending its <paramref name="codeVerifier"/>.</summary>
    /// <exception cref="OAuthException">The token endpoint refused the code, the verifier or the client.</exception>
    public async Task<TokenResponse> ExchangeCodeAsync(string code, string? codeVerifier, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        var tokens = await RequestTokenAsync(new AuthorizationCodeTokenRequest { Code = code, RedirectUri = Options.RedirectUri, CodeVerifier = codeVerifier }, cancellationToken)
            .ConfigureAwait(false);
        if (Options.TokenStore is { } store)
        {
            await store.SaveAsync(tokens, cancellationToken).ConfigureAwait(false);
        }
        return tokens;
    }

    /// <summary>
    /// Renews the access token with <paramref name="refreshToken"/>, resending the configured scope. The result holds
    /// the rotated refresh token when the custodian issued one, else <paramref name="refreshToken"/>.
    /// </summary>
    /// <exception cref="OAuthException">The token endpoint refused the refresh token or the client.</exception>
    public Task<TokenResponse> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(refreshToken);
        return RequestTokenAsync(new RefreshTokenRequest { RefreshToken = refreshToken, Scope = Options.Scope }, cancellationToken);
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

    /// <summary>Sends any grant to the token endpoint, with the configured client authentication.</summary>
    /// <exception cref="OAuthException">The token endpoint refused the request, or its answer holds no access token.</exception>
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
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (Options.ClientAuthentication == ClientAuthenticationStyle.BasicHeader)
        {
            // RFC 6749 §2.3.1: id and secret are form-urlencoded before base64.
            var pair = $"{WebUtility.UrlEncode(clientId)}:{WebUtility.UrlEncode(Options.ClientSecret ?? "")}";
            message.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        }
        else
        {
            form.Add(new("client_id", clientId));
            if (Options.ClientSecret is not null)
            {
                form.Add(new("client_secret", Options.ClientSecret));
            }
        }
        message.Content = new FormUrlEncodedContent(form);
        using var response = await SendExplainedAsync(message, cancellationToken).ConfigureAwait(false);
        var now = Options.TimeProvider.GetUtcNow();
        JsonDocument? json = null;
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
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
                throw new OAuthException(Text(root, "error"), Text(root, "error_description"), Text(root, "error_uri"),
                    response.IsSuccessStatusCode && root is { ValueKind: JsonValueKind.Object } ? null : response.StatusCode);
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

    /// <summary>Refreshes the stored tokens unless another caller already replaced <paramref name="refused"/>.</summary>
    internal async Task<TokenResponse> RefreshStoredAsync(ITokenStore store, string refused, CancellationToken cancellationToken)
    {
        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var tokens = await store.GetAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The token store holds no tokens: exchange an authorization code first.");
            var fresh = !tokens.IsExpired(Options.TimeProvider.GetUtcNow(), Options.TokenExpiryMargin);
            if ((tokens.AccessToken != refused && fresh) || tokens.RefreshToken is null)
            {
                return tokens;
            }
            var renewed = await RefreshAsync(tokens.RefreshToken, cancellationToken).ConfigureAwait(false);
            await store.SaveAsync(renewed, cancellationToken).ConfigureAwait(false);
            return renewed;
        }
        finally
        {
            _refreshLock.Release();
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
