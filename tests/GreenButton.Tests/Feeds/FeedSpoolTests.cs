using System.Text;

namespace GreenButton.Tests.Feeds;

/// <summary>
/// The readings a feed spools in its first pass (as the parser reads each block) come back as the document holds them:
/// with their block's hrefs wherever the entry's links stand, and block by block in the feed's order.
/// </summary>
public sealed class FeedSpoolTests
{
    private const string Espi = "http://naesb.org/espi";
    private const string Base = "https://example.test/espi/1_1/resource/Subscription/1/UsagePoint/1";

    [Fact]
    public void Spooled_readings_carry_their_block_hrefs_when_links_come_before_after_or_around_the_content()
    {
        var xml = Feed(
            Block(1, before: ["self", "up"], after: []),
            Block(2, before: [], after: ["self", "up"]),
            Block(3, before: ["self"], after: ["up"]),
            Block(4, before: ["up"], after: ["self"]));

        var document = GreenButtonDocument.Parse(xml);
        var expected = document.MeterReadings.SelectMany(m => m.Readings).Select(r => (r.StartSeconds, r.Value, r.BlockHref, r.MeterReadingHref)).ToList();
        expected.Should().HaveCount(8);
        expected.Select(r => r.BlockHref).Should().OnlyContain(href => href != null && href.Contains("/IntervalBlock/"));

        using var spooled = GreenButtonFeed.Open(() => new MemoryStream(Encoding.UTF8.GetBytes(xml)), default, spoolReadings: true);
        using var parsed = GreenButtonFeed.Open(() => new MemoryStream(Encoding.UTF8.GetBytes(xml)), default, spoolReadings: false);
        foreach (var feed in new[] { spooled, parsed })
        {
            feed.ReadIntervalReadings().Select(r => (r.Reading.StartSeconds, r.Reading.Value, r.Reading.BlockHref, r.Reading.MeterReadingHref))
                .Should().Equal(expected);
            feed.ReadIntervalReadings().Should().HaveCount(8, "a second pass reads the same spool again");
        }
    }

    [Fact]
    public void Spooled_readings_equal_the_documents_for_nested_empty_and_paired_blocks_read_leniently()
    {
        // A UsagePoint that holds an IntervalBlock (read as a resource of its own) and then a bad status, an empty block,
        // an entry with two blocks, links after the content.
        var dropped = $"""
            <entry>
              <link rel="self" href="{Base}/MeterReading/1/IntervalBlock/90"/>
              <link rel="up" href="{Base}/MeterReading/1/IntervalBlock"/>
              <content><UsagePoint xmlns="{Espi}"><IntervalBlock><interval><duration>3600</duration><start>1699990000</start></interval>
                <IntervalReading><timePeriod><duration>3600</duration><start>1699990000</start></timePeriod><value>999</value></IntervalReading>
              </IntervalBlock><status>not a number</status></UsagePoint></content>
            </entry>
            """;
        var empty = $"""
            <entry>
              <link rel="self" href="{Base}/MeterReading/1/IntervalBlock/91"/>
              <link rel="up" href="{Base}/MeterReading/1/IntervalBlock"/>
              <content><IntervalBlock xmlns="{Espi}"><interval><duration>0</duration><start>1699000000</start></interval></IntervalBlock></content>
            </entry>
            """;
        var two = Block(5, before: ["self", "up"], after: []).Replace("</IntervalBlock></content>", $"""
            </IntervalBlock><IntervalBlock xmlns="{Espi}"><interval><duration>3600</duration><start>1800000000</start></interval>
            <IntervalReading><timePeriod><duration>3600</duration><start>1800000000</start></timePeriod><value>77</value></IntervalReading>
            </IntervalBlock></content>
            """, StringComparison.Ordinal);
        var xml = Feed(Block(1, before: ["self", "up"], after: []), dropped, empty, two, Block(6, before: [], after: ["self", "up"]));
        var options = new GreenButtonReaderOptions { Lenient = true };

        var document = GreenButtonDocument.Parse(xml, options);
        var expected = document.MeterReadings.SelectMany(m => m.Readings).Select(r => (r.StartSeconds, r.Value, r.BlockHref, r.MeterReadingHref)).ToList();
        expected.Should().HaveCount(8);

        using var spooled = GreenButtonFeed.Open(() => new MemoryStream(Encoding.UTF8.GetBytes(xml)), options, spoolReadings: true);
        using var parsed = GreenButtonFeed.Open(() => new MemoryStream(Encoding.UTF8.GetBytes(xml)), options, spoolReadings: false);
        spooled.Statistics.Count.Should().Be(expected.Count);
        var fromSpool = spooled.ReadIntervalReadings().Select(r => (r.Reading.StartSeconds, r.Reading.Value, r.Reading.BlockHref, r.Reading.MeterReadingHref)).ToList();
        fromSpool.Should().Equal(parsed.ReadIntervalReadings().Select(r => (r.Reading.StartSeconds, r.Reading.Value, r.Reading.BlockHref, r.Reading.MeterReadingHref)));
        fromSpool.Should().BeEquivalentTo(expected); // the feed reads blocks in the file's order, the document by time
    }

