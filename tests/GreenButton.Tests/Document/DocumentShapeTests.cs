namespace GreenButton.Tests.Document;

/// <summary>Every document shape ESPI files come in, and every namespace spelling: matched by URI, never by prefix.</summary>
public sealed class DocumentShapeTests
{
    [Fact]
    public void Atom_feed_gives_feed_metadata_and_entries()
    {
        var doc = GreenButtonDocument.Load(Fixture.PathOf("usage.xml"));
        doc.RootElement.Should().Be("feed");
        doc.FeedId.Should().Be("urn:uuid:0a1b2c3d-0000-4000-8000-000000000001");
        doc.FeedTitle.Should().Be("Green Button Usage Feed");
        doc.FeedUpdated.Should().Be(new DateTimeOffset(2023, 6, 3, 0, 0, 0, TimeSpan.Zero));
        doc.FeedLinks.Should().ContainSingle().Which.Should().Be(new AtomLink("self", "https://utility.example/DataCustodian/espi/1_1/resource/Subscription/5"));
        doc.Entries.Should().HaveCount(5);
        doc.Resources.Select(r => r.ResourceName).Should().Equal("UsagePoint", "LocalTimeParameters", "MeterReading", "ReadingType", "IntervalBlock");
    }

    [Fact]
    public void Single_atom_entry_as_root()
    {
        var doc = GreenButtonDocument.Load(Fixture.PathOf("single-entry.xml"));
        doc.RootElement.Should().Be("entry");
        var entry = doc.Entries.Should().ContainSingle().Subject;
        entry.Id.Should().Be("urn:uuid:single-entry");
        entry.Title.Should().Be("One block");
        doc.IntervalBlocks.Should().ContainSingle().Which.Readings.Should().ContainSingle().Which.Value.Should().Be(42);
    }

    [Fact]
    public void Bare_espi_resource_as_root()
    {
        var doc = GreenButtonDocument.Load(Fixture.PathOf("bare-interval-block.xml"));
        doc.RootElement.Should().Be("IntervalBlock");
        var block = doc.IntervalBlocks.Should().ContainSingle().Subject;
        block.Interval!.Value.StartSeconds.Should().Be(Fixture.June1);
        block.Readings.Select(r => r.Value).Should().Equal(111, 222);
        doc.Entries.Should().ContainSingle().Which.Id.Should().BeNull();
    }

    [Fact]
    public void Bare_espi_resource_streams_its_readings()
        => GreenButtonReader.ReadIntervalReadings(Fixture.PathOf("bare-interval-block.xml")).Select(r => r.Value).Should().Equal(111, 222);

    [Fact]
    public void BatchList_as_root_lists_its_resource_uris_trimmed_without_empties()
    {
        var doc = GreenButtonDocument.Load(Fixture.PathOf("batch-list.xml"));
        doc.RootElement.Should().Be("BatchList");
        doc.BatchLists.Should().ContainSingle().Which.Resources.Should().Equal(
            "https://utility.example/DataCustodian/espi/1_1/resource/Batch/Subscription/5",
            "https://utility.example/DataCustodian/espi/1_1/resource/Batch/Subscription/6");
    }

    [Fact]
    public async Task Bare_resource_and_single_entry_load_asynchronously_too()
    {
        await using var block = File.OpenRead(Fixture.PathOf("bare-interval-block.xml"));
        (await GreenButtonDocument.LoadAsync(block)).IntervalBlocks.Single().Readings.Should().HaveCount(2);
        await using var entry = File.OpenRead(Fixture.PathOf("single-entry.xml"));
        (await GreenButtonDocument.LoadAsync(entry)).Entries.Single().Id.Should().Be("urn:uuid:single-entry");
        await using var batch = File.OpenRead(Fixture.PathOf("batch-list.xml"));
        (await GreenButtonDocument.LoadAsync(batch)).BatchLists.Single().Resources.Should().HaveCount(2);
    }

