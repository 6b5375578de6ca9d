using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Web;
using GreenButton.Sandbox;

namespace GreenButton.Client.Tests;

/// <summary>The sandbox is as strict as a real custodian: checked with bare HTTP requests over mutual TLS, not only with our client.</summary>
public sealed class StrictSandboxTests
{
    private static AuthenticationHeaderValue Basic(SandboxCustodian sandbox)
        => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{WebUtility.UrlEncode(sandbox.Options.ClientId)}:{WebUtility.UrlEncode(sandbox.Options.ClientSecret)}")));

    private static async Task<HttpResponseMessage> TokenAsync(SandboxCustodian sandbox, HttpClient http, IEnumerable<KeyValuePair<string, string>> form, bool basic = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, SandboxCustodian.TokenPath) { Content = new FormUrlEncodedContent(form) };
        if (basic)
        {
            request.Headers.Authorization = Basic(sandbox);
        }
        return await http.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static async Task<HttpResponseMessage> BrowserAsync(SandboxCustodian sandbox, string query)
    {
        using var browser = Sandboxes.Raw(sandbox, null);
        return await browser.GetAsync(new Uri(sandbox.AuthorizationEndpoint + "?" + query));
    }

    [Fact]
    public async Task Redirect_uris_are_matched_exactly_and_an_unregistered_one_is_never_redirected_to()
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { RedirectUris = ["https://app.test/cb", "https://app.test/cb2"] });
        var id = sandbox.Options.ClientId;

        using var registered = await BrowserAsync(sandbox, $"response_type=code&client_id={id}&redirect_uri={Uri.EscapeDataString("https://app.test/cb2")}&state=s");
        using var prefix = await BrowserAsync(sandbox, $"response_type=code&client_id={id}&redirect_uri={Uri.EscapeDataString("https://app.test/cb2/evil")}&state=s");
        using var other = await BrowserAsync(sandbox, $"response_type=code&client_id={id}&redirect_uri={Uri.EscapeDataString("https://attacker.test/cb")}&state=s");
        using var none = await BrowserAsync(sandbox, $"response_type=code&client_id={id}&state=s"); // two registered: it must be named

        registered.StatusCode.Should().Be(HttpStatusCode.Found);
        registered.Headers.Location!.GetLeftPart(UriPartial.Path).Should().Be("https://app.test/cb2");
        foreach (var refused in new[] { prefix, other, none })
        {
            refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            refused.Headers.Location.Should().BeNull();
        }
    }

    [Fact]
    public async Task Token_errors_follow_RFC_6749_section_5_2_and_are_never_cached()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var http = Sandboxes.Raw(sandbox, sandbox.Certificates.Client);

        using var missing = await TokenAsync(sandbox, http, [new("scope", "x")]);
        using var repeated = await TokenAsync(sandbox, http, [new("grant_type", "client_credentials"), new("grant_type", "client_credentials")]);
        using var unsupported = await TokenAsync(sandbox, http, [new("grant_type", "password")]);
        using var granted = await TokenAsync(sandbox, http, [new("grant_type", "client_credentials")]);

        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await JsonAsync(missing)).GetProperty("error").GetString().Should().Be("invalid_request");
        (await JsonAsync(repeated)).GetProperty("error").GetString().Should().Be("invalid_request");
        var body = await JsonAsync(unsupported);
        body.GetProperty("error").GetString().Should().Be("unsupported_grant_type");
        body.TryGetProperty("error_description", out _).Should().BeFalse("a description is a string or absent, never null");
        foreach (var response in new[] { missing, unsupported, granted })
        {
            response.Headers.CacheControl!.NoStore.Should().BeTrue();
            response.Headers.Pragma.Should().ContainSingle().Which.Name.Should().Be("no-cache");
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        }
    }

    [Fact]
    public async Task Pkce_verifiers_are_checked_for_format_and_a_verifier_for_a_code_without_challenge_is_refused()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var http = Sandboxes.Raw(sandbox, sandbox.Certificates.Client);
        var redirect = SandboxOptions.DefaultRedirectUri;

        async Task<string> CodeAsync(string? challenge)
        {
            var pkce = challenge is null ? "" : $"&code_challenge={challenge}&code_challenge_method=S256";
            using var response = await BrowserAsync(sandbox, $"response_type=code&client_id={sandbox.Options.ClientId}&redirect_uri={Uri.EscapeDataString(redirect)}&state=s{pkce}");
            return HttpUtility.ParseQueryString(response.Headers.Location!.Query)["code"]!;
        }

        async Task<string?> ExchangeAsync(string code, string? verifier)
        {
            var form = new List<KeyValuePair<string, string>> { new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", redirect) };
            if (verifier is not null)
            {
                form.Add(new("code_verifier", verifier));
            }
            using var response = await TokenAsync(sandbox, http, form);
            var json = await JsonAsync(response);
            return json.TryGetProperty("error", out var error) ? error.GetString() : null;
        }

        var shortVerifier = new string('a', 42);
        var badCharacters = new string('a', 42) + "+";
        var good = DataCustodianClient.CreateCodeVerifier();

        (await ExchangeAsync(await CodeAsync(DataCustodianClient.CodeChallenge(shortVerifier)), shortVerifier)).Should().Be("invalid_request");
        (await ExchangeAsync(await CodeAsync(DataCustodianClient.CodeChallenge(badCharacters)), badCharacters)).Should().Be("invalid_request");
        (await ExchangeAsync(await CodeAsync(null), good)).Should().Be("invalid_grant", "RFC 9700 §2.1.1: a PKCE downgrade");
        (await ExchangeAsync(await CodeAsync(DataCustodianClient.CodeChallenge(good)), null)).Should().Be("invalid_grant");
        (await ExchangeAsync(await CodeAsync(DataCustodianClient.CodeChallenge(good)), good)).Should().BeNull();
        (await ExchangeAsync(await CodeAsync(null), null)).Should().BeNull();
    }

    [Fact]
    public async Task Bearer_challenges_follow_RFC_6750_section_3_1()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var http = Sandboxes.Raw(sandbox, sandbox.Certificates.Client);
        var customer = sandbox.IssueCustomerTokens();
        var other = sandbox.IssueCustomerTokens("customer-2");
        using var clientTokenResponse = await TokenAsync(sandbox, http, [new("grant_type", "client_credentials")]);
        var clientToken = (await JsonAsync(clientTokenResponse)).GetProperty("access_token").GetString()!;
        var resource = new Uri(sandbox.ResourceServer, "Batch/Subscription/1/UsagePoint/1");

        async Task<HttpResponseMessage> GetAsync(Uri uri, string? authorization)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            if (authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }
            return await http.SendAsync(request);
        }

        using var anonymous = await GetAsync(resource, null);
        using var otherScheme = await GetAsync(resource, "Basic dXNlcjpwdw==");
        using var malformed = await GetAsync(resource, "Bearer  " + customer.AccessToken);
        using var unknown = await GetAsync(resource, "Bearer not-a-token");
        using var wrongKind = await GetAsync(resource, "Bearer " + clientToken);
        using var wrongCustomer = await GetAsync(resource, "Bearer " + other.AccessToken);
        using var clientOnCustomerToken = await GetAsync(new Uri(sandbox.ResourceServer, "ReadServiceStatus"), "Bearer " + customer.AccessToken);
        using var good = await GetAsync(resource, "Bearer " + customer.AccessToken);

        foreach (var bare in new[] { anonymous, otherScheme })
        {
            bare.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            bare.Headers.WwwAuthenticate.ToString().Should().StartWith("Bearer realm=").And.NotContain("error");
        }
        malformed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        malformed.Headers.WwwAuthenticate.ToString().Should().Contain("error=\"invalid_request\"");
        unknown.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        unknown.Headers.WwwAuthenticate.ToString().Should().Contain("error=\"invalid_token\"");
        foreach (var forbidden in new[] { wrongKind, wrongCustomer, clientOnCustomerToken })
        {
            forbidden.StatusCode.Should().Be(HttpStatusCode.Forbidden);
            forbidden.Headers.WwwAuthenticate.ToString().Should().Contain("error=\"insufficient_scope\"");
        }
        good.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Certificate_bound_tokens_carry_cnf_and_are_refused_with_another_certificate()
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { CertificateBoundTokens = true });
        using var second = sandbox.Certificates.IssueClientCertificate("CN=Another Third Party");
        using var owner = Sandboxes.Raw(sandbox, sandbox.Certificates.Client);
        using var thief = Sandboxes.Raw(sandbox, second);
        using var issued = await TokenAsync(sandbox, owner, [new("grant_type", "client_credentials")]);
        var token = (await JsonAsync(issued)).GetProperty("access_token").GetString()!;

        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        using var claims = JsonDocument.Parse(Convert.FromBase64String(payload.PadRight((payload.Length + 3) / 4 * 4, '=')));
        using var ownRequest = new HttpRequestMessage(HttpMethod.Get, new Uri(sandbox.ResourceServer, "ReadServiceStatus")) { Headers = { Authorization = new("Bearer", token) } };
        using var stolenRequest = new HttpRequestMessage(HttpMethod.Get, new Uri(sandbox.ResourceServer, "ReadServiceStatus")) { Headers = { Authorization = new("Bearer", token) } };
        using var own = await owner.SendAsync(ownRequest);
        using var stolen = await thief.SendAsync(stolenRequest);

        claims.RootElement.GetProperty("cnf").GetProperty("x5t#S256").GetString().Should().Be(SandboxCustodian.CertificateThumbprint(sandbox.Certificates.Client));
        own.StatusCode.Should().Be(HttpStatusCode.OK);
        stolen.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        stolen.Headers.WwwAuthenticate.ToString().Should().Contain("error=\"invalid_token\"");
    }

    [Fact]
    public async Task A_tls_client_auth_client_sends_its_id_alone_and_a_secret_is_refused()
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { ClientAuthentication = SandboxClientAuthentication.TlsClientAuth });
        using var http = Sandboxes.Raw(sandbox, sandbox.Certificates.Client);
        using var second = sandbox.Certificates.IssueClientCertificate("CN=Another Third Party");
        using var stranger = Sandboxes.Raw(sandbox, second);

        using var byCertificate = await TokenAsync(sandbox, http, [new("grant_type", "client_credentials"), new("client_id", sandbox.Options.ClientId)], basic: false);
        using var withBasic = await TokenAsync(sandbox, http, [new("grant_type", "client_credentials")]);
        using var emptyBasic = await SendEmptyBasicAsync();
        using var otherCertificate = await TokenAsync(sandbox, stranger, [new("grant_type", "client_credentials"), new("client_id", sandbox.Options.ClientId)], basic: false);

        byCertificate.StatusCode.Should().Be(HttpStatusCode.OK);
        (await JsonAsync(withBasic)).GetProperty("error").GetString().Should().Be("invalid_request");
        (await JsonAsync(emptyBasic)).GetProperty("error").GetString().Should().Be("invalid_request");
        otherCertificate.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await JsonAsync(otherCertificate)).GetProperty("error").GetString().Should().Be("invalid_client");

        async Task<HttpResponseMessage> SendEmptyBasicAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, SandboxCustodian.TokenPath) { Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]) };
            request.Headers.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(sandbox.Options.ClientId + ":")));
            return await http.SendAsync(request);
        }
    }

    [Fact]
    public async Task A_reused_refresh_token_revokes_the_whole_grant()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var http = Sandboxes.Raw(sandbox, sandbox.Certificates.Client);
        var tokens = sandbox.IssueCustomerTokens();

        using var first = await TokenAsync(sandbox, http, [new("grant_type", "refresh_token"), new("refresh_token", tokens.RefreshToken!)]);
        var rotated = (await JsonAsync(first)).GetProperty("refresh_token").GetString()!;
        using var reuse = await TokenAsync(sandbox, http, [new("grant_type", "refresh_token"), new("refresh_token", tokens.RefreshToken!)]);
        using var afterRevocation = await TokenAsync(sandbox, http, [new("grant_type", "refresh_token"), new("refresh_token", rotated)]);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        (await JsonAsync(reuse)).GetProperty("error").GetString().Should().Be("invalid_grant");
        (await JsonAsync(afterRevocation)).GetProperty("error").GetString().Should().Be("invalid_grant");
        sandbox.RevokedGrants.Should().Be(1);
    }
}
