using System.Text.Json;
using GreenButton.Cli.Connect;
using GreenButton.Sandbox;

namespace GreenButton.Cli.Tests;

/// <summary><c>fetch resource --uri Batch/RetailCustomer/1</c> with the customer token: the sandbox's fake customer data, summarised by id.</summary>
public sealed class CustomerFetchTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private Dictionary<string, string> CustomerToken => new()
    {
        [ConnectVariables.AccessToken] = fixture.Sandbox.IssueCustomerTokens().AccessToken,
        [ConnectVariables.ClientSecret] = fixture.Sandbox.Options.ClientSecret,
    };

    [Fact]
    public async Task The_retail_customer_resource_is_fetched_and_summarised_without_personal_data()
    {
        var result = await SandboxFixture.FetchAsync(CustomerToken,
            ["resource", "--uri", $"Batch/RetailCustomer/{SandboxCustodian.RetailCustomerId}", "--json", .. fixture.ConnectionArgs()]);
        result.ExitCode.Should().Be(ExitCodes.Ok, result.Error);
        Schemas.ShouldMatchSummarySchema(result.Out);
        result.Out.Should().NotContain("Sampleville").And.NotContain("Alex Sample");
        using var json = JsonDocument.Parse(result.Out);
        var customers = json.RootElement.GetProperty("files")[0].GetProperty("customers");
        customers.GetProperty("counts").GetProperty("ServiceLocation").GetInt32().Should().Be(SandboxFixture.Feed.UsagePoints.Count);
        customers.GetProperty("counts").GetProperty("Meter").GetInt32().Should().Be(SandboxFixture.Feed.UsagePoints.Count);
        customers.GetProperty("resources").EnumerateArray().Where(r => r.GetProperty("resource").GetString() != "Customer")
            .Should().OnlyContain(r => r.GetProperty("attachedBy").GetString() == "link");
    }
}
