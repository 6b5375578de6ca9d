using System.Net;
using System.Web;
using GreenButton.Sandbox;

namespace GreenButton.Client.Tests;

public sealed class OAuthTests
{
    [Fact]
    public async Task Authorization_code_with_pkce_gives_tokens_and_espi_uris()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        var options = sandbox.CreateClientOptions();
        options.UsePkce = true;
        using var client = new DataCustodianClient(options);

        var verifier = DataCustodianClient.CreateCodeVerifier();
        var authorization = client.BuildAuthorizationUri("xyz state/+", codeVerifier: verifier);
        var query = HttpUtility.ParseQueryString(authorization.Query);
        query["code_challenge_method"].Should().Be("S256");
        query["code_challenge"].Should().Be(DataCustodianClient.CodeChallenge(verifier));
        query["state"].Should().Be("xyz state/+");
        query["scope"].Should().Be(options.Scope);
        var redirect = await sandbox.AuthorizeAsync(authorization);
        var answer = HttpUtility.ParseQueryString(redirect.Query);
        answer["state"].Should().Be("xyz state/+");

        var tokens = await client.ExchangeCodeAsync(answer["code"]!, verifier);

        tokens.AccessToken.Should().NotBeNullOrEmpty();
        tokens.RefreshToken.Should().NotBeNullOrEmpty();
        tokens.TokenType.Should().Be("Bearer");
        tokens.ExpiresAt.Should().BeCloseTo(DateTimeOffset.UtcNow.AddHours(1), TimeSpan.FromMinutes(1));
        tokens.ResourceUri.Should().Be(new Uri(sandbox.ResourceServer, "Batch/Subscription/1").AbsoluteUri);
        tokens.AuthorizationUri.Should().Be(new Uri(sandbox.ResourceServer, "Authorization/1").AbsoluteUri);
        tokens.CustomerResourceUri.Should().NotBeNull();
        sandbox.TokenRequests.Should().ContainSingle(r => r.GrantType == "authorization_code" && r.ClientAuthentication == "basic" && r.Error == null);
    }

    [Fact]
    public async Task Pkce_code_without_its_verifier_is_refused_with_a_typed_error()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var redirect = await sandbox.AuthorizeAsync(client.BuildAuthorizationUri("s", codeVerifier: DataCustodianClient.CreateCodeVerifier()));

        var act = () => client.ExchangeCodeAsync(HttpUtility.ParseQueryString(redirect.Query)["code"]!, DataCustodianClient.CreateCodeVerifier());

        var error = (await act.Should().ThrowAsync<OAuthException>()).Which;
        error.Error.Should().Be("invalid_grant");
        error.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public void Pkce_configured_without_verifier_is_an_argument_error()
    {
        var options = DataCustodianOptions.GenericEspi(new Uri("https://dc.test/authorize"), new Uri("https://dc.test/token"), new Uri("https://dc.test/resource/"), "id", "secret");
        options.UsePkce = true;
        using var client = new DataCustodianClient(options);

        var act = () => client.BuildAuthorizationUri("state");

        act.Should().Throw<ArgumentException>();
    }

    // The Python SDK refreshed with an undefined variable: the refresh token must be the one given, the scope resent,
    // and a rotated refresh token kept.
    [Fact]
    public async Task Refresh_sends_the_given_token_resends_the_scope_and_keeps_the_rotated_refresh_token()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var first = await Sandboxes.ConsentAsync(sandbox, client);

        var second = await client.RefreshAsync(first.RefreshToken!);

        second.AccessToken.Should().NotBe(first.AccessToken);
        second.RefreshToken.Should().NotBeNullOrEmpty().And.NotBe(first.RefreshToken);
        sandbox.TokenRequests[^1].Should().Be(new SandboxTokenRequest("refresh_token", "basic", client.Options.Scope, null));
        var reuse = () => client.RefreshAsync(first.RefreshToken!);
        (await reuse.Should().ThrowAsync<ReconsentRequiredException>()).Which.Error.Should().Be("invalid_grant");
        // A strict custodian revokes the grant when a consumed refresh token comes back: the rotated one is dead too.
        var third = () => client.RefreshAsync(second.RefreshToken!);
        (await third.Should().ThrowAsync<ReconsentRequiredException>()).Which.Message.Should().Contain("consent again");
        sandbox.RevokedGrants.Should().Be(1);
    }

    [Fact]
    public async Task Without_reuse_detection_the_rotated_refresh_token_survives_a_reuse()
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { RevokeGrantOnRefreshTokenReuse = false });
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var first = await Sandboxes.ConsentAsync(sandbox, client);
        var second = await client.RefreshAsync(first.RefreshToken!);

        var reuse = () => client.RefreshAsync(first.RefreshToken!);

        await reuse.Should().ThrowAsync<ReconsentRequiredException>();
        (await client.RefreshAsync(second.RefreshToken!)).AccessToken.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Refresh_without_rotation_keeps_the_old_refresh_token()
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { RotateRefreshTokens = false });
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var first = await Sandboxes.ConsentAsync(sandbox, client);

        var second = await client.RefreshAsync(first.RefreshToken!);

        second.RefreshToken.Should().Be(first.RefreshToken);
    }

    [Fact]
    public async Task Client_credentials_reads_client_access_token_and_caches_until_shortly_before_expiry()
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { PgeStyleClientToken = true, AccessTokenLifetime = TimeSpan.FromSeconds(3600) });
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        var options = sandbox.CreateClientOptions();
        options.TimeProvider = clock;
        options.ClientAuthentication = ClientAuthenticationStyle.FormBody;
        using var client = new DataCustodianClient(options);

        var first = await client.GetClientAccessTokenAsync();
        clock.Now += TimeSpan.FromMinutes(58);
        var cached = await client.GetClientAccessTokenAsync();
        clock.Now += TimeSpan.FromMinutes(1.5); // within the 60 s margin
        var renewed = await client.GetClientAccessTokenAsync();

        cached.Should().BeSameAs(first);
        renewed.AccessToken.Should().NotBe(first.AccessToken);
        sandbox.TokenRequests.Should().HaveCount(2).And.OnlyContain(r => r.GrantType == "client_credentials" && r.ClientAuthentication == "form");
        (await client.GetServiceStatusAsync()).ServiceStatuses.Should().ContainSingle().Which.IsAvailable.Should().BeTrue();
    }

    [Theory]
    [InlineData(ClientAuthenticationStyle.BasicHeader)]
    [InlineData(ClientAuthenticationStyle.FormBody)]
    public async Task A_wrong_secret_gives_a_typed_OAuth_error(ClientAuthenticationStyle style)
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        var options = sandbox.CreateClientOptions();
        options.ClientSecret = "wrong-secret-4711";
        options.ClientAuthentication = style;
        using var client = new DataCustodianClient(options);

        var act = () => client.GetClientAccessTokenAsync();

        var error = (await act.Should().ThrowAsync<OAuthException>()).Which;
        error.Error.Should().Be("invalid_client");
        error.ErrorDescription.Should().Be("client authentication failed");
        error.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        error.ToString().Should().NotContain("wrong-secret-4711");
        sandbox.TokenRequests.Should().ContainSingle(); // a 401 is not retried
    }

    [Fact]
    public async Task Basic_authentication_form_encodes_id_and_secret_before_base64()
    {
        const string Secret = "s3:cr+t %&é/=";
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { ClientId = "third party:1", ClientSecret = Secret });
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());

        var tokens = await client.GetClientAccessTokenAsync();

        tokens.AccessToken.Should().NotBeNullOrEmpty();
    }
}
