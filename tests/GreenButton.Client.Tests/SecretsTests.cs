using System.Net;
using GreenButton.Sandbox;

namespace GreenButton.Client.Tests;

public sealed class SecretsTests
{
    [Fact]
    public async Task Secrets_and_tokens_never_appear_in_messages_or_ToString()
    {
        const string Secret = "very-secret-client-secret";
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { ClientSecret = Secret });
        var options = sandbox.CreateClientOptions();
        using var client = new DataCustodianClient(options);
        var tokens = await Sandboxes.ConsentAsync(sandbox, client);
        var secrets = new[] { Secret, tokens.AccessToken, tokens.RefreshToken! };

        var texts = new List<string>
        {
            options.ToString(),
            client.ToString(),
            tokens.ToString(),
            sandbox.ToString(),
            new RefreshTokenRequest { RefreshToken = tokens.RefreshToken! }.ToString(),
            new AuthorizationCodeTokenRequest { Code = tokens.AccessToken, CodeVerifier = Secret }.ToString(),
            new UsagePointRequest { AccessToken = tokens.AccessToken, SubscriptionId = "1", UsagePointId = "1", PublishedMin = default, PublishedMax = default }.ToString(),
            new ResourceRequest { AccessToken = tokens.AccessToken, ResourceUri = sandbox.ResourceServer }.ToString(),
            new InMemoryTokenStores().ToString(),
        };
        var missing = () => client.GetResourceAsync(new Uri(sandbox.ResourceServer, $"Nothing?access_token={tokens.AccessToken}&client_secret={Secret}&x=1"), tokens.AccessToken);
        var failure = (await missing.Should().ThrowAsync<DataCustodianException>()).Which;
        failure.StatusCode.Should().Be(HttpStatusCode.NotFound);
        failure.RequestUri!.Query.Should().Be("?x=1");
        texts.Add(failure.ToString());
        texts.Add(failure.RequestUri.ToString());
        var wrong = sandbox.CreateClientOptions();
        wrong.ClientSecret = Secret + "-wrong";
        using var wrongClient = new DataCustodianClient(wrong);
        var refused = () => wrongClient.RefreshAsync(tokens.RefreshToken!);
        texts.Add((await refused.Should().ThrowAsync<OAuthException>()).Which.ToString());

        foreach (var text in texts)
        {
            foreach (var secret in secrets)
            {
                text.Should().NotContain(secret);
            }
        }
    }

    [Fact]
    public void WithoutSecrets_strips_user_info_and_secret_parameters()
    {
        var uri = DataCustodianClient.WithoutSecrets(new Uri("https://user:pw@dc.test/r?a=1&access_token=T&Client_Secret=S&refresh_token=R&code=C&b=2"));

        uri.ToString().Should().Be("https://dc.test/r?a=1&b=2");
    }

    [Fact]
    public async Task BatchList_notifications_parse_bare_and_reject_relative_uris()
    {
        using var good = new MemoryStream("<BatchList xmlns=\"http://naesb.org/espi\"><resources>https://dc.test/r/Batch/Bulk/1</resources><resources> https://dc.test/r/Batch/Subscription/5 </resources></BatchList>"u8.ToArray());
        using var relative = new MemoryStream("<BatchList xmlns=\"http://naesb.org/espi\"><resources>Batch/Bulk/1</resources></BatchList>"u8.ToArray());

        var notification = await BatchListNotification.ParseAsync(good);
        var act = () => BatchListNotification.ParseAsync(relative);

        notification.Resources.Select(u => u.AbsoluteUri).Should().Equal("https://dc.test/r/Batch/Bulk/1", "https://dc.test/r/Batch/Subscription/5");
        await act.Should().ThrowAsync<GreenButtonException>();
    }

    [Fact]
    public void Windows_are_contiguous_half_open_and_no_longer_than_the_maximum()
    {
        var options = DataCustodianOptions.PgeShareMyData("id", "secret", null!);
        using var client = new DataCustodianClient(options);
        var min = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var windows = client.Windows(min, min.AddDays(400));

        windows.Should().HaveCount(15);
        windows[0].Min.Should().Be(min);
        windows[^1].Max.Should().Be(min.AddDays(400));
        windows.Zip(windows.Skip(1), (a, b) => a.Max == b.Min).Should().OnlyContain(x => x);
        windows.Should().OnlyContain(w => w.Max - w.Min <= TimeSpan.FromDays(28));
        client.FormatDate(min).Should().Be("1704067200");
    }

    [Fact]
    public void Pge_profile_uses_pge_endpoints()
    {
        var options = DataCustodianOptions.PgeShareMyData("id", "secret", null!);

        options.AuthorizationEndpoint.Should().Be(new Uri("https://sharemydata.pge.com/myAuthorization"));
        options.TokenEndpoint.Should().Be(new Uri("https://api.pge.com/datacustodian/oauth/v2/token"));
        options.ResourceServer.Should().Be(new Uri("https://api.pge.com/GreenButtonConnect/espi/1_1/resource/"));
        options.PublishedDateFormat.Should().Be(PublishedDateFormat.UnixSeconds);
        options.MaxWindow.Should().Be(TimeSpan.FromDays(28));
    }
}
