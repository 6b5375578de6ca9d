using System.Net;
using System.Xml.Linq;
using GreenButton.Sandbox;

namespace GreenButton.Client.Tests;

/// <summary>Merged windows of a customer resource keep every customer entry once, their namespace declared once on the root.</summary>
public sealed class WindowMergerCustomerTests
{
    [Fact]
    public async Task Merged_windows_of_retail_customer_data_keep_the_customer_entries()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        using var client = new DataCustodianClient(sandbox.CreateClientOptions());
        var tokens = await Sandboxes.ConsentAsync(sandbox, client);
        var uri = new Uri(sandbox.ResourceServer, $"Batch/RetailCustomer/{SandboxCustodian.RetailCustomerId}");
        var whole = await client.GetRetailCustomerAsync(tokens.AccessToken, SandboxCustodian.RetailCustomerId);

        using var merged = new MemoryStream();
        (await client.DownloadMergedAsync([uri, uri], tokens.AccessToken, merged)).Should().Be(HttpStatusCode.OK);

        merged.Position = 0;
        var document = GreenButtonDocument.Load(merged);
        document.CustomerResources.Select(r => r.SelfHref).Should().Equal(whole.CustomerResources.Select(r => r.SelfHref));
        document.Customers.Should().ContainSingle().Which.Accounts.Should().ContainSingle();
        merged.Position = 0;
        var root = XDocument.Load(merged).Root!;
        root.Attributes().Should().Contain(a => a.IsNamespaceDeclaration && a.Value == "http://naesb.org/espi/customer");
        root.Descendants().SelectMany(e => e.Attributes()).Should().NotContain(a => a.IsNamespaceDeclaration, "namespaces are declared once, on the root");
    }
}
