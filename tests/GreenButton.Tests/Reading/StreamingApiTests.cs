using System.Text;

namespace GreenButton.Tests.Reading;

/// <summary>The streaming API: entries and readings one at a time, diagnostics as they are found.</summary>
public sealed class StreamingApiTests
{
    [Fact]
    public void ReadEntries_yields_typed_resources_with_their_entry()
    {
        var entries = Fixture.Entries(Fixture.StandardFeed());
        entries.Select(e => e.Resource).Should().SatisfyRespectively(
            r => r.Should().BeOfType<UsagePoint>(),
            r => r.Should().BeOfType<LocalTimeParameters>(),
            r => r.Should().BeOfType<MeterReading>(),
            r => r.Should().BeOfType<ReadingType>(),
            r => r.Should().BeOfType<IntervalBlock>(),
            r => r.Should().BeOfType<IntervalBlock>());
        entries.Should().OnlyContain(e => ReferenceEquals(e.Resource!.Entry, e));
        ((IntervalBlock)entries[4].Resource!).Readings.Should().HaveCount(24);
    }

    [Fact]
    public void ReadIntervalReadings_yields_every_reading_in_document_order_with_its_hrefs()
    {
        var readings = Fixture.Stream(Fixture.StandardFeed());
        readings.Should().HaveCount(48);
        readings.Select(r => r.StartSeconds).Should().BeInAscendingOrder();
        readings.Take(24).Should().OnlyContain(r => r.BlockHref == Fixture.MeterReadingHref + "/IntervalBlock/1");
        readings.Skip(24).Should().OnlyContain(r => r.BlockHref == Fixture.MeterReadingHref + "/IntervalBlock/2");
        readings.Should().OnlyContain(r => r.MeterReadingHref == Fixture.MeterReadingHref + "/IntervalBlock");
    }

    [Fact]
    public void ReadIntervalReadings_reads_qualities_costs_and_tiers()
    {
        var readings = GreenButtonReader.ReadIntervalReadings(Fixture.PathOf("usage.xml")).ToList();
        readings.Select(r => r.Cost).Should().Equal(12345, 11000, 10000, 9000);
        readings.Select(r => r.Qualities.Count).Should().Equal(1, 0, 1, 0);
        readings[2].Qualities.Single().Quality.Should().Be(QualityOfReading.EstimatedUsingReferenceDay);
    }

    [Theory]
    [InlineData("third-party.xml")]
    [InlineData("summaries.xml")]
    [InlineData("usage-point-full.xml")]
    [InlineData("batch-list.xml")]
    public void ReadIntervalReadings_of_a_document_without_blocks_yields_nothing_and_does_not_fail(string file)
        => GreenButtonReader.ReadIntervalReadings(Fixture.PathOf(file)).Should().BeEmpty();

    [Fact]
    public void OnDiagnostic_receives_one_off_findings_and_repeated_quirks_once_with_their_count()
    {
        var seen = new List<GreenButtonDiagnostic>();
        var block = Fixture.Block(Fixture.June1, 7200,
            $"<IntervalReading><timePeriod><duration>3600</duration><start>{Fixture.June1}000</start></timePeriod><value> 1</value></IntervalReading>",
            $"<IntervalReading><timePeriod><duration>3600</duration><start>{Fixture.June1 + 3600}000</start></timePeriod><value> 2</value></IntervalReading>");
        var readings = Fixture.Stream(Fixture.Feed(Fixture.Entry(block)), new GreenButtonReaderOptions { OnDiagnostic = seen.Add, SourceName = "s.xml" });
        readings.Should().HaveCount(2);
        seen.Single(d => d.Code == DiagnosticCodes.MillisecondEpoch).Count.Should().Be(2);
        seen.Single(d => d.Code == DiagnosticCodes.PaddedNumber).Count.Should().Be(2);
        seen.Should().OnlyContain(d => d.Source == "s.xml" && d.Line > 0);
    }

