using System.Net;
using GreenButton.Sandbox;

namespace GreenButton.Client.Tests;

/// <summary>A window the custodian defers (202) is visible in every API shape: never an empty, silent stream.</summary>
public sealed class DeferredTests
{
    [Fact]
    public async Task A_stream_continues_past_deferred_windows_then_names_them_in_a_typed_exception()
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { AsyncSubscriptions = true, NotificationDelay = TimeSpan.Zero });
        var options = sandbox.CreateClientOptions();
        options.MaxWindow = TimeSpan.FromDays(2);
        using var client = new DataCustodianClient(options);
        var tokens = sandbox.IssueCustomerTokens();
        var request = new SubscriptionRequest { AccessToken = tokens.AccessToken, SubscriptionId = "1", PublishedMin = Sandboxes.Start, PublishedMax = Sandboxes.Start.AddDays(6) };
        var first = client.GetSubscriptionUri("1", Sandboxes.Start, Sandboxes.Start.AddDays(2));
        // Ask for the first window once, then wait until the sandbox made it ready: it is answered at once next time.
        for (var i = 0; i < 100 && await client.DownloadAsync(new ResourceRequest { ResourceUri = first, AccessToken = tokens.AccessToken }, Stream.Null) == HttpStatusCode.Accepted; i++)
        {
            await Task.Delay(20);
        }

        var entries = new List<AtomEntry>();
        var act = async () =>
        {
            await foreach (var entry in client.GetSubscriptionEntriesAsync(request))
            {
                entries.Add(entry);
            }
        };

        var deferred = (await act.Should().ThrowExactlyAsync<DataCustodianException>()).Which;
        deferred.Kind.Should().Be(DataCustodianErrorKind.Deferred);
        deferred.StatusCode.Should().Be(HttpStatusCode.Accepted);
        deferred.IsTransient.Should().BeFalse();
        deferred.DeferredUris.Should().Equal(client.GetSubscriptionUri("1", Sandboxes.Start.AddDays(2), Sandboxes.Start.AddDays(4)),
            client.GetSubscriptionUri("1", Sandboxes.Start.AddDays(4), Sandboxes.Start.AddDays(6)));
        deferred.Message.Should().Contain("2 of 3 windows").And.NotContain(tokens.AccessToken);
        entries.Count(e => e.Resource is IntervalBlock).Should().Be(2, "the window that was ready is all there");
    }

    [Fact]
    public async Task Bulk_and_resource_streams_throw_deferred_on_a_202_and_the_document_shapes_say_so_too()
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { AsyncSubscriptions = true, NotificationDelay = TimeSpan.FromHours(1) });
        var options = sandbox.CreateClientOptions();
        options.MaxWindow = TimeSpan.FromDays(1);
        using var client = new DataCustodianClient(options);
        var tokens = sandbox.IssueCustomerTokens();

        var bulk = async () =>
        {
            await foreach (var _ in client.GetBulkEntriesAsync("1"))
            {
            }
        };
        var resource = async () =>
        {
            await foreach (var _ in client.GetResourceEntriesAsync(new ResourceRequest { ResourceUri = client.GetBulkUri("1"), UseClientToken = true }))
            {
            }
        };
        var result = await client.GetSubscriptionAsync(new SubscriptionRequest { AccessToken = tokens.AccessToken, SubscriptionId = "1", PublishedMin = Sandboxes.Start, PublishedMax = Sandboxes.Start.AddDays(2) });
        var document = () => client.GetResourceAsync(new ResourceRequest { ResourceUri = client.GetBulkUri("1"), UseClientToken = true });

        (await bulk.Should().ThrowAsync<DataCustodianException>()).Which.DeferredUris.Should().Equal(client.GetBulkUri("1"));
        (await resource.Should().ThrowAsync<DataCustodianException>()).Which.Kind.Should().Be(DataCustodianErrorKind.Deferred);
        result.IsAccepted.Should().BeTrue();
        result.Document.Should().BeNull();
        result.RequestUris.Should().HaveCount(2);
        (await document.Should().ThrowAsync<DataCustodianException>()).Which.Kind.Should().Be(DataCustodianErrorKind.Deferred);
    }
}
