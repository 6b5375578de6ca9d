using System.Text.Json;

namespace GreenButton.Tests.Corpus;

/// <summary>
/// The streaming view (<see cref="GreenButtonFeed"/>) says what the document says on every corpus file, and the
/// expected.json figures come out of the view and of the asynchronous reader as they do out of the document.
/// </summary>
public sealed class FeedCorpusTests
{
    private static readonly GreenButtonReaderOptions s_lenient = new() { Lenient = true };

    [CorpusTheory]
    [MemberData(nameof(SharedCorpus.WellFormedFiles), MemberType = typeof(SharedCorpus))]
    public void Feed_figures_equal_the_documents(string file)
    {
        var path = SharedCorpus.PathOf(file);
        var doc = GreenButtonDocument.Load(path, s_lenient);
        using var feed = GreenButtonFeed.Open(path, s_lenient);

        feed.Series.Should().HaveCount(doc.MeterReadings.Count);
        feed.BaseUri.Should().Be(doc.BaseUri);
        feed.Document.Resources.Select(r => r.ResourceName).Should().Equal(doc.Resources.Select(r => r.ResourceName));
        var read = feed.ReadIntervalReadings().GroupBy(r => r.Series.Index).ToDictionary(g => g.Key, g => g.Select(r => r.Reading).ToList());
        for (var i = 0; i < doc.MeterReadings.Count; i++)
        {
            var expected = doc.MeterReadings[i];
            var series = feed.Series[i];
            var because = $"meter reading {i} (line {expected.Line})";
            series.MeterReading.Line.Should().Be(expected.Line, because);
            series.MeterReading.IntervalBlocks.Should().HaveCount(expected.IntervalBlocks.Count, because);
            (series.UsagePoint?.Line).Should().Be(expected.UsagePoint?.Line, because);
            (series.ReadingType?.Line).Should().Be(expected.ReadingType?.Line, because);
            (series.LocalTimeParameters?.Line).Should().Be(expected.UsagePoint?.LocalTimeParameters?.Line, because);

            var statistics = ReadingStatistics.Of(expected);
            series.Statistics.Should().BeEquivalentTo(statistics, because);
            var timeline = ReadingTimeline.Of(expected);
            Figures(series.Timeline).Should().Be(Figures(timeline), because);

            var readings = read.GetValueOrDefault(i) ?? [];
            Ordered(readings).Should().Equal(Ordered(expected.Readings), because);
        }
        Describe(feed.Diagnostics).Should().BeEquivalentTo(Describe(doc.Diagnostics));
    }

    [CorpusTheory]
    [MemberData(nameof(SharedCorpus.WellFormedFiles), MemberType = typeof(SharedCorpus))]
    public void Spooled_readings_equal_the_readings_parsed_again(string file)
    {
        var path = SharedCorpus.PathOf(file);
        using var parsed = GreenButtonFeed.Open(path, s_lenient);
        using var spooled = GreenButtonFeed.Open(() => File.OpenRead(path), s_lenient, spoolReadings: true);
        var expected = parsed.ReadIntervalReadings().Select(r => (r.Series.Index, r.Reading, r.Reading.BlockHref, r.Reading.Tou, r.EndsSeries, Codes(r.Reading))).ToList();
        spooled.ReadIntervalReadings().Select(r => (r.Series.Index, r.Reading, r.Reading.BlockHref, r.Reading.Tou, r.EndsSeries, Codes(r.Reading)))
            .Should().Equal(expected);

        static string Codes(IntervalReading reading) => string.Join(';', reading.Qualities.Select(q => $"{(int)q.Quality}{q.Text}"));
    }

    [CorpusTheory]
    [MemberData(nameof(SharedCorpus.WellFormedFiles), MemberType = typeof(SharedCorpus))]
    public void Feed_gives_the_expected_figures(string file)
    {
        var expected = SharedCorpus.ExpectedFor(file);
        using var feed = GreenButtonFeed.Open(SharedCorpus.PathOf(file), s_lenient);

        feed.Statistics.Count.Should().Be(expected.GetProperty("intervalReadings").GetInt64());
        feed.Statistics.SumValue.Should().Be(expected.GetProperty("sumValue").GetInt64());
        feed.Statistics.SumCost.Should().Be(expected.GetProperty("sumCost").GetInt64());
        feed.Statistics.QualityCount.Should().Be(expected.GetProperty("readingQualities").GetInt64());
        var meterReadings = expected.GetProperty("meterReadings").EnumerateArray().ToList();
        feed.Series.Should().HaveCount(meterReadings.Count);
        for (var i = 0; i < meterReadings.Count; i++)
        {
            var e = meterReadings[i];
            var series = feed.Series[i];
            series.MeterReading.IntervalBlocks.Should().HaveCount(e.GetProperty("intervalBlocks").GetInt32(), $"blocks of meter reading {i}");
            series.Statistics.Count.Should().Be(e.GetProperty("intervalReadings").GetInt64(), $"readings of meter reading {i}");
            series.Statistics.SumValue.Should().Be(e.GetProperty("sumValue").GetInt64(), $"sum of meter reading {i}");
            if (series.Statistics.Count > 0)
            {
                series.Timeline.FirstStart.Should().Be(e.GetProperty("firstStart").GetInt64(), $"first start of meter reading {i}");
                series.Timeline.LastEnd.Should().Be(e.GetProperty("lastEnd").GetInt64(), $"last end of meter reading {i}");
            }
        }
    }

    [CorpusTheory]
    [MemberData(nameof(SharedCorpus.WellFormedFiles), MemberType = typeof(SharedCorpus))]
    public async Task Async_reader_gives_the_expected_figures(string file)
    {
        var expected = SharedCorpus.ExpectedFor(file);
        await using var stream = File.OpenRead(SharedCorpus.PathOf(file));
        long count = 0, sum = 0, cost = 0, qualities = 0;
        await foreach (var entry in GreenButtonReader.ReadEntriesAsync(stream, s_lenient))
        {
            foreach (var block in entry.Resources.OfType<IntervalBlock>())
            {
                foreach (var reading in block.Readings)
                {
                    count++;
                    sum += reading.Value;
                    cost += reading.Cost ?? 0;
                    qualities += reading.Qualities.Count;
                }
            }
        }
        count.Should().Be(expected.GetProperty("intervalReadings").GetInt64());
        sum.Should().Be(expected.GetProperty("sumValue").GetInt64());
        cost.Should().Be(expected.GetProperty("sumCost").GetInt64());
        qualities.Should().Be(expected.GetProperty("readingQualities").GetInt64());
    }

    private static (long?, long?, long, long, long, long, long?, long) Figures(ReadingTimeline t)
        => (t.FirstStart, t.LastEnd, t.Duplicates, t.Overlaps, t.Gaps, t.MissingSeconds, t.MissingIntervals, t.OutsideBlock);

    private static IEnumerable<(long, long, long, long?)> Ordered(IEnumerable<IntervalReading> readings)
        => readings.Select(r => (r.StartSeconds, r.DurationSeconds, r.Value, r.Cost)).Order();

    private static IEnumerable<string> Describe(IEnumerable<GreenButtonDiagnostic> diagnostics)
        => diagnostics.Select(d => $"{d.Severity} {d.Code} {d.Line}:{d.Column} x{d.Count} {d.EntryId}: {d.Message}");
}
