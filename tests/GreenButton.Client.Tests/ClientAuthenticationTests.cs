using System.Net;
using GreenButton.Sandbox;

namespace GreenButton.Client.Tests;

/// <summary>RFC 6749 §2.3.1 encoded Basic, raw Basic, and RFC 8705 certificate-only client authentication against the sandbox.</summary>
public sealed class ClientAuthenticationTests
{
    private const string AwkwardSecret = "s3:cr+t %/=é";

    [Fact]
    public async Task TlsClientAuth_sends_the_client_id_alone_and_the_certificate_authenticates()
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { ClientAuthentication = SandboxClientAuthentication.TlsClientAuth });
        var options = sandbox.CreateClientOptions();
        options.ClientAuthentication.Should().Be(ClientAuthenticationStyle.TlsClientAuth);
        options.ClientSecret.Should().BeNull();
        using var client = new DataCustodianClient(options);

        var tokens = await Sandboxes.ConsentAsync(sandbox, client);
        var status = await client.GetServiceStatusAsync();
        var refreshed = await client.RefreshAsync(tokens);

        status.ServiceStatuses.Should().ContainSingle();
        refreshed.AccessToken.Should().NotBe(tokens.AccessToken);
        sandbox.TokenRequests.Should().HaveCount(3).And.OnlyContain(r => r.ClientAuthentication == "tls" && r.Error == null);
    }

    [Fact]
    public async Task A_secret_sent_to_a_tls_client_auth_custodian_is_refused_as_the_strict_server_does()
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { ClientAuthentication = SandboxClientAuthentication.TlsClientAuth });
        var options = sandbox.CreateClientOptions();
        options.ClientAuthentication = ClientAuthenticationStyle.BasicHeader;
        options.ClientSecret = "a-secret";
        using var client = new DataCustodianClient(options);

        var act = () => client.GetClientAccessTokenAsync();

        (await act.Should().ThrowAsync<OAuthException>()).Which.Error.Should().Be("invalid_request");
    }

    [Theory]
    [InlineData(ClientAuthenticationStyle.BasicHeader)]
    [InlineData(ClientAuthenticationStyle.BasicHeaderUnencoded)]
    public async Task Basic_without_a_secret_fails_fast_before_anything_is_sent(ClientAuthenticationStyle style)
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        var options = sandbox.CreateClientOptions();
        options.ClientAuthentication = style;
        options.ClientSecret = null;
        using var client = new DataCustodianClient(options);

        var act = () => client.GetClientAccessTokenAsync();

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("ClientSecret is not set").And.Contain("TlsClientAuth");
        sandbox.TokenRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task TlsClientAuth_without_a_certificate_is_a_configuration_error()
    {
        var options = DataCustodianOptions.GenericEspi(new Uri("https://dc.test/a"), new Uri("https://dc.test/t"), new Uri("https://dc.test/r/"), "id", "unused");
        options.ClientAuthentication = ClientAuthenticationStyle.TlsClientAuth;
        using var client = new DataCustodianClient(options);

        var act = () => client.GetClientAccessTokenAsync();

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*ClientCertificate*");
    }

    // A secret with + / = % : decodes differently under the two Basic conventions: each works only with its custodian.
    [Theory]
    [InlineData(SandboxClientAuthentication.ClientSecret, ClientAuthenticationStyle.BasicHeader, true)]
    [InlineData(SandboxClientAuthentication.ClientSecret, ClientAuthenticationStyle.BasicHeaderUnencoded, false)]
    [InlineData(SandboxClientAuthentication.ClientSecretUnencodedBasic, ClientAuthenticationStyle.BasicHeaderUnencoded, true)]
    [InlineData(SandboxClientAuthentication.ClientSecretUnencodedBasic, ClientAuthenticationStyle.BasicHeader, false)]
    [InlineData(SandboxClientAuthentication.ClientSecretUnencodedBasic, ClientAuthenticationStyle.FormBody, true)]
    public async Task Encoded_and_raw_basic_credentials_each_match_their_custodian(SandboxClientAuthentication custodian, ClientAuthenticationStyle style, bool accepted)
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { ClientSecret = AwkwardSecret, ClientAuthentication = custodian });
        var options = sandbox.CreateClientOptions();
        options.ClientAuthentication = style;
        using var client = new DataCustodianClient(options);

        var act = () => client.GetClientAccessTokenAsync();

        if (accepted)
        {
            (await act()).AccessToken.Should().NotBeNullOrEmpty();
        }
        else
        {
            var refused = (await act.Should().ThrowAsync<OAuthException>()).Which;
            refused.Error.Should().Be("invalid_client");
            refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            refused.Message.Should().NotContain(AwkwardSecret);
        }
    }

    [Fact]
    public void The_pge_profile_sends_raw_basic_credentials_as_pge_expects()
    {
        DataCustodianOptions.PgeShareMyData("id", "secret", null!).ClientAuthentication.Should().Be(ClientAuthenticationStyle.BasicHeaderUnencoded);
        DataCustodianOptions.GenericEspi(new Uri("https://a.test"), new Uri("https://t.test"), new Uri("https://r.test"), "id", "secret")
            .ClientAuthentication.Should().Be(ClientAuthenticationStyle.BasicHeader);
    }

    [Fact]
    public async Task An_unencoded_basic_id_with_a_colon_is_a_configuration_error()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        var options = sandbox.CreateClientOptions();
        options.ClientAuthentication = ClientAuthenticationStyle.BasicHeaderUnencoded;
        options.ClientId = "third:party";
        using var client = new DataCustodianClient(options);

        var act = () => client.GetClientAccessTokenAsync();

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*colon*");
        sandbox.TokenRequests.Should().BeEmpty();
    }
}
