using System.Net;
using GreenButton.Sandbox;

namespace GreenButton.Client.Tests;

/// <summary>Rotating refresh tokens against a strict custodian: never sent twice, saved before use, a refusal typed as "consent again".</summary>
public sealed class RefreshTests
{
    [Fact]
    public async Task A_refresh_whose_answer_is_lost_is_not_sent_again_so_the_grant_is_not_revoked()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var tokens = sandbox.IssueCustomerTokens();
        sandbox.Faults.DropNextTokenAnswers(1);

        var act = () => client.RefreshAsync(tokens.RefreshToken!);

        var lost = (await act.Should().ThrowAsync<DataCustodianException>()).Which;
        lost.Kind.Should().Be(DataCustodianErrorKind.ConnectionLost);
        lost.Message.Should().Contain("not sent again").And.Contain("consumed the refresh token").And.NotContain(tokens.RefreshToken!);
        sandbox.TokenRequests.Should().ContainSingle("a refresh is not idempotent: a retry with the consumed token would revoke the grant");
        sandbox.RevokedGrants.Should().Be(0);
    }

    [Fact]
    public async Task A_failed_refresh_and_a_failed_code_exchange_are_not_retried_but_client_credentials_are()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var tokens = sandbox.IssueCustomerTokens();

        sandbox.Faults.FailNextTokenRequests(1);
        var refresh = () => client.RefreshAsync(tokens.RefreshToken!);
        (await refresh.Should().ThrowAsync<OAuthException>()).Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        sandbox.Faults.FailNextTokenRequests(1);
        var exchange = () => client.ExchangeCodeAsync("some-code", CancellationToken.None);
        await exchange.Should().ThrowAsync<OAuthException>();
        sandbox.TokenRequests.Should().HaveCount(2);

        sandbox.Faults.FailNextTokenRequests(1);
        var own = await client.GetClientAccessTokenAsync();

        own.AccessToken.Should().NotBeNullOrEmpty();
        sandbox.TokenRequests.Should().HaveCount(4);
        (await client.RefreshAsync(tokens.RefreshToken!)).AccessToken.Should().NotBeNullOrEmpty("the failed attempt never reached the grant");
    }

    [Fact]
    public async Task A_refused_stored_refresh_is_a_typed_reconsent_error_from_the_data_call()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var tokens = sandbox.IssueCustomerTokens();
        await client.RefreshAsync(tokens.RefreshToken!); // the store's refresh token is now consumed
        var store = new InMemoryTokenStore(tokens);
        sandbox.ExpireAccessTokens();

        var act = () => client.GetUsagePointAsync(new UsagePointRequest { TokenStore = store, SubscriptionId = "1", UsagePointId = "1", PublishedMin = Sandboxes.Start, PublishedMax = Sandboxes.Start.AddDays(1) });

        var error = (await act.Should().ThrowAsync<ReconsentRequiredException>()).Which;
        error.Error.Should().Be("invalid_grant");
        error.Should().BeAssignableTo<OAuthException>();
        var empty = () => client.RefreshAsync(new InMemoryTokenStore());
        await empty.Should().ThrowAsync<ReconsentRequiredException>();
    }

    [Fact]
    public async Task New_tokens_are_saved_before_they_are_used()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var store = new RecordingStore(sandbox, sandbox.IssueCustomerTokens());
        sandbox.ExpireAccessTokens();

        await client.GetUsagePointAsync(new UsagePointRequest { TokenStore = store, SubscriptionId = "1", UsagePointId = "1", PublishedMin = Sandboxes.Start, PublishedMax = Sandboxes.Start.AddDays(1) });

        var save = store.Saves.Should().ContainSingle().Subject;
        save.ResourceRequestsBefore.Should().Be(1, "only the refused request came before the save");
        sandbox.Requests.Select(r => r.Status).Should().Equal(401, 200);
        sandbox.Requests[^1].Authorization.Should().Be("Bearer " + save.Tokens.AccessToken);
    }

    [Theory]
    [InlineData(RefreshScope.Configured, "configured")]
    [InlineData(RefreshScope.Granted, "granted")]
    [InlineData(RefreshScope.None, null)]
    public async Task The_refresh_sends_the_scope_the_option_names(RefreshScope which, string? expected)
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { Scope = "granted" });
        var options = sandbox.CreateClientOptions();
        options.Scope = "configured";
        options.RefreshScope = which;
        using var client = new DataCustodianClient(options);
        var tokens = sandbox.IssueCustomerTokens();

        try
        {
            await client.RefreshAsync(tokens);
        }
        catch (OAuthException ex) when (ex.Error == "invalid_scope")
        {
            // "configured" is wider than the grant: the strict sandbox refuses it, which is the point of RefreshScope.Granted
        }

        sandbox.TokenRequests.Should().ContainSingle().Which.Scope.Should().Be(expected);
    }

    private sealed class RecordingStore(SandboxCustodian sandbox, TokenResponse tokens) : ITokenStore
    {
        private TokenResponse _tokens = tokens;

        public List<(TokenResponse Tokens, int ResourceRequestsBefore)> Saves { get; } = [];

        public ValueTask<TokenResponse?> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult<TokenResponse?>(_tokens);

        public ValueTask SaveAsync(TokenResponse tokens, CancellationToken cancellationToken)
        {
            Saves.Add((tokens, sandbox.Requests.Count));
            _tokens = tokens;
            return ValueTask.CompletedTask;
        }
    }
}
