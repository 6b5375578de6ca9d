using System.Net;
using GreenButton.Sandbox;
using GreenButton.Synthetic;

namespace GreenButton.Client.Tests;

/// <summary>Retail customer data: Batch/RetailCustomer/{id} and a token's customerResourceURI, whole and streamed, from the sandbox.</summary>
public sealed class CustomerDataTests
{
    [Fact]
    public async Task The_token_response_names_the_customer_resource_and_it_serves_linked_fake_customer_data()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var tokens = await Sandboxes.ConsentAsync(sandbox, client);
        tokens.CustomerResourceUri.Should().Be(new Uri(sandbox.ResourceServer, "RetailCustomer/1").AbsoluteUri);

        var byToken = await client.GetCustomerResourceAsync(tokens);
        var byUri = await client.GetResourceAsync(new Uri(tokens.CustomerResourceUri!), tokens.AccessToken);
        var batch = await client.GetRetailCustomerAsync(tokens.AccessToken, SandboxCustodian.RetailCustomerId);

        foreach (var document in new[] { byToken, byUri, batch })
        {
            var customer = document.Customers.Should().ContainSingle().Subject;
            customer.CustomerName.Should().Contain("fake");
            var location = customer.Accounts.Should().ContainSingle().Subject.Agreements.Should().ContainSingle().Subject.ServiceLocations.Should().ContainSingle().Subject;
            location.MainAddress!.TownDetail!.Name.Should().Be("Sampleville");
            location.Meters.Should().ContainSingle().Which.IntervalLength.Should().Be(900);
            document.ServiceSuppliers.Should().ContainSingle();
            customer.Statements.Should().ContainSingle();
            document.Diagnostics.Should().NotContain(d => d.Severity >= DiagnosticSeverity.Warning);
        }
        sandbox.Requests.Select(r => r.Path).Should().Contain(p => p.EndsWith("/Batch/RetailCustomer/1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_usage_download_and_a_customer_download_merged_connect_each_usage_point_to_its_location()
    {
        await using var sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { Feed = SyntheticFeedOptions.Electricity(meters: 2, days: 3) });
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var tokens = await Sandboxes.ConsentAsync(sandbox, client);

        var entries = new List<AtomEntry>();
        await foreach (var entry in client.GetSubscriptionEntriesAsync(tokens.AccessToken, "1", Sandboxes.Start, Sandboxes.Start.AddDays(3)))
        {
            entries.Add(entry);
        }
        await foreach (var entry in client.GetCustomerResourceEntriesAsync(tokens))
        {
            entries.Add(entry);
        }
        var merged = GreenButtonDocument.FromEntries(entries);

        merged.UsagePoints.Should().HaveCount(2);
        merged.ServiceLocations.Should().HaveCount(2);
        merged.UsagePoints.Select(p => p.ServiceLocation).Should().Equal(merged.ServiceLocations);
        merged.UsagePoints.Should().OnlyContain(p => p.Customer == merged.Customers[0]);
        merged.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.DanglingLink && d.Message.Contains("UsagePoints", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_streaming_variant_yields_the_same_resources()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var tokens = await Sandboxes.ConsentAsync(sandbox, client);

        var streamed = new List<string>();
        await foreach (var entry in client.GetRetailCustomerEntriesAsync(tokens.AccessToken, SandboxCustodian.RetailCustomerId))
        {
            streamed.AddRange(entry.Resources.Select(r => r.ResourceName));
        }
        var whole = await client.GetRetailCustomerAsync(tokens.AccessToken, SandboxCustodian.RetailCustomerId);
        streamed.Should().Equal(whole.Resources.Select(r => r.ResourceName));
        streamed.Should().Contain(["Customer", "CustomerAccount", "CustomerAgreement", "ServiceSupplier", "ServiceLocation", "Meter", "Statement"]);
    }

    [Fact]
    public async Task Errors_are_the_clients_own()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var tokens = await Sandboxes.ConsentAsync(sandbox, client);

        var missing = await client.Invoking(c => c.GetRetailCustomerAsync(tokens.AccessToken, "2")).Should().ThrowAsync<DataCustodianException>();
        missing.Which.StatusCode.Should().Be(HttpStatusCode.NotFound);
        await client.Invoking(c => c.GetCustomerResourceAsync(new TokenResponse { AccessToken = tokens.AccessToken })).Should().ThrowAsync<ArgumentException>();
        await client.Invoking(c => c.GetCustomerResourceAsync(new TokenResponse { AccessToken = tokens.AccessToken, CustomerResourceUri = "https://elsewhere.example/RetailCustomer/1" })).Should().ThrowAsync<ArgumentException>();
        var unauthorized = await client.Invoking(c => c.GetRetailCustomerAsync("not-a-token", SandboxCustodian.RetailCustomerId)).Should().ThrowAsync<DataCustodianException>();
        unauthorized.Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
