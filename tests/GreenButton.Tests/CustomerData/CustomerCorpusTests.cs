using GreenButton.Tests.Corpus;

namespace GreenButton.Tests.CustomerData;

/// <summary>Every corpus file in the customer namespace: every resource typed, none skipped as unknown, counts as expected.json says.</summary>
public sealed class CustomerCorpusTests
{
    private static readonly GreenButtonReaderOptions s_lenient = new() { Lenient = true };

    public static IEnumerable<object[]> CustomerFiles()
        => SharedCorpus.Exists
            ? SharedCorpus.Expected.Where(e => !e.TryGetProperty("error", out _))
                .Select(e => e.GetProperty("file").GetString()!)
                .Where(f => File.ReadAllText(SharedCorpus.PathOf(f)).Contains(Fixture.Customer, StringComparison.Ordinal))
                .Select(f => new object[] { f })
            : [["(corpus missing)"]];

    [CorpusFact]
    public void The_corpus_holds_customer_files()
        => CustomerFiles().Count().Should().BeGreaterThanOrEqualTo(8);

    [CorpusTheory]
    [MemberData(nameof(CustomerFiles))]
    public void Every_customer_resource_is_typed_and_counted(string file)
    {
        var expected = SharedCorpus.ExpectedFor(file).GetProperty("resources");
        var doc = GreenButtonDocument.Load(SharedCorpus.PathOf(file), s_lenient);

        doc.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.SkippedEntry || d.Code == DiagnosticCodes.SkippedResource);
        doc.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnknownElement && d.Message.Contains(Fixture.Customer, StringComparison.Ordinal))
            .Should().BeEmpty("every element of the customer namespace is typed");
        var counted = expected.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        doc.Resources.GroupBy(r => r.ResourceName).ToDictionary(g => g.Key, g => g.Count()).Should().Equal(counted);
        doc.CustomerResources.Should().HaveCount(counted.Where(p => p.Key is not ("LocalTimeParameters" or "UsagePoint" or "MeterReading" or "ReadingType"
            or "IntervalBlock" or "ElectricPowerUsageSummary" or "UsageSummary")).Sum(p => p.Value));
    }

    [CorpusFact]
    public void Hydro_One_is_read_field_by_field_and_linked()
    {
        var doc = GreenButtonDocument.Load(SharedCorpus.PathOf("HydroOne__ryanmaule_greenbutton-to-homeassistant-sql/Hydro1_Retail_Customer_12-14-2025.xml"));
        var customer = doc.Customers.Should().ContainSingle().Subject;
        customer.Organisation!.StreetAddress!.TownDetail!.StateOrProvince.Should().Be("ON");
        customer.Status!.Value.Should().Be("Active");
        var account = customer.Accounts.Should().ContainSingle().Subject;
        account.AccountId.Should().NotBeNullOrEmpty();
        var agreement = account.Agreements.Should().ContainSingle().Subject;
        agreement.ServiceSuppliers.Should().ContainSingle();
        var location = agreement.ServiceLocations.Should().ContainSingle().Subject;
        location.UsagePointHrefs.Should().ContainSingle().Which.Should().Contain("/UsagePoint/");
        location.Meters.Should().ContainSingle().Which.SerialNumber.Should().NotBeNullOrEmpty();
        doc.CustomerResources.Where(r => r is not Customer).Should().OnlyContain(r => r.AttachedBy == Attachment.Link);
    }

    [CorpusFact]
    public void PGE_and_SCE_are_linked_by_their_self_hrefs()
    {
        var pge = GreenButtonDocument.Load(SharedCorpus.PathOf("VerdigrisTech__green-button-data/PGERetailCustomer.xml"));
        pge.Customers[0].Accounts.Should().ContainSingle().Which.Agreements.Should().ContainSingle()
            .Which.ServiceLocations.Should().ContainSingle().Which.Meters.Should().ContainSingle().Which.IntervalLength.Should().Be(900);

        var sce = GreenButtonDocument.Load(SharedCorpus.PathOf("VerdigrisTech__green-button-data/BulkSCERetailCustomer.xml"));
        sce.ServiceSuppliers.Select(s => s.Kind).Should().Equal("msp", "mdma", "lse");
        sce.Meters[0].MeterMultipliers.Select(m => m.Kind).Should().Equal("ctRatio", "kR");
    }
}
