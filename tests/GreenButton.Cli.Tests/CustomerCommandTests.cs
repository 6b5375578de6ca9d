using System.Text.Json;
using GreenButton.Tests.Corpus;

namespace GreenButton.Cli.Tests;

/// <summary>summary and inspect show customer resources: counts and ids by default, fields only with --show-personal-data.</summary>
public sealed class CustomerCommandTests
{
    private static string Full => Path.Combine(TestPaths.Repository, "tests", "GreenButton.Tests", "Fixtures", "customer-full.xml");

    [Fact]
    public async Task Summary_text_shows_counts_and_the_tree_of_ids_without_fields()
    {
        var result = await CliRunner.RunAsync("summary", Full);
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("Customer data: 1 Customer, 1 CustomerAccount, 1 CustomerAgreement, 1 EndDevice, 1 Meter, 1 ProgramDateIdMappings, 1 ServiceLocation, 1 ServiceSupplier, 1 Statement");
        result.Out.Should().Contain("--show-personal-data shows the fields");
        result.Out.Should().Contain("Customer 1").And.Contain("CustomerAccount 2").And.Contain("ServiceLocation 4 (UsagePoint 5)").And.Contain("Meter 8");
        result.Out.Should().NotContain("fake-", "no field is shown by default");
    }

    [Fact]
    public async Task Summary_text_with_show_personal_data_shows_every_field()
    {
        var result = await CliRunner.RunAsync("summary", Full, "--show-personal-data");
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("customerName: fake-customerName-84").And.Contain("organisation.streetAddress.townDetail.name: fake-name-17")
            .And.Contain("notifications[1].note: fake-note-113").And.Contain("personal data shown");
    }

    [Fact]
    public async Task Summary_json_adds_a_customers_key_that_matches_the_schema()
    {
        var result = await CliRunner.RunAsync("summary", Full, "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        Schemas.ShouldMatchSummarySchema(result.Out);
        result.Out.Should().NotContain("fake-");
        using var json = JsonDocument.Parse(result.Out);
        var file = json.RootElement.GetProperty("files")[0];
        file.GetProperty("resources").GetProperty("Customer").GetInt32().Should().Be(1, "existing names are unchanged: every resource is counted there too");
        var customers = file.GetProperty("customers");
        customers.GetProperty("personalData").GetBoolean().Should().BeFalse();
        customers.GetProperty("counts").GetProperty("EndDevice").GetInt32().Should().Be(1);
        var resources = customers.GetProperty("resources").EnumerateArray().ToList();
        resources.Should().HaveCount(9);
        resources.Should().OnlyContain(r => r.GetProperty("fields").ValueKind == JsonValueKind.Null);
        var location = resources.Single(r => r.GetProperty("resource").GetString() == "ServiceLocation");
        location.GetProperty("parent").GetString().Should().EndWith("/CustomerAgreement/3");
        location.GetProperty("attachedBy").GetString().Should().Be("link");
        location.GetProperty("usagePoints")[0].GetString().Should().EndWith("/UsagePoint/5");

        var shown = await CliRunner.RunAsync("summary", Full, "--format", "json", "--show-personal-data");
        Schemas.ShouldMatchSummarySchema(shown.Out);
        using var withFields = JsonDocument.Parse(shown.Out);
        var account = withFields.RootElement.GetProperty("files")[0].GetProperty("customers").GetProperty("resources")[1];
        account.GetProperty("fields").GetProperty("accountId").GetString().Should().Be("fake-accountId-187");
        account.GetProperty("fields").GetProperty("lastBillAmount").GetString().Should().Be("9876");
    }

    [Fact]
    public async Task A_usage_file_has_no_customers_key()
    {
        var result = await CliRunner.RunAsync("summary", TestPaths.Fixture("small.xml"), "--format", "json");
        result.Out.Should().NotContain("\"customers\"");
    }

    [Fact]
    public async Task Inspect_places_customer_resources_and_shows_fields_only_when_asked()
    {
        var result = await CliRunner.RunAsync("inspect", Full);
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("CustomerAccount: 1 agreement(s)").And.Contain("-> attached to Customer https://custodian.example.com/DataCustodian/espi/1_1/resource/RetailCustomer/9/Customer/1 by link");
        result.Out.Should().Contain("usage point https://custodian.example.com/DataCustodian/espi/1_1/resource/RetailCustomer/9/UsagePoint/5");
        result.Out.Should().NotContain("fake-");

        var shown = await CliRunner.RunAsync("inspect", Full, "--show-personal-data");
        shown.Out.Should().Contain("    mainAddress.streetDetail.number: fake-number-228");

        var json = await CliRunner.RunAsync("inspect", Full, "--format", "json");
        Schemas.ShouldMatchInspectSchema(json.Out);
        json.Out.Should().NotContain("fake-");
        using var doc = JsonDocument.Parse(json.Out);
        var resources = doc.RootElement.GetProperty("files")[0].GetProperty("resources").EnumerateArray().ToList();
        resources[0].GetProperty("attachment").GetProperty("status").GetString().Should().Be("topLevel");
        resources[1].GetProperty("attachment").GetProperty("parent").GetProperty("resource").GetString().Should().Be("Customer");
        resources[1].GetProperty("customer").GetProperty("fields").ValueKind.Should().Be(JsonValueKind.Null);

        var jsonShown = await CliRunner.RunAsync("inspect", Full, "--format", "json", "--show-personal-data");
        Schemas.ShouldMatchInspectSchema(jsonShown.Out);
        jsonShown.Out.Should().Contain("fake-customerName-84");
    }

    [CorpusFact]
    public async Task Every_customer_file_of_the_corpus_is_summarised_and_inspected()
    {
        var files = SharedCorpus.Expected.Select(e => e.GetProperty("file").GetString()!)
            .Where(f => !SharedCorpus.ExpectedFor(f).TryGetProperty("error", out _))
            .Where(f => File.ReadAllText(SharedCorpus.PathOf(f)).Contains("http://naesb.org/espi/customer", StringComparison.Ordinal)).ToList();
        files.Should().HaveCountGreaterThanOrEqualTo(8);
        foreach (var file in files)
        {
            // --lenient: one corpus file's only entry holds a Statement reference and no resource (strict mode exits 1 on it).
            var summary = await CliRunner.RunAsync("summary", SharedCorpus.PathOf(file), "--format", "json", "--show-personal-data", "--lenient");
            summary.ExitCode.Should().Be(0, summary.Error);
            Schemas.ShouldMatchSummarySchema(summary.Out);
            var inspect = await CliRunner.RunAsync("inspect", SharedCorpus.PathOf(file), "--format", "json", "--lenient");
            inspect.ExitCode.Should().Be(0, inspect.Error);
            Schemas.ShouldMatchInspectSchema(inspect.Out);
        }
    }
}
