namespace GreenButton.Tests.Corpus;

/// <summary>The two corpus files that once showed bogus gaps: one-minute instantaneous samples, and 899 s quarter hours.</summary>
public sealed class TimelineCorpusTests
{
    private const string Nist = "lukabartolicFS__OpenESPI-GreenButtonCMDTest/Meter_Data_12-09-2013_12-15-2013.xml";
    private const string ConEd = "ConEd__peashutop_green-button-xml-to-csv/cned_electric_usage_interval_data_Service 1_1_2025-02-28_to_2025-02-28.xml";

    [CorpusFact]
    public void Every_minute_of_the_NIST_week_of_instantaneous_samples_is_there()
    {
        var path = SharedCorpus.PathOf(Nist);
        var doc = GreenButtonDocument.Load(path);
        using var feed = GreenButtonFeed.Open(path);
        doc.MeterReadings.Should().HaveCount(2);
        foreach (var timeline in doc.MeterReadings.Select(ReadingTimeline.Of).Concat(feed.Series.Select(s => s.Timeline)))
        {
            timeline.Count.Should().Be(7 * 1440);
            timeline.InstantaneousReadings.Should().Be(timeline.Count);
            timeline.InstantPeriod.Should().Be(60);
            timeline.Gaps.Should().Be(0);
            timeline.Duplicates.Should().Be(0);
            timeline.Overlaps.Should().Be(0);
        }
    }

    [CorpusFact]
    public void Con_Edison_899_second_quarter_hours_have_no_gaps_within_a_second()
    {
        var path = SharedCorpus.PathOf(ConEd);
        using var feed = GreenButtonFeed.Open(path);
        var quarterHours = feed.Series.Where(s => s.ReadingType?.IntervalLength == 899).ToList();
        quarterHours.Should().NotBeEmpty();
        foreach (var series in quarterHours)
        {
            series.Timeline.Gaps.Should().Be(0);
            series.Timeline.MissingSeconds.Should().Be(0);
            var exact = series.Timeline.WithOptions(new ReadingTimelineOptions { ToleranceSeconds = 0 });
            exact.Gaps.Should().Be(series.Timeline.Count - 1, "each 899 s reading ends a second before the next starts");
        }
        feed.Series.Sum(s => s.Timeline.Gaps).Should().Be(0);
    }
}
