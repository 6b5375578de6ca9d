namespace GreenButton.Tests;

public sealed partial class ReadmeExamplesTests
{
    [Fact]
    public void Customer_snippet_runs_and_connects_the_usage_point_to_its_customer()
    {
        var output = RunInUsageFolder(() =>
        {
            File.Copy(Fixture.PathOf("customer.xml"), "customer.xml");
            #region snippet:customer
            var options = new GreenButtonReaderOptions { RedactValues = true };
            var entries = GreenButtonReader.ReadEntries("usage.xml", options)
                .Concat(GreenButtonReader.ReadEntries("customer.xml", options));
            var doc = GreenButtonDocument.FromEntries(entries, options);
            foreach (var usagePoint in doc.UsagePoints)
            {
                var location = usagePoint.ServiceLocation;
                Console.WriteLine($"{usagePoint}: at {location}, account {location?.Agreement?.Account?.AccountId}");
                Console.WriteLine($"  customer {usagePoint.Customer}, {usagePoint.Customer?.CustomerName}");
            }
            #endregion
        });
        output.Should().Equal(
            "UsagePoint https://utility.example/DataCustodian/espi/1_1/resource/Subscription/5/UsagePoint/1: at ServiceLocation https://utility.example/DataCustodian/espi/1_1/resource/RetailCustomer/5/Customer/1/CustomerAccount/7/CustomerAgreement/8/ServiceLocation/9, account 0000-0007",
            "  customer Customer https://utility.example/DataCustodian/espi/1_1/resource/RetailCustomer/5/Customer/1, Sam Example");
    }
}
