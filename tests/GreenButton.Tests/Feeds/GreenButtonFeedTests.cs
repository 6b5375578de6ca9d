using static GreenButton.Tests.Fixture;

namespace GreenButton.Tests.Feeds;

/// <summary>The streaming, resolved view: context for every reading, the document's figures, any entry order, any stream.</summary>
public sealed class GreenButtonFeedTests
{
    /// <summary>The standard feed with the ReadingType and the MeterReading after the blocks, and untimed readings in the second block.</summary>
    private static string LateContextFeed()
    {
        var untimed = string.Concat(Enumerable.Range(0, 4).Select(i => $"<IntervalReading><value>{10 + i}</value></IntervalReading>"));
        return Feed(
            Entry(UsagePoint(0), self: UsagePointHref, up: Subscription + "/UsagePoint", related: [UsagePointHref + "/MeterReading", LocalTimeHref], title: "Home"),
            Entry(Block(June1, 86400, Hourly(June1, 24)), self: MeterReadingHref + "/IntervalBlock/1", up: MeterReadingHref + "/IntervalBlock"),
            Entry(Block(June1 + 86400, 86400, untimed), self: MeterReadingHref + "/IntervalBlock/2", up: MeterReadingHref + "/IntervalBlock"),
            Entry(LocalTime(), self: LocalTimeHref, up: Base + "/LocalTimeParameters"),
            Entry(MeterReading(), self: MeterReadingHref, up: UsagePointHref + "/MeterReading", related: [MeterReadingHref + "/IntervalBlock", ReadingTypeHref]),
            // An unrelated ReadingType first would mislead a reader that takes "the last one read".
            Entry(ReadingType(intervalLength: 900), self: Base + "/ReadingType/other", up: Base + "/ReadingType"),
            Entry(ReadingType(intervalLength: 3600, power: -3), self: ReadingTypeHref, up: Base + "/ReadingType"));
    }

    [Fact]
    public void Readings_come_with_their_context_when_the_ReadingType_and_MeterReading_follow_the_blocks()
    {
        var xml = LateContextFeed();
        using var feed = GreenButtonFeed.Open(new MemoryStream(Utf8(xml)));
        var doc = Parse(xml);

        var series = feed.Series.Should().ContainSingle().Subject;
        series.ReadingType!.IntervalLength.Should().Be(3600);
        series.LocalTimeParameters.Should().NotBeNull();
        series.UsagePoint!.Title.Should().Be("Home");
        var readings = feed.ReadIntervalReadings().ToList();
        readings.Should().HaveCount(28).And.OnlyContain(r => ReferenceEquals(r.Series, series));
        // The untimed readings follow the block start by the meter reading's own hour, not the 900 s of the other type.
        readings.Skip(24).Select(r => r.Reading.StartSeconds).Should().Equal(Enumerable.Range(0, 4).Select(i => June1 + 86400 + (3600L * i)));
        readings.Skip(24).Should().OnlyContain(r => r.Reading.DurationSeconds == 3600);
        readings.Select(r => r.Reading).Should().Equal(doc.MeterReadings[0].Readings);
        readings[25].Value.Should().Be(0.011m);
        readings.Count(r => r.EndsSeries).Should().Be(1);
        readings[^1].EndsSeries.Should().BeTrue();

        series.Timeline.FirstStart.Should().Be(June1);
        series.Timeline.LastEnd.Should().Be(June1 + 86400 + (4 * 3600));
        series.Timeline.Gaps.Should().Be(0);
        series.Statistics.Count.Should().Be(28);
        series.Statistics.SumValue.Should().Be(doc.MeterReadings[0].Readings.Sum(r => r.Value));
    }

    [Fact]
    public void A_non_seekable_stream_is_spooled_and_gives_what_a_file_gives()
    {
        // A mark of this test's own input: other processes (the CLI's tests) spool into the same temp folder meanwhile,
        // so the spool is found by its content, not by counting files.
        var mark = $"<!-- {Guid.NewGuid():N} -->";
        var xml = LateContextFeed() + mark;
        var temp = Path.Combine(Path.GetTempPath(), $"gb-feed-{Guid.NewGuid():N}.xml");
        File.WriteAllText(temp, xml);
        try
        {
            using var fromFile = GreenButtonFeed.Open(temp);
            SpoolsHolding(mark).Should().BeEmpty();
            List<IntervalReading> spooled;
            using (var fromPipe = GreenButtonFeed.Open(new ForwardOnlyStream(Utf8(xml))))
            {
                SpoolsHolding(mark).Should().ContainSingle("a forward-only input is copied to one temporary file");
                spooled = [.. fromPipe.ReadIntervalReadings().Select(r => r.Reading)];
                fromPipe.ReadIntervalReadings().Should().HaveCount(spooled.Count, "every pass reads the spool again");
            }
            SpoolsHolding(mark).Should().BeEmpty("Dispose deletes the spool");
            spooled.Should().Equal(fromFile.ReadIntervalReadings().Select(r => r.Reading));
            fromFile.Source.Should().Be(temp);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>The spool files in the temp folder whose text holds <paramref name="mark"/> (files deleted meanwhile skipped).</summary>
    private static List<string> SpoolsHolding(string mark)
    {
        var found = new List<string>();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), "greenbutton-*.xml"))
        {
            try
            {
                if (File.ReadAllText(file).Contains(mark, StringComparison.Ordinal))
                {
                    found.Add(file);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // another process's spool, deleted or still open for writing
            }
        }
        return found;
    }