    [Fact]
    public void Pge_prefixes_ns0_ns1_ns2_with_xsi_type_and_redeclared_namespaces_read_like_the_default_spelling()
    {
        var doc = GreenButtonDocument.Load(Fixture.PathOf("pge-prefixed.xml"));
        doc.FeedTitle.Should().Be("PG&E style");
        doc.UsagePoints.Should().ContainSingle().Which.ServiceKind.Should().Be(ServiceKind.Electricity);
        var mr = doc.UsagePoints[0].MeterReadings.Should().ContainSingle().Subject;
        mr.ReadingType!.Uom.Should().Be(UnitOfMeasure.Wh);
        mr.Readings.Select(r => r.Value).Should().Equal(10, 20);
        doc.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.UnknownElement, "prefixes and xsi:type are not unknown elements");
    }

    [Fact]
    public void Content_without_type_attribute_is_read()
    {
        var xml = Fixture.Feed("<entry><id>e</id><content>" + Fixture.Block(Fixture.June1, 3600, Fixture.Reading(Fixture.June1, 3600, 5)) + "</content></entry>");
        Fixture.Parse(xml).IntervalBlocks.Single().Readings.Single().Value.Should().Be(5);
    }

    [Fact]
    public void Espi_prefix_declared_on_the_feed()
    {
        var xml = $"<feed xmlns=\"{Fixture.Atom}\" xmlns:espi=\"{Fixture.Espi}\"><entry><content><espi:IntervalBlock><espi:IntervalReading><espi:timePeriod><espi:duration>60</espi:duration><espi:start>{Fixture.June1}</espi:start></espi:timePeriod><espi:value>7</espi:value></espi:IntervalReading></espi:IntervalBlock></content></entry></feed>";
        Fixture.Parse(xml).IntervalBlocks.Single().Readings.Single().Value.Should().Be(7);
    }

    [Fact]
    public void Atom_under_a_prefix_and_espi_as_default_namespace_of_the_feed()
    {
        var xml = $"<a:feed xmlns:a=\"{Fixture.Atom}\" xmlns=\"{Fixture.Espi}\"><a:entry><a:id>x</a:id><a:content><IntervalBlock><IntervalReading><timePeriod><duration>60</duration><start>{Fixture.June1}</start></timePeriod><value>8</value></IntervalReading></IntervalBlock></a:content></a:entry></a:feed>";
        var doc = Fixture.Parse(xml);
        doc.Entries.Single().Id.Should().Be("x");
        doc.IntervalBlocks.Single().Readings.Single().Value.Should().Be(8);
    }

    [Fact]
    public void Same_prefix_bound_to_different_namespaces_per_element_is_resolved_by_uri()
    {
        // 'x' is Atom on the feed and ESPI inside the content: only the URI decides.
        var xml = $"<x:feed xmlns:x=\"{Fixture.Atom}\"><x:entry><x:content><x:IntervalBlock xmlns:x=\"{Fixture.Espi}\"><x:IntervalReading><x:timePeriod><x:duration>60</x:duration><x:start>{Fixture.June1}</x:start></x:timePeriod><x:value>9</x:value></x:IntervalReading></x:IntervalBlock></x:content></x:entry></x:feed>";
        Fixture.Parse(xml).IntervalBlocks.Single().Readings.Single().Value.Should().Be(9);
    }

    [Fact]
    public void Stray_extra_namespace_declarations_are_harmless()
    {
        var xml = $"<feed xmlns=\"{Fixture.Atom}\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:foo=\"urn:foo\" xsi:schemaLocation=\"http://naesb.org/espi espi.xsd\"><entry xmlns:bar=\"urn:bar\"><content>{Fixture.Block(Fixture.June1, 60, Fixture.Reading(Fixture.June1, 60, 3))}</content></entry></feed>";
        var doc = Fixture.Parse(xml);
        doc.IntervalBlocks.Single().Readings.Single().Value.Should().Be(3);
        doc.Codes().Should().NotContain(DiagnosticCodes.UnknownElement);
    }

    [Fact]
    public void Xsi_type_on_atom_elements_does_not_change_their_reading()
    {
        var xml = $"<feed xmlns=\"{Fixture.Atom}\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><title xsi:type=\"textType\">T</title><entry xsi:type=\"entryType\"><id xsi:type=\"idType\">i</id><title xsi:type=\"textType\">E</title><content xsi:type=\"contentType\">{Fixture.UsagePoint(1)}</content></entry></feed>";
        var doc = Fixture.Parse(xml);
        doc.FeedTitle.Should().Be("T");
        doc.Entries.Single().Title.Should().Be("E");
        doc.UsagePoints.Single().ServiceKind.Should().Be(ServiceKind.Gas);
    }

    [Fact]
    public void Comments_and_processing_instructions_are_ignored()
    {
        var xml = $"<?xml version=\"1.0\"?><?xml-stylesheet type=\"text/xsl\" href=\"GreenButtonDataStyleSheet.xslt\"?><!-- licence banner --><feed xmlns=\"{Fixture.Atom}\"><!-- c --><entry><!-- d --><content>{Fixture.UsagePoint(4)}</content></entry></feed>";
        var doc = Fixture.Parse(xml);
        doc.UsagePoints.Single().ServiceKind.Should().Be(ServiceKind.Heat);
        doc.Codes().Should().NotContain([DiagnosticCodes.UnknownElement, DiagnosticCodes.StrayText]);
    }

    [Fact]
    public void Resource_directly_inside_an_entry_without_content_is_kept()
    {
        var xml = Fixture.Feed($"<entry><id>e</id>{Fixture.UsagePoint(2)}</entry>");
        Fixture.Parse(xml).UsagePoints.Single().ServiceKind.Should().Be(ServiceKind.Water);
    }

    [Fact]
    public void Unknown_wrapper_around_entries_is_looked_into_and_reported()
    {
        var xml = $"<xyz><entry xmlns=\"{Fixture.Atom}\"><id>e</id><content>{Fixture.UsagePoint(0)}</content></entry></xyz>";
        var doc = Fixture.Parse(xml);
        doc.UsagePoints.Should().ContainSingle();
        doc.Diagnostic(DiagnosticCodes.UnknownElement).Message.Should().Contain("xyz");
    }

    [Fact]
    public void Empty_feed_has_no_resources_and_no_error()
    {
        var doc = Fixture.Parse(Fixture.Feed());
        doc.Resources.Should().BeEmpty();
        doc.Entries.Should().BeEmpty();
    }

    [Fact]
    public void Resources_by_type_match_GetResources()
    {
        var doc = GreenButtonDocument.Load(Fixture.PathOf("usage.xml"));
        doc.GetResources<IntervalBlock>().Should().Equal(doc.IntervalBlocks);
        doc.GetResources<ReadingType>().Should().Equal(doc.ReadingTypes);
        doc.GetResources<LocalTimeParameters>().Should().Equal(doc.LocalTimeParameters);
        doc.GetResources<EspiResource>().Should().Equal(doc.Resources);
    }

    [Fact]
    public void Each_resource_knows_its_entry_self_href_title_and_position()
    {
        var doc = GreenButtonDocument.Load(Fixture.PathOf("usage.xml"));
        var up = doc.UsagePoints.Single();
        up.Entry.Should().BeSameAs(doc.Entries[0]);
        up.Title.Should().Be("Home");
        up.SelfHref.Should().Be("https://utility.example/DataCustodian/espi/1_1/resource/Subscription/5/UsagePoint/1");
        up.Line.Should().Be(16);
        up.Column.Should().BeGreaterThan(0);
    }
}
