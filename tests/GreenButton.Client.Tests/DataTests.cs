using System.Diagnostics;
using System.Net;
using GreenButton.Sandbox;
using GreenButton.Synthetic;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GreenButton.Client.Tests;

/// <summary>Windows, notifications, bulk, large downloads and cancellation.</summary>
public sealed class DataTests
{
    [Fact]
    public async Task Windows_downloaded_merged_make_one_feed_equal_to_the_merged_document()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var tokens = await Sandboxes.ConsentAsync(sandbox, client);
        var start = Sandboxes.Start;
        Uri[] windows = [client.GetUsagePointUri("1", "1", start, start.AddDays(10)), client.GetUsagePointUri("1", "1", start.AddDays(10), start.AddDays(25))];

        using var merged = new MemoryStream();
        (await client.DownloadMergedAsync(windows, tokens.AccessToken, merged)).Should().Be(HttpStatusCode.OK);

        merged.Position = 0;
        var document = GreenButtonDocument.Load(merged);
        var first = await client.GetUsagePointAsync(tokens.AccessToken, "1", "1", start, start.AddDays(10));
        var second = await client.GetUsagePointAsync(tokens.AccessToken, "1", "1", start.AddDays(10), start.AddDays(25));
        document.UsagePoints.Should().ContainSingle();
        document.MeterReadings.Should().ContainSingle();
        document.IntervalBlocks.Should().HaveCount(25);
        document.MeterReadings[0].Readings.Select(r => (r.StartSeconds, r.Value)).Should().Equal(
            first.MeterReadings[0].Readings.Concat(second.MeterReadings[0].Readings).Select(r => (r.StartSeconds, r.Value)),
            "the merged feed holds each window's readings, in order");
        await client.Invoking(c => c.DownloadMergedAsync([], tokens.AccessToken, merged)).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task A_400_day_range_is_split_into_28_day_windows_and_merged_covering_each_day_once()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        var options = sandbox.CreateClientOptions();
        options.MaxWindow = TimeSpan.FromDays(28);
        using var client = new DataCustodianClient(options);
        var tokens = await Sandboxes.ConsentAsync(sandbox, client);
        var min = Sandboxes.Start;
        var max = min.AddDays(400);

        var document = await client.GetUsagePointAsync(tokens.AccessToken, "1", "1", min, max);

        sandbox.Requests.Should().HaveCount(15); // ceil(400 / 28)
        sandbox.Requests.Select(r => r.Query["published-min"]).Should().OnlyHaveUniqueItems();
        document.UsagePoints.Should().ContainSingle();
        document.MeterReadings.Should().ContainSingle();
        document.LocalTimeParameters.Should().ContainSingle();
        var blocks = document.MeterReadings[0].IntervalBlocks;
        blocks.Should().HaveCount(400);
        var readings = document.MeterReadings[0].Readings.ToList();
        readings.Select(r => r.StartSeconds).Should().OnlyHaveUniqueItems().And.BeInAscendingOrder();
        readings[0].StartSeconds.Should().Be(min.ToUnixTimeSeconds());
        readings[^1].EndSeconds.Should().Be(SandboxCustodian.LocalMidnightUtc(new DateOnly(2023, 1, 1).AddDays(400)).ToUnixTimeSeconds());
        readings.Zip(readings.Skip(1), (a, b) => b.StartSeconds - a.EndSeconds).Should().OnlyContain(gap => gap == 0); // no hole, no overlap
        document.Diagnostics.Should().NotContain(d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task The_streaming_variant_yields_the_windows_entries_once()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        var options = sandbox.CreateClientOptions();
        options.MaxWindow = TimeSpan.FromDays(10);
        using var client = new DataCustodianClient(options);
        var tokens = await Sandboxes.ConsentAsync(sandbox, client);

        var entries = new List<AtomEntry>();
        await foreach (var entry in client.GetUsagePointEntriesAsync(tokens.AccessToken, "1", "1", Sandboxes.Start, Sandboxes.Start.AddDays(35)))
        {
            entries.Add(entry);
        }

        sandbox.Requests.Should().HaveCount(4);
        entries.Count(e => e.Resource is IntervalBlock).Should().Be(35);
        entries.Count(e => e.Resource is UsagePoint).Should().Be(1);
        entries.Count(e => e.Resource is ReadingType).Should().Be(1);
    }