    [Fact]
    public void Passes_over_a_shared_seekable_stream_cannot_overlap_but_may_follow_one_another()
    {
        using var feed = GreenButtonFeed.Open(new MemoryStream(Utf8(StandardFeed())));
        using var first = feed.ReadIntervalReadings().GetEnumerator();
        first.MoveNext().Should().BeTrue();
        var second = () => feed.ReadIntervalReadings().First();
        second.Should().Throw<InvalidOperationException>();
        first.Dispose();
        feed.ReadIntervalReadings().Should().HaveCount(48);
    }

    [Fact]
    public void The_base_uri_is_the_feeds_self_link()
    {
        using var feed = GreenButtonFeed.Open(new MemoryStream(Utf8(StandardFeed())));
        feed.BaseUri.Should().Be(new Uri(Subscription));
        Parse(StandardFeed()).BaseUri.Should().Be(new Uri(Subscription));
    }

    [Fact]
    public void An_input_that_changed_between_passes_is_an_error_not_wrong_rows()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gb-feed-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, StandardFeed());
        try
        {
            using var feed = GreenButtonFeed.Open(path);
            File.WriteAllText(path, Feed(StandardEntries()[..5]));
            var read = () => feed.ReadIntervalReadings().Count();
            read.Should().Throw<GreenButtonException>().WithMessage("*changed since it was opened*");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Malformed_input_fails_with_a_located_error()
    {
        var act = () => GreenButtonFeed.Open(new MemoryStream(Utf8(StandardFeed()[..^40])), new GreenButtonReaderOptions { SourceName = "cut.xml" });
        var error = act.Should().Throw<GreenButtonException>().Which;
        error.Source.Should().Be("cut.xml");
        error.Line.Should().BePositive();
    }

    [Fact]
    public void Cancellation_surfaces_as_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var act = () => GreenButtonFeed.Open(new MemoryStream(Utf8(StandardFeed())), default, cancelled.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Daily_aggregates_follow_local_days_across_the_fall_back_change()
    {
        // 2023-11-05 is the first Sunday of November: Pacific time falls back from -7 to -8 at 09:00 UTC.
        const long November4 = 1699081200; // 2023-11-04T00:00-07:00
        var xml = Feed(
            Entry(UsagePoint(0), self: UsagePointHref, up: Subscription + "/UsagePoint", related: [UsagePointHref + "/MeterReading", LocalTimeHref]),
            Entry(LocalTime(), self: LocalTimeHref, up: Base + "/LocalTimeParameters"),
            Entry(MeterReading(), self: MeterReadingHref, up: UsagePointHref + "/MeterReading", related: [MeterReadingHref + "/IntervalBlock", ReadingTypeHref]),
            Entry(ReadingType(intervalLength: 3600), self: ReadingTypeHref, up: Base + "/ReadingType"),
            Entry(Block(November4, 73 * 3600, Hourly(November4, 73, 1)), self: MeterReadingHref + "/IntervalBlock/1", up: MeterReadingHref + "/IntervalBlock"));
        using var feed = GreenButtonFeed.Open(new MemoryStream(Utf8(xml)));

        var days = feed.Aggregate(AggregationInterval.Day).ToList();
        days.Select(d => d.DurationSeconds).Should().Equal(86400, 90000, 86400);
        days.Select(d => d.Statistics.Count).Should().Equal(24L, 25L, 24L);
        days.Select(d => d.Start.ToString("yyyy-MM-ddTHH:mmzzz", System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal("2023-11-04T00:00-07:00", "2023-11-05T00:00-07:00", "2023-11-06T00:00-08:00");
        days.Sum(d => d.Statistics.SumValue).Should().Be(feed.Series[0].Statistics.SumValue);
        days.Select(d => d.EndsSeries).Should().Equal(false, false, true);

        var hours = feed.Aggregate(AggregationInterval.Hour).ToList();
        hours.Should().HaveCount(73, "the repeated 01:00 hour is two hours");
        hours.Count(h => h.Start.Hour == 1 && h.Start.Day == 5).Should().Be(2);
        feed.Aggregate(AggregationInterval.Month).Should().ContainSingle().Which.Statistics.Count.Should().Be(73);
    }

    /// <summary>A pipe: readable once, forward only.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
