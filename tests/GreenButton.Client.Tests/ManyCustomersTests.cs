using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using GreenButton.Sandbox;
using GreenButton.Synthetic;

namespace GreenButton.Client.Tests;

/// <summary>One client per certificate for many customers: tokens per customer, bounded concurrency, pacing, the caller's HttpClient.</summary>
public sealed class ManyCustomersTests
{
    // The README's worker, against the sandbox: 200 customers whose access tokens all expired, refreshed (rotating) and fetched.
    [Fact]
    public async Task A_worker_refreshes_and_fetches_for_200_customers_with_bounded_concurrency()
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { Feed = SyntheticFeedOptions.Electricity(meters: 1, days: 3) });
        var options = sandbox.CreateClientOptions();
        options.MaxConcurrentRequests = 4;
        using var client = new DataCustodianClient(options);
        var stores = new InMemoryTokenStores();
        var first = new Dictionary<string, TokenResponse>();
        var customers = Enumerable.Range(1, 200).Select(i => $"customer-{i}").ToList();
        foreach (var customer in customers)
        {
            first[customer] = sandbox.IssueCustomerTokens(subscriptionId: customer);
            stores.Add(customer, first[customer]);
        }
        sandbox.ExpireAccessTokens();
        var readings = new ConcurrentDictionary<string, int>();

        await Parallel.ForEachAsync(customers, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (customer, ct) =>
        {
            var document = await client.GetUsagePointAsync(new UsagePointRequest
            {
                TokenStore = stores.For(customer),
                SubscriptionId = customer,
                UsagePointId = "1",
                PublishedMin = Sandboxes.Start,
                PublishedMax = Sandboxes.Start.AddDays(3),
            }, ct);
            readings[customer] = document.MeterReadings[0].Readings.Count();
        });

        readings.Should().HaveCount(200).And.OnlyContain(r => r.Value == 3 * 96);
        sandbox.TokenRequests.Should().HaveCount(200).And.OnlyContain(r => r.GrantType == "refresh_token" && r.Error == null);
        sandbox.Requests.Should().HaveCount(400); // each: 401 with the expired token, then 200
        sandbox.PeakConcurrentRequests.Should().BeInRange(1, 4);
        sandbox.RevokedGrants.Should().Be(0);
        foreach (var customer in customers)
        {
            var saved = await stores.For(customer).GetAsync(default);
            saved!.RefreshToken.Should().NotBe(first[customer].RefreshToken, "the rotated refresh token was saved");
        }
    }

    [Fact]
    public async Task The_minimum_interval_spaces_the_starts_of_requests_even_when_sent_at_once()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        var options = sandbox.CreateClientOptions();
        options.MinimumRequestInterval = TimeSpan.FromMilliseconds(150);
        using var client = new DataCustodianClient(options);
        await client.GetClientAccessTokenAsync();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.GetServiceStatusAsync()));

        var starts = sandbox.Requests.Select(r => r.ReceivedAt).Order().ToList();
        starts.Should().HaveCount(5);
        // Arrival times carry the machine's scheduling noise, so only the whole span is checked here (unpaced, five
        // requests sent at once arrive within milliseconds); RequestPacerTests check the spacing itself on a virtual clock.
        (starts[^1] - starts[0]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task A_full_caller_limiter_is_a_typed_rate_limited_failure()
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { Feed = SyntheticFeedOptions.Electricity(meters: 1, days: 30) });
        using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 0 });
        var options = sandbox.CreateClientOptions();
        options.RateLimiter = limiter;
        using var client = new DataCustodianClient(options);
        var tokens = sandbox.IssueCustomerTokens();
        sandbox.Faults.StallBodyNext(1, afterBytes: 30_000, TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource();
        await using var slow = client.GetUsagePointEntriesAsync(tokens.AccessToken, "1", "1", Sandboxes.Start, Sandboxes.Start.AddDays(30), cancel.Token).GetAsyncEnumerator(cancel.Token);
        (await slow.MoveNextAsync()).Should().BeTrue(); // holds the only permit while its body streams

        var second = () => client.GetUsagePointAsync(tokens.AccessToken, "1", "1", Sandboxes.Start, Sandboxes.Start.AddDays(1));

        var refused = (await second.Should().ThrowExactlyAsync<DataCustodianException>()).Which;
        refused.Kind.Should().Be(DataCustodianErrorKind.RateLimited);
        refused.IsTransient.Should().BeTrue();
        await cancel.CancelAsync();
    }

    [Fact]
    public async Task The_callers_HttpClient_carries_bearer_tokens_renewal_and_limits()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var http = Sandboxes.Raw(sandbox, sandbox.Certificates.Client);
        var options = sandbox.CreateClientOptions();
        options.MaxConcurrentRequests = 1;
        var store = new InMemoryTokenStore(sandbox.IssueCustomerTokens());
        sandbox.ExpireAccessTokens();

        using (var client = new DataCustodianClient(http, options))
        {
            var document = await client.GetUsagePointAsync(new UsagePointRequest { TokenStore = store, SubscriptionId = "1", UsagePointId = "1", PublishedMin = Sandboxes.Start, PublishedMax = Sandboxes.Start.AddDays(1) });
            (await client.GetServiceStatusAsync()).ServiceStatuses.Should().ContainSingle();
            document.IntervalBlocks.Should().ContainSingle();
        }

        sandbox.Requests.Select(r => r.Status).Should().Equal(401, 200, 200);
        (await http.GetAsync(sandbox.ResourceServer)).Should().NotBeNull("the caller's HttpClient is not disposed with the client");
    }
}
