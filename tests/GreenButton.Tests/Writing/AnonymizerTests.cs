using System.Text;

namespace GreenButton.Tests.Writing;

public sealed class AnonymizerTests
{
    private const string Root = "https://utility.example/DataCustodian/espi/1_1/resource";
    private const string UsagePointHref = Root + "/RetailCustomer/9876543/UsagePoint/55501";
    private const string MeterReadingHref = UsagePointHref + "/MeterReading/77123";

    /// <summary>A feed full of personal data: names, an address, account numbers, ids in hrefs, a customer-namespace entry.</summary>
    private static readonly string s_personal = Fixture.FeedWithSelf(Root + "/Subscription/31337",
        Fixture.Entry(Fixture.UsagePoint(0, "<serviceDeliveryPoint><name>Jane Q. Customer</name><tariffProfile>E-TOU-C</tariffProfile><customerAgreement>ACCT-99887766</customerAgreement></serviceDeliveryPoint><readRoute>Route 12 Elm Street</readRoute>"),
            self: UsagePointHref, up: Root + "/RetailCustomer/9876543/UsagePoint", related: [MeterReadingHref[..MeterReadingHref.LastIndexOf('/')], Fixture.LocalTimeHref], id: "urn:uuid:11111111-2222-4333-8444-555555555555", title: "Jane's House"),
        Fixture.Entry(Fixture.LocalTime(), self: Fixture.LocalTimeHref, up: Root + "/LocalTimeParameters"),
        Fixture.Entry(Fixture.MeterReading(), self: MeterReadingHref, up: UsagePointHref + "/MeterReading", related: [MeterReadingHref + "/IntervalBlock", Fixture.ReadingTypeHref]),
        Fixture.Entry(Fixture.ReadingType(), self: Fixture.ReadingTypeHref, up: Root + "/ReadingType"),
        Fixture.Entry(Fixture.Block(Fixture.June1, 7200, Fixture.Reading(Fixture.June1, 3600, 1200, "<cost>30000</cost>"), Fixture.Reading(Fixture.June1 + 3600, 3600, 1300)),
            self: MeterReadingHref + "/IntervalBlock/1", up: MeterReadingHref + "/IntervalBlock", title: "Jane's usage"),
        Fixture.Entry($"<Customer xmlns=\"{Fixture.Customer}\"><name>Jane Q. Customer</name><ServiceLocation><mainAddress><streetDetail><addressGeneral>1234 Elm Street</addressGeneral></streetDetail></mainAddress></ServiceLocation><accountId>99887766</accountId></Customer>",
            self: Root + "/RetailCustomer/9876543/Customer/1", up: Root + "/RetailCustomer/9876543/Customer"));

    private static string Anonymize(string xml, GreenButtonAnonymizerOptions options, out IReadOnlyList<GreenButtonDiagnostic> diagnostics)
    {
        using var output = new MemoryStream();
        diagnostics = GreenButtonAnonymizer.Anonymize(new MemoryStream(Encoding.UTF8.GetBytes(xml)), output, options);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public void The_output_holds_none_of_the_inputs_names_addresses_account_numbers_or_ids()
    {
        var output = Anonymize(s_personal, new GreenButtonAnonymizerOptions { Key = "test" }, out var diagnostics);
        foreach (var personal in new[] { "Jane", "Q. Customer", "Elm", "1234", "99887766", "9876543", "55501", "77123", "31337", "11111111-2222", "Route 12" })
        {
            output.Should().NotContain(personal);
        }
        diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.UnwrittenResource, "the customer entry was removed");
        var doc = GreenButtonDocument.Parse(output);
        doc.UsagePoints.Single().ServiceDeliveryPoint!.TariffProfile.Should().Be("E-TOU-C", "a tariff is not personal");
        doc.Entries.Should().AllSatisfy(e => e.Title.Should().BeNull());
        doc.MeterReadings.Single().Readings.Select(r => (r.StartSeconds, r.Value, r.Cost)).Should().Equal((Fixture.June1, 1200L, (long?)30000), (Fixture.June1 + 3600, 1300L, (long?)null));
        doc.UsagePoints.Single().LocalTimeParameters.Should().NotBeNull("links still resolve");
        doc.MeterReadings.Single().ReadingTypeAttachment.Should().Be(Attachment.Link);
    }

    [Fact]
    public void Two_files_anonymised_with_one_key_still_link_and_another_key_does_not()
    {
        var one = GreenButtonDocument.Parse(Anonymize(s_personal, new GreenButtonAnonymizerOptions { Key = "k" }, out _));
        var again = GreenButtonDocument.Parse(Anonymize(s_personal, new GreenButtonAnonymizerOptions { Key = "k" }, out _));
        var other = GreenButtonDocument.Parse(Anonymize(s_personal, new GreenButtonAnonymizerOptions { Key = "other" }, out _));
        again.UsagePoints.Single().SelfHref.Should().Be(one.UsagePoints.Single().SelfHref);
        again.Entries[0].Id.Should().Be(one.Entries[0].Id);
        other.UsagePoints.Single().SelfHref.Should().NotBe(one.UsagePoints.Single().SelfHref);
        one.UsagePoints.Single().SelfHref.Should().StartWith(Root + "/RetailCustomer/").And.Contain("/UsagePoint/");
    }

    [Fact]
    public void Shift_days_moves_every_instant_by_whole_days()
    {
        var doc = GreenButtonDocument.Parse(Anonymize(s_personal, new GreenButtonAnonymizerOptions { Key = "k", ShiftDays = 364 }, out _));
        doc.MeterReadings.Single().Readings.First().StartSeconds.Should().Be(Fixture.June1 + (364 * 86400L));
        doc.IntervalBlocks.Single().Interval!.Value.StartSeconds.Should().Be(Fixture.June1 + (364 * 86400L));
        doc.Entries[0].Published.Should().Be(new DateTimeOffset(2023, 6, 2, 0, 0, 0, TimeSpan.Zero).AddDays(364));
        doc.MeterReadings.Single().Readings.First().Start.DayOfWeek.Should().Be(DateTimeOffset.FromUnixTimeSeconds(Fixture.June1).DayOfWeek);
        doc.UsagePoints.Single().LocalTimeParameters!.DstStartRule.Raw.Should().Be(0x360E2000u, "DST rules are rules, not instants");
    }

    [Fact]
    public void Jitter_moves_values_and_costs_by_at_most_five_percent()
    {
        var doc = GreenButtonDocument.Parse(Anonymize(s_personal, new GreenButtonAnonymizerOptions { Key = "k", Jitter = true }, out _));
        var readings = doc.MeterReadings.Single().Readings.ToList();
        readings[0].Value.Should().BeInRange(1140, 1260);
        readings[0].Cost.Should().BeInRange(28500, 31500);
        readings[1].Value.Should().BeInRange(1235, 1365);
    }

    [SchemaFact]
    public void The_anonymised_feed_is_valid_ESPI()
        => EspiSchemas.Validate(Encoding.UTF8.GetBytes(Anonymize(s_personal, new GreenButtonAnonymizerOptions { Key = "k", ShiftDays = 7 }, out _))).Should().BeEmpty();
}
