using System.Net;
using GreenButton.Sandbox;

namespace GreenButton.Client.Tests;

public sealed class DownloadTests
{
    [Fact]
    public async Task Download_copies_the_raw_body_and_reports_a_202()
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { CompressResponses = true, NotificationDelay = TimeSpan.FromHours(1) });
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var tokens = sandbox.IssueCustomerTokens();
        using var body = new MemoryStream();

        var status = await client.DownloadAsync(client.GetUsagePointUri("1", "1", Sandboxes.Start, Sandboxes.Start.AddDays(2)), tokens.AccessToken, body);
        var bulk = await client.DownloadAsync(client.GetBulkUri("1"), Stream.Null);

        status.Should().Be(HttpStatusCode.OK);
        body.Position = 0;
        GreenButtonDocument.Load(body).IntervalBlocks.Should().HaveCount(2);
        bulk.Should().Be(HttpStatusCode.Accepted);
        client.GetSubscriptionUri("1").Query.Should().BeEmpty();
        var act = () => client.GetSubscriptionUri("1", Sandboxes.Start, null);
        act.Should().Throw<ArgumentException>();
    }
}
