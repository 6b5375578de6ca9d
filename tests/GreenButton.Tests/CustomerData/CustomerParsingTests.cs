namespace GreenButton.Tests.CustomerData;

/// <summary>Every resource and element of customer.xsd is read, typed, with positions and diagnostics as for usage resources.</summary>
public sealed class CustomerParsingTests
{
    private const string Cust = Fixture.Customer;
    private static readonly string[] s_resourceNames =
        ["Customer", "CustomerAccount", "CustomerAgreement", "ServiceLocation", "ServiceSupplier", "EndDevice", "Meter", "Statement", "ProgramDateIdMappings"];

    private static GreenButtonDocument Full() => GreenButtonDocument.Load(Fixture.PathOf(CustomerModel.FullFixture));

    [Fact]
    public void Every_resource_is_typed_and_named_as_in_the_schema()
    {
        var doc = Full();

        doc.Resources.Select(r => r.ResourceName).Should().Equal(s_resourceNames);
        doc.Resources.Should().AllBeAssignableTo<CustomerResource>();
        doc.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.UnknownElement, "every element of the fixture is in the schema");
        doc.Customers.Should().ContainSingle();
        doc.CustomerAccounts.Should().ContainSingle();
        doc.CustomerAgreements.Should().ContainSingle();
        doc.ServiceLocations.Should().ContainSingle();
        doc.ServiceSuppliers.Should().ContainSingle();
        doc.EndDevices.Should().HaveCount(2, "a Meter is an EndDevice");
        doc.Meters.Should().ContainSingle();
        doc.Statements.Should().ContainSingle();
        doc.ProgramDateIdMappings.Should().ContainSingle();
        doc.GetResources<CustomerResource>().Should().HaveCount(9);
    }

    [Fact]
    public void Every_element_of_the_fixture_reaches_a_field()
    {
        var doc = Full();
        var empty = doc.CustomerResources.SelectMany(r => CustomerModel.Fields(r, r.ResourceName))
            .Where(f => f.Value is null || f.Value is string { Length: 0 } || f.Value is System.Collections.ICollection { Count: 0 })
            .Select(f => f.Path)
            .ToList();
        empty.Should().BeEmpty("the fixture fills every element of every resource");
        // Each fake string value is read once, where it was written: 422 in the file.
        var strings = doc.CustomerResources.SelectMany(r => CustomerModel.Fields(r, r.ResourceName)).Select(f => f.Value).OfType<string>()
            .Where(s => s.StartsWith("fake-", StringComparison.Ordinal)).ToList();
        strings.Should().OnlyHaveUniqueItems().And.HaveCount(Fixture.Text(CustomerModel.FullFixture).Split(">fake-").Length - 1);
    }

    [Fact]
    public void Values_are_typed()
    {
        var doc = Full();
        var customer = doc.Customers[0];
        customer.Kind.Should().Be("residential");
        customer.Vip.Should().BeTrue();
        customer.Priority!.Rank.Should().Be(2);
        customer.Status!.DateTime.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1700000078));
        customer.Organisation!.StreetAddress!.StreetDetail!.WithinTownLimits.Should().BeTrue();
        customer.BatchItemInfo!.Operation.Should().Be(CrudOperation.Read);
        customer.BatchItemInfo.StatusCode.Should().Be(StatusCode.Ok);

        var account = doc.CustomerAccounts[0];
        account.LastBillAmount.Should().Be(9876);
        account.CreatedDateTime.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1600000001));
        account.Notifications.Select(n => n.MethodKind).Should().Equal("email", "letter");
        account.Notifications[1].Time.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1650000001));
        account.DocumentTitle.Should().StartWith("fake-title-");
        account.Title.Should().Be("CustomerAccount", "Title is the Atom entry's");

        var agreement = doc.CustomerAgreements[0];
        agreement.Currency.Should().Be(Currency.USD);
        agreement.IsPrePay.Should().BeTrue();
        agreement.ValidityInterval.Should().Be(new DateTimeInterval(1400000000, 31536000));
        agreement.SignDate.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1400000000));
        agreement.PricingStructures.Should().HaveCount(2);
        agreement.FutureStatus.Should().ContainSingle();
        var program = agreement.DemandResponsePrograms.Should().ContainSingle().Subject;
        program.EnrollmentStatus.Should().Be("enrolled");
        program.CapacityReservationLevel!.Value.Should().Be(1234);
        program.CapacityReservationLevel.PowerOfTenMultiplier.Should().Be(3);
        program.ProgramDates.Should().ContainSingle().Which.Date.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1700000500));

        var location = doc.ServiceLocations[0];
        location.NeedsInspection.Should().BeTrue();
        location.UsagePointHrefs.Should().Equal("https://custodian.example.com/DataCustodian/espi/1_1/resource/RetailCustomer/9/UsagePoint/5");
        location.PositionPoints.Should().ContainSingle();

        doc.ServiceSuppliers[0].Kind.Should().Be("utility");
        doc.ServiceSuppliers[0].EffectiveDate.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1300000000));

        var meter = doc.Meters[0];
        meter.IntervalLength.Should().Be(900);
        meter.MeterMultipliers.Select(m => (m.Kind, m.Value)).Should().Equal(("kH", 1.5), ("ctRatio", 200d));
        meter.PurchasePrice.Should().Be(12345);
        meter.InitialLossOfLife.Should().Be(7);
        meter.Lifecycle!.RetiredDate.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1500000005));
        meter.AcceptanceTest!.Success.Should().BeTrue();
        meter.IsPan.Should().BeTrue();
        doc.EndDevices[0].Should().NotBeOfType<Meter>();

        doc.Statements[0].StatementRefs.Should().ContainSingle().Which.MediaType.Should().Be("application/pdf");
        doc.ProgramDateIdMappings[0].Mappings.Should().ContainSingle().Which.ProgramDateType.Should().Be("CUST_DR_PROGRAM_ENROLLMENT_DATE");
    }

    [Fact]
    public void Positions_are_those_of_the_resource_elements()
    {
        var doc = Full();
        var lines = Fixture.Text(CustomerModel.FullFixture).Split('\n');
        foreach (var resource in doc.Resources)
        {
            var line = Array.FindIndex(lines, l => l.TrimStart().StartsWith($"<cust:{resource.ResourceName}>", StringComparison.Ordinal)) + 1;
            resource.Line.Should().Be(line, resource.ResourceName);
            resource.Column.Should().Be(lines[line - 1].IndexOf('<', StringComparison.Ordinal) + 2, "the column of the name, after '<'");
        }
    }

    [Fact]
    public async Task Async_and_streaming_read_the_same()
    {
        var sync = Full();
        await using var stream = File.OpenRead(Fixture.PathOf(CustomerModel.FullFixture));
        var async = await GreenButtonDocument.LoadAsync(stream);
        async.Resources.Select(r => r.ResourceName).Should().Equal(sync.Resources.Select(r => r.ResourceName));
        async.Resources.Select(r => (r.Line, r.Column)).Should().Equal(sync.Resources.Select(r => (r.Line, r.Column)));
        Fields(async).Should().Equal(Fields(sync));

        var streamed = GreenButtonReader.ReadEntries(Fixture.PathOf(CustomerModel.FullFixture)).SelectMany(e => e.Resources).ToList();
        streamed.Select(r => r.ResourceName).Should().Equal(sync.Resources.Select(r => r.ResourceName));

        static List<string> Fields(GreenButtonDocument doc)
            => doc.CustomerResources.SelectMany(r => CustomerModel.Fields(r, r.ResourceName)).Select(f => $"{f.Path}={f.Value}").ToList();
    }

    [Fact]
    public void A_bare_resource_and_a_resource_outside_content_are_read()
    {
        var bare = GreenButtonDocument.Parse($"<Meter xmlns=\"{Cust}\"><serialNumber>FAKE-1</serialNumber><formNumber>2S</formNumber></Meter>");
        bare.Meters.Should().ContainSingle().Which.FormNumber.Should().Be("2S");
        bare.RootElement.Should().Be("Meter");

        var inEntry = GreenButtonDocument.Parse(Fixture.Feed($"<entry><id>x</id><ServiceSupplier xmlns=\"{Cust}\"><kind>lse</kind></ServiceSupplier></entry>"));
        inEntry.ServiceSuppliers.Should().ContainSingle().Which.Kind.Should().Be("lse");
    }

    [Fact]
    public void A_status_written_as_text_is_read_as_its_value_and_reported()
    {
        var doc = Fixture.Parse(Fixture.Feed(Fixture.Entry($"<Customer xmlns=\"{Cust}\"><kind>residential</kind><status>active</status></Customer>")));
        doc.Customers[0].Status!.Value.Should().Be("active");
        doc.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.StatusAsText).Which.Line.Should().BePositive();
    }

    [Fact]
    public void Unknown_children_are_skipped_and_reported_with_their_path()
    {
        var doc = Fixture.Parse(Fixture.Feed(Fixture.Entry($"<CustomerAccount xmlns=\"{Cust}\"><accountId>A-1</accountId><favouriteColour>red</favouriteColour></CustomerAccount>")));
        doc.CustomerAccounts[0].AccountId.Should().Be("A-1");
        var unknown = doc.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.UnknownElement).Subject;
        unknown.Message.Should().Contain("favouriteColour").And.Contain("entry[1]/content/CustomerAccount");
        unknown.Message.Should().NotContain("red");
    }

    [Fact]
    public void Bad_values_fail_strictly_with_their_place_and_are_skipped_leniently()
    {
        var xml = Fixture.Feed(
            Fixture.Entry($"<Customer xmlns=\"{Cust}\">\n<vip>perhaps</vip></Customer>"),
            Fixture.Entry($"<Meter xmlns=\"{Cust}\"><intervalLength>900</intervalLength></Meter>"));
        var act = () => Fixture.Parse(xml);
        var error = act.Should().Throw<GreenButtonException>().Which;
        error.ElementPath.Should().Be("feed/entry[1]/content/Customer/vip");
        error.Line.Should().Be(xml.Split('\n').ToList().FindIndex(l => l.Contains("<vip>", StringComparison.Ordinal)) + 1);
        error.Column.Should().Be(2);
        error.Message.Should().Contain("perhaps");

        var lenient = Fixture.Parse(xml, new GreenButtonReaderOptions { Lenient = true });
        lenient.Customers.Should().BeEmpty();
        lenient.Meters.Should().ContainSingle().Which.IntervalLength.Should().Be(900);
        lenient.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.SkippedResource && d.Message.Contains("vip", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_of_xs_float_and_codes_are_checked()
    {
        var doc = Fixture.Parse(Fixture.Feed(Fixture.Entry(
            $"<Meter xmlns=\"{Cust}\"><MeterMultipliers><kind>kE</kind><value>INF</value></MeterMultipliers><MeterMultipliers><value>1e3</value></MeterMultipliers><MeterMultipliers><value/></MeterMultipliers></Meter>")));
        doc.Meters[0].MeterMultipliers.Select(m => m.Value).Should().Equal(double.PositiveInfinity, 1000d, null);

        var bad = () => Fixture.Parse(Fixture.Feed(Fixture.Entry($"<Meter xmlns=\"{Cust}\"><MeterMultipliers><value>1,5</value></MeterMultipliers></Meter>")));
        bad.Should().Throw<GreenButtonException>().Which.ElementPath.Should().EndWith("Meter/MeterMultipliers/value");

        var code = Fixture.Parse(Fixture.Feed(Fixture.Entry($"<CustomerAgreement xmlns=\"{Cust}\"><currency>dollars</currency></CustomerAgreement>")));
        code.CustomerAgreements[0].Currency.Should().BeNull();
        code.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.OutOfRange);
    }

    [Fact]
    public void ToString_shows_the_resource_and_its_self_href_only()
    {
        var doc = Full();
        doc.Customers[0].ToString().Should().Be("Customer https://custodian.example.com/DataCustodian/espi/1_1/resource/RetailCustomer/9/Customer/1");
        doc.Customers[0].Organisation!.ToString().Should().Be("Organisation");
        doc.ServiceLocations[0].MainAddress!.ToString().Should().Be("StreetAddress");
        GreenButtonDocument.Parse($"<Customer xmlns=\"{Cust}\"><customerName>Fake Person</customerName></Customer>").Customers[0].ToString().Should().Be("Customer");
    }
}
