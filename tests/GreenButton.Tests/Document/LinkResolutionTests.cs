namespace GreenButton.Tests.Document;

/// <summary>How children find their parents: up/related links, normalised hrefs, hierarchy, document order.</summary>
public sealed class LinkResolutionTests
{
    private const long H = 3600;
    private static readonly long s_t0 = Fixture.June1;

    private static string UsagePointEntry(int n, params string[] related)
        => Fixture.Entry(Fixture.UsagePoint(n - 1), self: $"{Fixture.Subscription}/UsagePoint/{n}", up: Fixture.Subscription + "/UsagePoint", related: related, title: $"UP{n}");

    private static string MeterReadingEntry(int up, int n, params string[] related)
        => Fixture.Entry(Fixture.MeterReading(), self: $"{Fixture.Subscription}/UsagePoint/{up}/MeterReading/{n}", up: $"{Fixture.Subscription}/UsagePoint/{up}/MeterReading", related: related, title: $"MR{up}.{n}");

    private static string BlockEntry(int up, int mr, int n, long value, string? upHref = null, bool withUp = true, bool withSelf = true)
        => Fixture.Entry(Fixture.Block(s_t0 + (n * H), H, Fixture.Reading(s_t0 + (n * H), H, value)),
            self: withSelf ? $"{Fixture.Subscription}/UsagePoint/{up}/MeterReading/{mr}/IntervalBlock/{n}" : null,
            up: withUp ? upHref ?? $"{Fixture.Subscription}/UsagePoint/{up}/MeterReading/{mr}/IntervalBlock" : null);

    private static long[] ValuesOf(MeterReading mr) => [.. mr.Readings.Select(r => r.Value)];

    [Fact]
    public void Standard_feed_resolves_the_whole_graph_without_warnings()
    {
        var doc = Fixture.Parse(Fixture.StandardFeed());
        var up = doc.UsagePoints.Single();
        var mr = up.MeterReadings.Single();
        mr.UsagePoint.Should().BeSameAs(up);
        mr.ReadingType.Should().BeSameAs(doc.ReadingTypes.Single());
        mr.IntervalBlocks.Should().HaveCount(2);
        mr.IntervalBlocks.Should().OnlyContain(b => b.MeterReading == mr && b.ReadingType == mr.ReadingType);
        up.LocalTimeParameters.Should().BeSameAs(doc.LocalTimeParameters.Single());
        doc.Diagnostics.Should().NotContain(d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Child_attaches_when_its_up_href_equals_a_related_href_of_the_parent()
    {
        var xml = Fixture.Feed(
            UsagePointEntry(1, $"{Fixture.Subscription}/UsagePoint/1/MeterReading"),
            UsagePointEntry(2, $"{Fixture.Subscription}/UsagePoint/2/MeterReading"),
            MeterReadingEntry(2, 1, $"{Fixture.Subscription}/UsagePoint/2/MeterReading/1/IntervalBlock"),
            MeterReadingEntry(1, 1, $"{Fixture.Subscription}/UsagePoint/1/MeterReading/1/IntervalBlock"),
            BlockEntry(1, 1, 1, 11), BlockEntry(2, 1, 1, 21));
        var doc = Fixture.Parse(xml);
        ValuesOf(doc.UsagePoints[0].MeterReadings.Single()).Should().Equal(11);
        ValuesOf(doc.UsagePoints[1].MeterReadings.Single()).Should().Equal(21);
        doc.Codes().Should().NotContain([DiagnosticCodes.AttachedByHierarchy, DiagnosticCodes.AttachedByDocumentOrder]);
    }

    [Fact]
    public void Child_attaches_when_the_parent_related_names_the_child_self()
    {
        // No up links at all; the parents name their children directly.
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.UsagePoint(), self: "https://a.example/points/one", related: ["https://a.example/readings/x"]),
            Fixture.Entry(Fixture.UsagePoint(1), self: "https://a.example/points/two", related: ["https://a.example/readings/y"]),
            Fixture.Entry(Fixture.MeterReading(), self: "https://a.example/readings/y", related: ["https://a.example/blocks/q"]),
            Fixture.Entry(Fixture.MeterReading(), self: "https://a.example/readings/x", related: ["https://a.example/blocks/p"]),
            Fixture.Entry(Fixture.Block(s_t0, H, Fixture.Reading(s_t0, H, 7)), self: "https://a.example/blocks/p"),
            Fixture.Entry(Fixture.Block(s_t0, H, Fixture.Reading(s_t0, H, 8)), self: "https://a.example/blocks/q"));
        var doc = Fixture.Parse(xml);
        ValuesOf(doc.UsagePoints[0].MeterReadings.Single()).Should().Equal(7);
        ValuesOf(doc.UsagePoints[1].MeterReadings.Single()).Should().Equal(8);
        doc.Codes().Should().NotContain(DiagnosticCodes.AttachedByDocumentOrder);
    }