    [Fact]
    public async Task Bulk_202_then_notification_then_fetch_end_to_end()
    {
        var received = new TaskCompletionSource<GreenButtonDocument>(TaskCreationOptions.RunContinuationsAsynchronously);
        DataCustodianClient? client = null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var thirdParty = builder.Build();
        thirdParty.MapGreenButtonNotifications("/notify", async (notification, ct) =>
        {
            try
            {
                received.TrySetResult(await client!.GetResourceAsync(notification.Resources.Single(), ct));
            }
            catch (Exception ex)
            {
                received.TrySetException(ex);
            }
        });
        await thirdParty.StartAsync();
        var notifyUri = new Uri(new Uri(thirdParty.Urls.Single()), "/notify");
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { NotificationUri = notifyUri, Feed = SyntheticFeedOptions.Electricity(meters: 2, days: 5) });
        client = new DataCustodianClient(sandbox.CreateClientOptions());

        var first = await client.GetBulkAsync("1");
        var document = await received.Task.WaitAsync(Sandboxes.HangGuard);

        first.IsAccepted.Should().BeTrue();
        sandbox.NotificationsSent.Should().Be(1);
        document.UsagePoints.Should().HaveCount(2);
        document.IntervalBlocks.Should().HaveCount(10);
        sandbox.Requests.Select(r => r.Status).Should().Equal(202, 200);
        client.Dispose();
    }

    [Fact]
    public async Task An_asynchronous_subscription_is_accepted_then_notified()
    {
        var notified = new TaskCompletionSource<BatchListNotification>(TaskCreationOptions.RunContinuationsAsynchronously);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var thirdParty = builder.Build();
        thirdParty.MapGreenButtonNotifications("/notify", (notification, _) =>
        {
            notified.TrySetResult(notification);
            return Task.CompletedTask;
        });
        await thirdParty.StartAsync();
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { AsyncSubscriptions = true, NotificationUri = new Uri(new Uri(thirdParty.Urls.Single()), "/notify") });
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var tokens = await Sandboxes.ConsentAsync(sandbox, client);

        var result = await client.GetSubscriptionAsync(tokens.AccessToken, "1", Sandboxes.Start, Sandboxes.Start.AddDays(2));
        var notification = await notified.Task.WaitAsync(Sandboxes.HangGuard);
        var data = await client.GetResourceAsync(notification.Resources.Single(), tokens.AccessToken);

        result.IsAccepted.Should().BeTrue();
        notification.Resources.Single().Query.Should().Contain("published-min=");
        data.IntervalBlocks.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_notification_that_is_not_a_BatchList_gets_400()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var thirdParty = builder.Build();
        var calls = 0;
        thirdParty.MapGreenButtonNotifications("/notify", (_, _) =>
        {
            Interlocked.Increment(ref calls);
            return Task.CompletedTask;
        });
        await thirdParty.StartAsync();
        using var http = new HttpClient();

        using var bad = await http.PostAsync(new Uri(new Uri(thirdParty.Urls.Single()), "/notify"), new StringContent("<ServiceStatus xmlns=\"http://naesb.org/espi\"><currentStatus>1</currentStatus></ServiceStatus>"));
        using var good = await http.PostAsync(new Uri(new Uri(thirdParty.Urls.Single()), "/notify"),
            new StringContent("<BatchList xmlns=\"http://naesb.org/espi\"><resources>https://dc.test/espi/1_1/resource/Batch/Bulk/1</resources></BatchList>"));

        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        good.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Cancellation_mid_download_stops_it_and_the_custodian_sees_the_download_abandoned()
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { Feed = SyntheticFeedOptions.Electricity(meters: 10, days: 1500) });
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var tokens = await Sandboxes.ConsentAsync(sandbox, client);
        using var cancel = new CancellationTokenSource();
        long entries = 0;

        var act = async () =>
        {
            await foreach (var _ in client.GetSubscriptionEntriesAsync(tokens.AccessToken, "1", Sandboxes.Start, Sandboxes.Start.AddDays(2000), cancel.Token))
            {
                if (++entries == 100)
                {
                    await cancel.CancelAsync(); // a 200 MB answer is far from done after 100 entries
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        entries.Should().Be(100, "no entry is handed out after the cancellation");
        var abandoned = await Sandboxes.EventuallyAsync(() => sandbox.Requests.Any(r => r.Status == SandboxCustodian.StatusClientClosedRequest));
        abandoned.Should().BeTrue("the client closed the response instead of reading it to the end");
    }

    // The core's async reader reads synchronously inside an entry; a stalled server must not hold a cancelled download.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Cancellation_ends_a_download_stalled_inside_an_entry(bool streaming)
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { Feed = SyntheticFeedOptions.Electricity(meters: 1, days: 30) });
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var tokens = sandbox.IssueCustomerTokens();
        var stall = TimeSpan.FromMinutes(5);
        sandbox.Faults.StallBodyNext(1, afterBytes: 50_123, stall);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var watch = Stopwatch.StartNew();

        Func<Task> act = streaming
            ? async () =>
            {
                await foreach (var _ in client.GetUsagePointEntriesAsync(tokens.AccessToken, "1", "1", Sandboxes.Start, Sandboxes.Start.AddDays(30), cancel.Token))
                {
                }
            }
            : () => client.GetUsagePointAsync(tokens.AccessToken, "1", "1", Sandboxes.Start, Sandboxes.Start.AddDays(30), cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        // Without the client's guard a stalled synchronous read held the download until the stall ended.
        watch.Elapsed.Should().BeLessThan(stall, "the cancellation ended the download while the custodian was still stalled");
    }

    [Fact]
    public async Task Windows_of_a_prefixed_feed_merge_too()
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { Feed = SyntheticFeedOptions.Electricity(meters: 1, days: 60) with { Style = SyntheticFeedStyle.Prefixed } });
        var options = sandbox.CreateClientOptions();
        options.MaxWindow = TimeSpan.FromDays(7);
        using var client = new DataCustodianClient(options);
        var tokens = sandbox.IssueCustomerTokens();

        var document = await client.GetUsagePointAsync(tokens.AccessToken, "1", "1", Sandboxes.Start, Sandboxes.Start.AddDays(60));

        sandbox.Requests.Should().HaveCount(9);
        document.UsagePoints.Should().ContainSingle();
        document.MeterReadings.Should().ContainSingle().Which.IntervalBlocks.Should().HaveCount(60);
    }

    [Fact]
    public async Task Application_information_authorizations_and_service_status_are_read_with_the_client_token()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());

        var application = await client.GetApplicationInformationAsync("1");
        var authorizations = await client.GetAuthorizationsAsync();
        var authorization = await client.GetAuthorizationAsync("1");
        var status = await client.GetServiceStatusAsync();

        application.ApplicationInformation.Should().ContainSingle().Which.ClientId.Should().Be(sandbox.Options.ClientId);
        authorizations.Authorizations.Should().ContainSingle().Which.ResourceUri.Should().EndWith("Batch/Subscription/1");
        authorization.Authorizations.Should().ContainSingle();
        status.ServiceStatuses.Should().ContainSingle().Which.IsAvailable.Should().BeTrue();
        sandbox.TokenRequests.Should().ContainSingle(); // the client token is cached
    }

    [Fact]
    public async Task A_refused_client_token_is_renewed_once()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        await client.GetServiceStatusAsync();
        sandbox.ExpireAccessTokens();

        var status = await client.GetServiceStatusAsync();

        status.ServiceStatuses.Should().ContainSingle();
        sandbox.Requests.Select(r => r.Status).Should().Equal(200, 401, 200);
        sandbox.TokenRequests.Should().HaveCount(2);
    }

    [Fact]
    public async Task AddGreenButtonClient_registers_a_working_client()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        var settings = sandbox.CreateClientOptions();
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
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<DataCustodianClient>();
        sandbox.Faults.FailNext(1);

        var status = await client.GetServiceStatusAsync();

        status.ServiceStatuses.Should().ContainSingle();
        sandbox.Requests.Select(r => r.Status).Should().Equal(503, 200);
        provider.GetRequiredService<DataCustodianClient>().Should().BeSameAs(client);
    }
}