    [Fact]
    public void Document_diagnostics_name_the_file_and_the_first_position()
    {
        using var folder = new Fixture.TempFolder();
        var path = folder.File("quirky.xml");
        File.WriteAllText(path, string.Join("\n",
            $"<feed xmlns=\"{Fixture.Atom}\">",
            "<entry>",
            "<id>urn:uuid:q</id>",
            $"<content><IntervalBlock xmlns=\"{Fixture.Espi}\">",
            "<IntervalReading>",
            $"<timePeriod><duration>3600</duration><start>{Fixture.June1}.5</start></timePeriod>",
            "<value>1</value>",
            "</IntervalReading>",
            "</IntervalBlock></content></entry></feed>"));
        var diagnostic = GreenButtonDocument.Load(path).Diagnostic(DiagnosticCodes.FractionalEpoch);
        diagnostic.Source.Should().Be(path);
        diagnostic.Line.Should().Be(6);
        diagnostic.Column.Should().Be(39, "the diagnostic points at the <start> element holding the fractional epoch");
        diagnostic.EntryId.Should().Be("urn:uuid:q");
        diagnostic.ToString().Should().StartWith($"{path}:6:");
    }

    [Fact]
    public async Task ReadEntriesAsync_stops_when_cancelled_between_entries()
    {
        using var cts = new CancellationTokenSource();
        var seen = 0;
        var act = async () =>
        {
            await foreach (var entry in GreenButtonReader.ReadEntriesAsync(new MemoryStream(Fixture.Utf8(Fixture.StandardFeed())), cts.Token))
            {
                seen++;
                await cts.CancelAsync();
            }
        };
        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().Be(1);
    }

    [Fact]
    public async Task ReadEntriesAsync_reads_a_bare_resource_and_a_single_entry()
    {
        var bare = new List<AtomEntry>();
        await foreach (var entry in GreenButtonReader.ReadEntriesAsync(File.OpenRead(Fixture.PathOf("bare-interval-block.xml"))))
        {
            bare.Add(entry);
        }
        bare.Single().Resource.Should().BeOfType<IntervalBlock>().Which.Readings.Should().HaveCount(2);
        var single = new List<AtomEntry>();
        await foreach (var entry in GreenButtonReader.ReadEntriesAsync(File.OpenRead(Fixture.PathOf("single-entry.xml"))))
        {
            single.Add(entry);
        }
        single.Single().Id.Should().Be("urn:uuid:single-entry");
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_detected()
    {
        var text = Fixture.Text("usage.xml").Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal);
        var readings = GreenButtonReader.ReadIntervalReadings(new MemoryStream(Encoding.Unicode.GetBytes(text))).ToList();
        readings.Select(r => r.Value).Should().Equal(493800, 440000, 400000, 360000);
    }

    [Fact]
    public void Xhtml_title_is_kept_as_markup()
    {
        var xml = Fixture.Feed($"<entry><id>e</id><title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">Home <b>1</b></div></title><content>{Fixture.UsagePoint()}</content></entry>");
        Fixture.Parse(xml).UsagePoints.Single().Title.Should().Contain("Home").And.Contain("<b");
    }

    [Fact]
    public void Link_without_rel_is_alternate_and_rel_is_matched_without_case()
    {
        var xml = Fixture.Feed($"<entry><id>e</id><link href=\"https://x.example/a\"/><link rel=\"SELF\" href=\"https://x.example/self\"/><content>{Fixture.UsagePoint()}</content></entry>");
        var entry = Fixture.Entries(xml).Single();
        entry.Links[0].Rel.Should().Be("alternate");
        entry.SelfHref.Should().Be("https://x.example/self");
    }

    [Fact]
    public void Enumerating_twice_reads_a_path_twice()
    {
        var readings = GreenButtonReader.ReadIntervalReadings(Fixture.PathOf("usage.xml"));
        readings.Count().Should().Be(4);
        readings.Count().Should().Be(4);
    }
}