    [Fact]
    public void ReadingType_at_a_global_url_is_found_by_related_equal_to_its_self()
    {
        const string Gas = Fixture.Base + "/ReadingType/MTY5Om51bGw6MzYwMDox";
        var xml = Fixture.Feed(
            UsagePointEntry(1, $"{Fixture.Subscription}/UsagePoint/1/MeterReading"),
            MeterReadingEntry(1, 1, Fixture.ReadingTypeHref),
            MeterReadingEntry(1, 2, Gas),
            Fixture.Entry(Fixture.ReadingType(uom: 169), self: Gas),
            Fixture.Entry(Fixture.ReadingType(uom: 72), self: Fixture.ReadingTypeHref));
        var doc = Fixture.Parse(xml);
        var readings = doc.UsagePoints.Single().MeterReadings;
        readings.Select(m => m.ReadingType!.Uom).Should().Equal(UnitOfMeasure.Wh, UnitOfMeasure.Therm);
        doc.Codes().Should().NotContain(DiagnosticCodes.AttachedByDocumentOrder);
    }

    [Fact]
    public void One_ReadingType_may_serve_several_meter_readings()
    {
        var xml = Fixture.Feed(
            UsagePointEntry(1, $"{Fixture.Subscription}/UsagePoint/1/MeterReading"),
            MeterReadingEntry(1, 1, Fixture.ReadingTypeHref),
            MeterReadingEntry(1, 2, Fixture.ReadingTypeHref),
            Fixture.Entry(Fixture.ReadingType(), self: Fixture.ReadingTypeHref));
        var doc = Fixture.Parse(xml);
        var types = doc.UsagePoints.Single().MeterReadings.Select(m => m.ReadingType).ToList();
        types.Should().HaveCount(2).And.OnlyContain(t => ReferenceEquals(t, doc.ReadingTypes[0]));
    }