    [Fact]
    public void A_spool_gives_back_the_blocks_listed_skipping_those_written_but_not_listed()
    {
        using var spool = new ReadingSpool();
        var offsets = new List<long>();
        for (var block = 0; block < 3; block++)
        {
            var readings = Enumerable.Range(0, block + 2)
                .Select(i => new IntervalReading((block * 1000) + (i * 60), 60, (block * 10) + i, true, 0, false, null, null, null, null, true, null))
                .ToArray();
            var offset = spool.Write(readings);
            if (block != 1)
            {
                offsets.Add(offset); // the middle block's entry "was dropped": it is in the spool but not listed
            }
        }
        spool.Complete();

        var read = spool.Read(offsets, _ => null).Select(readings => readings.Select(r => r.Value).ToArray()).ToList();

        read.Should().HaveCount(2);
        read[0].Should().Equal(0, 1);
        read[1].Should().Equal(20, 21, 22, 23);
    }

    private static string Feed(params string[] entries) =>
        $"""
        <feed xmlns="http://www.w3.org/2005/Atom">
          <entry>
            <link rel="self" href="{Base}"/>
            <content><UsagePoint xmlns="{Espi}"><ServiceCategory><kind>0</kind></ServiceCategory></UsagePoint></content>
          </entry>
          <entry>
            <link rel="self" href="{Base}/MeterReading/1"/>
            <link rel="up" href="{Base}/MeterReading"/>
            <link rel="related" href="{Base}/MeterReading/1/IntervalBlock"/>
            <content><MeterReading xmlns="{Espi}"/></content>
          </entry>
          {string.Join("\n", entries)}
        </feed>
        """;

    private static string Block(int n, string[] before, string[] after)
    {
        string Links(string[] rels) => string.Concat(rels.Select(rel => rel == "self"
            ? $"""<link rel="self" href="{Base}/MeterReading/1/IntervalBlock/{n}"/>"""
            : $"""<link rel="up" href="{Base}/MeterReading/1/IntervalBlock"/>"""));
        var start = 1_700_000_000 + (n * 7200);
        return $"""
            <entry>
              {Links(before)}
              <content><IntervalBlock xmlns="{Espi}"><interval><duration>7200</duration><start>{start}</start></interval>
                <IntervalReading><timePeriod><duration>3600</duration><start>{start}</start></timePeriod><value>{n * 10}</value></IntervalReading>
                <IntervalReading><timePeriod><duration>3600</duration><start>{start + 3600}</start></timePeriod><value>{(n * 10) + 1}</value></IntervalReading>
              </IntervalBlock></content>
              {Links(after)}
            </entry>
            """;
    }
}
