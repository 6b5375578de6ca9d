namespace GreenButton.Tests.CustomerData;

/// <summary>The customer graph is resolved by the usage graph's rules, and a usage feed merged with a customer feed connects them.</summary>
public sealed class CustomerLinkTests
{
    private const string Cust = Fixture.Customer;
    private const string Retail = Fixture.Base + "/RetailCustomer/9";
    private const string CustomerHref = Retail + "/Customer/1";
    private const string AccountHref = CustomerHref + "/CustomerAccount/2";
    private const string AgreementHref = AccountHref + "/CustomerAgreement/3";
    private const string LocationHref = AgreementHref + "/ServiceLocation/4";

    private static GreenButtonDocument Full() => GreenButtonDocument.Load(Fixture.PathOf(CustomerModel.FullFixture));

    [Fact]
    public void Navigation_follows_the_links()
    {
        var doc = Full();
        var customer = doc.Customers[0];
        var account = customer.Accounts.Should().ContainSingle().Subject;
        account.Should().BeSameAs(doc.CustomerAccounts[0]);
        account.Customer.Should().BeSameAs(customer);
        var agreement = account.Agreements.Should().ContainSingle().Subject;
        agreement.Account.Should().BeSameAs(account);
        var location = agreement.ServiceLocations.Should().ContainSingle().Subject;
        location.Agreement.Should().BeSameAs(agreement);
        agreement.ServiceSuppliers.Should().ContainSingle().Which.Agreement.Should().BeSameAs(agreement);
        location.EndDevices.Should().HaveCount(2);
        location.Meters.Should().ContainSingle().Which.ServiceLocation.Should().BeSameAs(location);
        customer.Statements.Should().ContainSingle().Which.Customer.Should().BeSameAs(customer);
        doc.CustomerResources.Where(r => r is not Customer and not ProgramDateIdMappings).Should().OnlyContain(r => r.AttachedBy == Attachment.Link);
        doc.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.AttachedByDocumentOrder || d.Code == DiagnosticCodes.UnattachedEntry);
        doc.Diagnostics.Where(d => d.Code == DiagnosticCodes.DanglingLink).Select(d => d.Message).Should().ContainSingle()
            .Which.Should().Contain("ServiceLocations name UsagePoints the document does not hold");
    }

    [Fact]
    public void Without_related_links_the_self_hierarchy_decides()
    {
        var doc = Fixture.Parse(Fixture.Feed(
            Fixture.Entry($"<CustomerAgreement xmlns=\"{Cust}\"/>", self: AgreementHref, up: AccountHref + "/CustomerAgreement"),
            Fixture.Entry($"<CustomerAgreement xmlns=\"{Cust}\"/>", self: AccountHref + "/CustomerAgreement/8", up: AccountHref + "/CustomerAgreement"),
            Fixture.Entry($"<ServiceLocation xmlns=\"{Cust}\"/>", self: LocationHref, up: AgreementHref + "/ServiceLocation"),
            Fixture.Entry($"<Meter xmlns=\"{Cust}\"/>", self: LocationHref + "/Meter/5", up: LocationHref + "/Meter")));
        doc.CustomerAgreements[0].ServiceLocations.Should().ContainSingle().Which.AttachedBy.Should().Be(Attachment.Hierarchy);
        doc.CustomerAgreements[1].ServiceLocations.Should().BeEmpty();
        doc.ServiceLocations[0].Meters.Should().ContainSingle().Which.AttachedBy.Should().Be(Attachment.Hierarchy);
        doc.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.AttachedByHierarchy);
    }

    [Fact]
    public void Without_any_links_document_order_decides_and_is_reported()
    {
        var doc = Fixture.Parse(Fixture.Feed(
            Fixture.Entry($"<Customer xmlns=\"{Cust}\"/>"),
            Fixture.Entry($"<CustomerAccount xmlns=\"{Cust}\"/>"),
            Fixture.Entry($"<Customer xmlns=\"{Cust}\"/>"),
            Fixture.Entry($"<CustomerAccount xmlns=\"{Cust}\"/>"),
            Fixture.Entry($"<CustomerAccount xmlns=\"{Cust}\"/>")));
        doc.Customers[0].Accounts.Should().Equal(doc.CustomerAccounts[0]);
        doc.Customers[1].Accounts.Should().Equal(doc.CustomerAccounts[1], doc.CustomerAccounts[2]);
        doc.CustomerAccounts.Should().OnlyContain(a => a.AttachedBy == Attachment.DocumentOrder);
        doc.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.AttachedByDocumentOrder && d.Message.Contains("CustomerAccount", StringComparison.Ordinal));
    }

    [Fact]
    public void A_partial_feed_reports_dangling_up_links_not_unattached_children()
    {
        // SCE's bulk customer feed: accounts and agreements without the Customer.
        var doc = Fixture.Parse(Fixture.Feed(
            Fixture.Entry($"<CustomerAccount xmlns=\"{Cust}\"/>", self: AccountHref, up: CustomerHref + "/CustomerAccount")));
        doc.CustomerAccounts[0].Customer.Should().BeNull();
        doc.CustomerAccounts[0].AttachedBy.Should().Be(Attachment.None);
        doc.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.UnattachedEntry);
        doc.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.DanglingLink && d.Message.Contains("Up links", StringComparison.Ordinal));
    }

    [Fact]
    public void A_customer_is_top_level_its_up_link_is_not_dangling()
    {
        var doc = Fixture.Parse(Fixture.Feed(Fixture.Entry($"<Customer xmlns=\"{Cust}\"/>", self: CustomerHref, up: Retail + "/Customer")));
        doc.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.DanglingLink);
    }

    private static string UsageFeed(string usagePointSelf)
        => Fixture.FeedWithSelf(null,
            Fixture.Entry(Fixture.UsagePoint(0), self: usagePointSelf, up: usagePointSelf[..usagePointSelf.LastIndexOf('/')], related: [usagePointSelf + "/MeterReading"]),
            Fixture.Entry(Fixture.MeterReading(), self: usagePointSelf + "/MeterReading/1", up: usagePointSelf + "/MeterReading"));

    private static string CustomerFeed(string usagePointRef)
        => Fixture.FeedWithSelf(null,
            Fixture.Entry($"<Customer xmlns=\"{Cust}\"><customerName>Fake Person</customerName></Customer>", self: CustomerHref, up: Retail + "/Customer", related: [CustomerHref + "/CustomerAccount"]),
            Fixture.Entry($"<CustomerAccount xmlns=\"{Cust}\"/>", self: AccountHref, up: CustomerHref + "/CustomerAccount", related: [AccountHref + "/CustomerAgreement"]),
            Fixture.Entry($"<CustomerAgreement xmlns=\"{Cust}\"/>", self: AgreementHref, up: AccountHref + "/CustomerAgreement", related: [AgreementHref + "/ServiceLocation"]),
            Fixture.Entry($"<ServiceLocation xmlns=\"{Cust}\"><UsagePoints><UsagePoint>{usagePointRef}</UsagePoint></UsagePoints></ServiceLocation>",
                self: LocationHref, up: AgreementHref + "/ServiceLocation"));

    private static GreenButtonDocument Merge(string usage, string customer, GreenButtonReaderOptions options = default)
    {
        using var a = new StringReader(usage);
        using var b = new StringReader(customer);
        return GreenButtonDocument.FromEntries(GreenButtonReader.ReadEntries(a).Concat(GreenButtonReader.ReadEntries(b)).ToList(), options);
    }

    [Fact]
    public void A_usage_feed_and_a_customer_feed_merged_connect_the_usage_point_to_its_location_and_customer()
    {
        var doc = Merge(UsageFeed(Retail + "/UsagePoint/5"), CustomerFeed(Retail + "/UsagePoint/5"));
        var point = doc.UsagePoints.Should().ContainSingle().Subject;
        var location = doc.ServiceLocations[0];
        point.ServiceLocation.Should().BeSameAs(location);
        point.Customer.Should().BeSameAs(doc.Customers[0]);
        point.Customer!.CustomerName.Should().Be("Fake Person");
        location.UsagePoints.Should().Equal(point);
        point.MeterReadings.Should().ContainSingle("the usage graph is resolved as before");
        doc.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.DanglingLink);
    }

    [Fact]
    public void A_usage_point_under_a_subscription_is_matched_by_its_id()
    {
        var doc = Merge(UsageFeed(Fixture.Base + "/Subscription/7/UsagePoint/5"), CustomerFeed(Retail + "/UsagePoint/5"));
        doc.UsagePoints[0].ServiceLocation.Should().BeSameAs(doc.ServiceLocations[0]);
        doc.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.UsagePointById && d.Message.Contains("UsagePoint/{id}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_usage_point_ref_resolves_against_the_base()
    {
        var doc = Merge(UsageFeed(Retail + "/UsagePoint/5"), CustomerFeed("/DataCustodian/espi/1_1/resource/RetailCustomer/9/UsagePoint/5"),
            new GreenButtonReaderOptions { BaseUri = new Uri(Fixture.Base) });
        doc.UsagePoints[0].ServiceLocation.Should().BeSameAs(doc.ServiceLocations[0]);
        doc.Diagnostics.Should().NotContain(d => d.Message.Contains("trailing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_usage_point_ref_matching_nothing_is_dangling_and_ambiguous_ids_are_not_guessed()
    {
        var other = Merge(UsageFeed(Fixture.Base + "/Subscription/7/UsagePoint/6"), CustomerFeed(Retail + "/UsagePoint/5"));
        other.UsagePoints[0].ServiceLocation.Should().BeNull();
        other.ServiceLocations[0].UsagePoints.Should().BeEmpty();
        other.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.DanglingLink && d.Message.Contains("UsagePoints the document does not hold", StringComparison.Ordinal));

        using var a = new StringReader(UsageFeed(Fixture.Base + "/Subscription/7/UsagePoint/5"));
        using var b = new StringReader(UsageFeed(Fixture.Base + "/Subscription/8/UsagePoint/5"));
        using var c = new StringReader(CustomerFeed(Retail + "/UsagePoint/5"));
        var ambiguous = GreenButtonDocument.FromEntries(GreenButtonReader.ReadEntries(a).Concat(GreenButtonReader.ReadEntries(b)).Concat(GreenButtonReader.ReadEntries(c)).ToList());
        ambiguous.UsagePoints.Should().OnlyContain(p => p.ServiceLocation == null);
    }

    [Fact]
    public void Resolving_again_replaces_what_an_earlier_document_set()
    {
        using var text = new StringReader(CustomerFeed(Retail + "/UsagePoint/5"));
        var entries = GreenButtonReader.ReadEntries(text).ToList();
        var first = GreenButtonDocument.FromEntries(entries);
        first.Customers[0].Accounts.Should().ContainSingle();
        var second = GreenButtonDocument.FromEntries(entries.Where(e => e.Resources[0] is not CustomerAccount));
        second.Customers[0].Accounts.Should().BeEmpty();
        second.CustomerAgreements[0].Account.Should().BeNull();
    }
}