    [Fact]
    public void LocalTimeParameters_is_found_by_related_equal_to_its_self()
    {
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.LocalTime(tzOffset: -18000), self: Fixture.Base + "/LocalTimeParameters/2"),
            Fixture.Entry(Fixture.LocalTime(tzOffset: -28800), self: Fixture.LocalTimeHref),
            UsagePointEntry(1, Fixture.LocalTimeHref),
            UsagePointEntry(2, Fixture.Base + "/LocalTimeParameters/2"));
        var doc = Fixture.Parse(xml);
        doc.UsagePoints.Select(u => u.LocalTimeParameters!.TzOffsetSeconds).Should().Equal(-28800, -18000);
    }

    public static TheoryData<string, string> EquivalentHrefs() => new()
    {
        { "trailing slash", Fixture.MeterReadingHref + "/IntervalBlock/" },
        { "upper-case scheme and host", Fixture.MeterReadingHref.Replace("https://utility.example", "HTTPS://Utility.EXAMPLE", StringComparison.Ordinal) + "/IntervalBlock" },
        { "explicit default port", Fixture.MeterReadingHref.Replace("utility.example", "utility.example:443", StringComparison.Ordinal) + "/IntervalBlock" },
        { "surrounding white space", "  " + Fixture.MeterReadingHref + "/IntervalBlock  " },
        { "percent-encoded path", Fixture.MeterReadingHref.Replace("MeterReading", "Meter%52eading", StringComparison.Ordinal) + "/IntervalBlock" },
    };

    [Theory]
    [MemberData(nameof(EquivalentHrefs))]
    public void Hrefs_are_compared_normalised(string what, string upHref)
    {
        var xml = Fixture.Feed(
            UsagePointEntry(1, $"{Fixture.Subscription}/UsagePoint/1/MeterReading"),
            UsagePointEntry(2, $"{Fixture.Subscription}/UsagePoint/2/MeterReading"),
            MeterReadingEntry(2, 1, $"{Fixture.Subscription}/UsagePoint/2/MeterReading/1/IntervalBlock"),
            MeterReadingEntry(1, 1, Fixture.MeterReadingHref + "/IntervalBlock"),
            BlockEntry(1, 1, 1, 42, upHref, withSelf: false));
        var doc = Fixture.Parse(xml);
        ValuesOf(doc.UsagePoints[0].MeterReadings.Single()).Should().Equal([42], what);
        doc.Codes().Should().NotContain(DiagnosticCodes.AttachedByDocumentOrder, what);
    }

    [Fact]
    public void Path_case_is_significant_in_hrefs()
    {
        var xml = Fixture.Feed(
            UsagePointEntry(1, $"{Fixture.Subscription}/UsagePoint/1/MeterReading"),
            MeterReadingEntry(1, 1, Fixture.MeterReadingHref + "/IntervalBlock"),
            BlockEntry(1, 1, 1, 42, Fixture.MeterReadingHref + "/intervalblock", withSelf: false));
        // The up link does not match; only the href hierarchy (IntervalBlock under MeterReading/1) attaches the block.
        Fixture.Parse(xml).Codes().Should().Contain(DiagnosticCodes.AttachedByHierarchy);
    }

    [Fact]
    public void Resolution_does_not_depend_on_entry_order()
    {
        var entries = Fixture.StandardEntries();
        var forward = Fixture.Parse(Fixture.Feed(entries));
        var backward = Fixture.Parse(Fixture.Feed([.. entries.Reverse()]));
        var shuffled = Fixture.Parse(Fixture.Feed(entries[4], entries[3], entries[2], entries[5], entries[1], entries[0]));
        foreach (var doc in new[] { backward, shuffled })
        {
            var mr = doc.UsagePoints.Single().MeterReadings.Single();
            mr.ReadingType!.IntervalLength.Should().Be(3600);
            mr.Readings.Should().Equal(forward.UsagePoints[0].MeterReadings[0].Readings);
            doc.UsagePoints[0].LocalTimeParameters.Should().NotBeNull();
            doc.Codes().Should().NotContain([DiagnosticCodes.AttachedByDocumentOrder, DiagnosticCodes.UnattachedEntry]);
        }
    }

    [Fact]
    public void Interval_blocks_are_sorted_by_start_whatever_their_document_order()
    {
        var xml = Fixture.Feed(
            UsagePointEntry(1, $"{Fixture.Subscription}/UsagePoint/1/MeterReading"),
            MeterReadingEntry(1, 1, Fixture.MeterReadingHref + "/IntervalBlock"),
            BlockEntry(1, 1, 3, 3), BlockEntry(1, 1, 1, 1), BlockEntry(1, 1, 2, 2));
        var mr = Fixture.Parse(xml).MeterReadings.Single();
        mr.IntervalBlocks.Select(b => b.Interval!.Value.StartSeconds).Should().BeInAscendingOrder();
        ValuesOf(mr).Should().Equal(1, 2, 3);
    }

    [Fact]
    public void Without_up_links_the_self_href_hierarchy_decides()
    {
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.UsagePoint(), self: $"{Fixture.Subscription}/UsagePoint/1"),
            Fixture.Entry(Fixture.UsagePoint(1), self: $"{Fixture.Subscription}/UsagePoint/2"),
            Fixture.Entry(Fixture.MeterReading(), self: $"{Fixture.Subscription}/UsagePoint/1/MeterReading/1"),
            Fixture.Entry(Fixture.MeterReading(), self: $"{Fixture.Subscription}/UsagePoint/2/MeterReading/1"),
            BlockEntry(2, 1, 5, 25, withUp: false),
            BlockEntry(1, 1, 5, 15, withUp: false));
        var doc = Fixture.Parse(xml);
        ValuesOf(doc.UsagePoints[0].MeterReadings.Single()).Should().Equal(15);
        ValuesOf(doc.UsagePoints[1].MeterReadings.Single()).Should().Equal(25);
        var hierarchy = doc.Diagnostics.Where(d => d.Code == DiagnosticCodes.AttachedByHierarchy).ToList();
        hierarchy.Should().HaveCount(2, "one per child kind");
        hierarchy.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Info);
        doc.Codes().Should().NotContain(DiagnosticCodes.AttachedByDocumentOrder);
    }

    [Fact]
    public void Without_links_or_hierarchy_document_order_decides_and_is_reported()
    {
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.UsagePoint(), self: "urn:a"),
            Fixture.Entry(Fixture.MeterReading(), self: "urn:b"),
            Fixture.Entry(Fixture.Block(s_t0, H, Fixture.Reading(s_t0, H, 1)), self: "urn:c"),
            Fixture.Entry(Fixture.MeterReading(), self: "urn:d"),
            Fixture.Entry(Fixture.Block(s_t0, H, Fixture.Reading(s_t0, H, 2)), self: "urn:e"),
            Fixture.Entry(Fixture.Block(s_t0 + H, H, Fixture.Reading(s_t0 + H, H, 3)), self: "urn:f"));
        var doc = Fixture.Parse(xml);
        doc.MeterReadings.Select(ValuesOf).Should().BeEquivalentTo(new[] { new long[] { 1 }, [2, 3] }, o => o.WithStrictOrdering());
        doc.Diagnostics.Where(d => d.Code == DiagnosticCodes.AttachedByDocumentOrder).Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void ReadingType_without_related_link_is_taken_by_document_order_and_reported()
    {
        var xml = Fixture.Feed(
            UsagePointEntry(1, $"{Fixture.Subscription}/UsagePoint/1/MeterReading"),
            MeterReadingEntry(1, 1),
            Fixture.Entry(Fixture.ReadingType(uom: 169), self: Fixture.ReadingTypeHref));
        var doc = Fixture.Parse(xml);
        doc.MeterReadings.Single().ReadingType!.Uom.Should().Be(UnitOfMeasure.Therm);
        doc.Diagnostic(DiagnosticCodes.AttachedByDocumentOrder).Message.Should().Contain("ReadingType");
    }

    [Fact]
    public void Meter_reading_with_no_reading_type_anywhere_is_reported_and_scales_unitless()
    {
        var xml = Fixture.Feed(
            UsagePointEntry(1, $"{Fixture.Subscription}/UsagePoint/1/MeterReading"),
            MeterReadingEntry(1, 1, Fixture.MeterReadingHref + "/IntervalBlock"),
            BlockEntry(1, 1, 1, 42));
        var doc = Fixture.Parse(xml);
        var mr = doc.MeterReadings.Single();
        mr.ReadingType.Should().BeNull();
        mr.Scale(mr.Readings.Single()).Should().Be(new Quantity(42, UnitOfMeasure.None));
        doc.Diagnostic(DiagnosticCodes.MissingReadingType).Severity.Should().Be(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Dangling_related_link_is_reported()
    {
        var xml = Fixture.Feed(
            UsagePointEntry(1, $"{Fixture.Subscription}/UsagePoint/1/MeterReading", Fixture.Base + "/LocalTimeParameters/404"),
            MeterReadingEntry(1, 1));
        var doc = Fixture.Parse(xml);
        doc.Diagnostic(DiagnosticCodes.DanglingLink).EntryId.Should().NotBeNull();
    }

    [Fact]
    public void Dangling_up_link_is_reported()
    {
        // The block names a MeterReading collection that no entry's related link offers.
        var xml = Fixture.Feed(
            UsagePointEntry(1, $"{Fixture.Subscription}/UsagePoint/1/MeterReading"),
            MeterReadingEntry(1, 1, Fixture.MeterReadingHref + "/IntervalBlock"),
            BlockEntry(1, 1, 1, 1),
            Fixture.Entry(Fixture.Block(s_t0, H, Fixture.Reading(s_t0, H, 2)), up: "https://elsewhere.example/MeterReading/9/IntervalBlock"));
        var doc = Fixture.Parse(xml);
        doc.Codes().Should().Contain(DiagnosticCodes.DanglingLink);
    }

    [Fact]
    public void Meter_reading_without_any_usage_point_is_reported_unattached()
    {
        var xml = Fixture.Feed(MeterReadingEntry(1, 1, Fixture.MeterReadingHref + "/IntervalBlock"), BlockEntry(1, 1, 1, 5));
        var doc = Fixture.Parse(xml);
        doc.MeterReadings.Single().UsagePoint.Should().BeNull();
        ValuesOf(doc.MeterReadings.Single()).Should().Equal([5], "blocks still attach to a MeterReading without a UsagePoint");
        doc.Diagnostic(DiagnosticCodes.UnattachedEntry).Message.Should().Contain("MeterReading");
    }

    [Fact]
    public void Summaries_attach_to_their_usage_point()
    {
        var doc = GreenButtonDocument.Load(Fixture.PathOf("summaries.xml"));
        var up = doc.UsagePoints.Single();
        up.UsageSummaries.Should().HaveCount(2);
        up.UsageSummaries.Should().OnlyContain(s => s.UsagePoint == up);
        up.UsageSummaries.OfType<ElectricPowerUsageSummary>().Should().ContainSingle();
        up.PowerQualitySummaries.Should().ContainSingle().Which.UsagePoint.Should().BeSameAs(up);
        doc.Codes().Should().NotContain([DiagnosticCodes.AttachedByDocumentOrder, DiagnosticCodes.UnattachedEntry]);
    }

    [Fact]
    public void Several_usage_points_each_get_their_own_meter_readings_blocks_and_types()
    {
        const string Rt2 = Fixture.Base + "/ReadingType/gas";
        var xml = Fixture.Feed(
            UsagePointEntry(1, $"{Fixture.Subscription}/UsagePoint/1/MeterReading", Fixture.LocalTimeHref),
            UsagePointEntry(2, $"{Fixture.Subscription}/UsagePoint/2/MeterReading", Fixture.LocalTimeHref),
            Fixture.Entry(Fixture.LocalTime(), self: Fixture.LocalTimeHref),
            MeterReadingEntry(1, 1, $"{Fixture.Subscription}/UsagePoint/1/MeterReading/1/IntervalBlock", Fixture.ReadingTypeHref),
            MeterReadingEntry(2, 1, $"{Fixture.Subscription}/UsagePoint/2/MeterReading/1/IntervalBlock", Rt2),
            Fixture.Entry(Fixture.ReadingType(), self: Fixture.ReadingTypeHref),
            Fixture.Entry(Fixture.ReadingType(uom: 169, power: -3), self: Rt2),
            BlockEntry(2, 1, 1, 2001), BlockEntry(1, 1, 1, 1001), BlockEntry(2, 1, 2, 2002), BlockEntry(1, 1, 2, 1002));
        var doc = Fixture.Parse(xml);
        ValuesOf(doc.UsagePoints[0].MeterReadings.Single()).Should().Equal(1001, 1002);
        ValuesOf(doc.UsagePoints[1].MeterReadings.Single()).Should().Equal(2001, 2002);
        doc.UsagePoints[1].MeterReadings.Single().ReadingType!.Uom.Should().Be(UnitOfMeasure.Therm);
        doc.UsagePoints.Should().OnlyContain(u => ReferenceEquals(u.LocalTimeParameters, doc.LocalTimeParameters[0]));
    }

    [Fact]
    public void Streamed_readings_carry_the_hrefs_of_their_block_even_when_links_follow_the_content()
    {
        var entry = "<entry><id>late-links</id><content>" + Fixture.Block(s_t0, H, Fixture.Reading(s_t0, H, 9)) + "</content>"
            + $"<link rel=\"self\" href=\"{Fixture.MeterReadingHref}/IntervalBlock/9\"/><link rel=\"up\" href=\"{Fixture.MeterReadingHref}/IntervalBlock\"/></entry>";
        var reading = Fixture.Stream(Fixture.Feed(entry, Fixture.StandardEntries()[4])).ToList();
        reading[0].BlockHref.Should().Be(Fixture.MeterReadingHref + "/IntervalBlock/9");
        reading[0].MeterReadingHref.Should().Be(Fixture.MeterReadingHref + "/IntervalBlock");
        reading[1].BlockHref.Should().Be(Fixture.MeterReadingHref + "/IntervalBlock/1");
    }

    [Fact]
    public void Document_readings_carry_the_hrefs_of_their_block_as_streamed_readings_do()
    {
        var xml = Fixture.StandardFeed();
        var streamed = Fixture.Stream(xml);
        var loaded = Fixture.Parse(xml).MeterReadings.Single().Readings.ToList();
        loaded[0].BlockHref.Should().Be(streamed[0].BlockHref);
        loaded[0].MeterReadingHref.Should().Be(streamed[0].MeterReadingHref);
        loaded[0].Should().Be(streamed[0], "one reading read through either API is the same value");
    }
}
