using System.Collections.Concurrent;
using System.Net;
using GreenButton.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace GreenButton.Client.Tests;

/// <summary><see cref="DataCustodianOptions.OnRetry"/>: one call per retry, before its wait, saying which, why and how long.</summary>
public sealed class RetryHookTests
{
    [Fact]
    public async Task Each_retry_is_reported_with_its_number_status_and_wait()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        var retries = new ConcurrentQueue<DataCustodianRetry>();
        var options = sandbox.CreateClientOptions();
        options.OnRetry = retries.Enqueue;
        using var client = new DataCustodianClient(options);
        var tokens = await Sandboxes.ConsentAsync(sandbox, client);
        sandbox.Faults.FailNext(2, HttpStatusCode.ServiceUnavailable, retryAfter: TimeSpan.FromSeconds(1));

        var document = await client.GetUsagePointAsync(tokens.AccessToken, "1", "1", Sandboxes.Start, Sandboxes.Start.AddDays(1));

        document.IntervalBlocks.Should().ContainSingle();
        sandbox.Requests.Select(r => r.Status).Should().Equal(503, 503, 200);
        retries.Select(r => r.Attempt).Should().Equal(1, 2);
        retries.Should().AllSatisfy(r =>
        {
            r.MaxRetryAttempts.Should().Be(options.MaxRetryAttempts);
            r.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            r.Exception.Should().BeNull();
            r.Delay.Should().Be(TimeSpan.FromSeconds(1), "Retry-After wins over the backoff");
            r.Method.Should().Be(HttpMethod.Get);
            r.RequestUri!.AbsolutePath.Should().EndWith("/Batch/Subscription/1/UsagePoint/1");
            r.Reason.Should().Be("503 Service Unavailable");
        });
        retries.Select(r => r.ToString()).Should().Equal("retry 1/3 after 1 s: 503 Service Unavailable", "retry 2/3 after 1 s: 503 Service Unavailable");
    }

    [Fact]
    public async Task Readme_on_retry_snippet_says_each_retry()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        #region snippet:on-retry
        var options = sandbox.CreateClientOptions();
        options.OnRetry = retry => Console.Error.WriteLine($"greenbutton: {retry}"); // greenbutton: retry 1/3 after 1 s: 503 Service Unavailable
        using var client = new DataCustodianClient(options);
        #endregion
        sandbox.Faults.FailNext(1, HttpStatusCode.ServiceUnavailable, retryAfter: TimeSpan.FromSeconds(1));

        await client.GetServiceStatusAsync();

        sandbox.Requests.Select(r => r.Status).Should().Equal(503, 200);
    }

    [Fact]
    public async Task A_request_that_keeps_failing_reports_every_retry_and_no_more()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        var retries = new ConcurrentQueue<DataCustodianRetry>();
        var options = sandbox.CreateClientOptions();
        options.MaxRetryAttempts = 2;
        options.OnRetry = retries.Enqueue;
        using var client = new DataCustodianClient(options);
        var tokens = await Sandboxes.ConsentAsync(sandbox, client);
        sandbox.Faults.FailNext(10, HttpStatusCode.InternalServerError);

        var act = () => client.GetUsagePointAsync(tokens.AccessToken, "1", "1", Sandboxes.Start, Sandboxes.Start.AddDays(1));

        await act.Should().ThrowAsync<DataCustodianException>();
        sandbox.Requests.Should().HaveCount(3);
        retries.Select(r => (r.Attempt, r.MaxRetryAttempts, r.StatusCode)).Should().Equal((1, 2, HttpStatusCode.InternalServerError), (2, 2, HttpStatusCode.InternalServerError));
        retries.Should().OnlyContain(r => r.ToString().StartsWith($"retry {r.Attempt}/2 after ", StringComparison.Ordinal) && r.ToString().EndsWith(": 500 Internal Server Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_code_exchange_is_never_retried_so_never_reported()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        var retries = new ConcurrentQueue<DataCustodianRetry>();
        var options = sandbox.CreateClientOptions();
        options.OnRetry = retries.Enqueue;
        using var client = new DataCustodianClient(options);
        sandbox.Faults.FailNextTokenRequests(1);

        var act = () => Sandboxes.ConsentAsync(sandbox, client);

        await act.Should().ThrowAsync<Exception>();
        retries.Should().BeEmpty();
    }

    [Fact]
    public async Task The_client_registered_in_services_reports_retries_too()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        var settings = sandbox.CreateClientOptions();
        var retries = new ConcurrentQueue<DataCustodianRetry>();
        var services = new ServiceCollection();
        services.AddGreenButtonClient(o =>
        {
            o.TokenEndpoint = settings.TokenEndpoint;
            o.ResourceServer = settings.ResourceServer;
            o.ClientId = settings.ClientId;
            o.ClientSecret = settings.ClientSecret;
            o.ClientCertificate = settings.ClientCertificate;
            o.AdditionalTrustedRoot = settings.AdditionalTrustedRoot;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
            o.OnRetry = retries.Enqueue;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<DataCustodianClient>();
        sandbox.Faults.FailNext(1, HttpStatusCode.BadGateway);

        await client.GetServiceStatusAsync();

        retries.Should().ContainSingle().Which.Reason.Should().Be("502 Bad Gateway");
    }
}
