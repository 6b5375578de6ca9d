using System.Globalization;
using System.Text;
using static GreenButton.Tests.Validation.ConformantFeed;

namespace GreenButton.Tests.Validation;

/// <summary>
/// The validator's <c>reading-gap</c> follows <see cref="ReadingTimeline"/>'s rule (a second of tolerance, instantaneous
/// readings standing for their period): the validator and the summary agree on every fixture.
/// </summary>
public sealed class ValidatorTimelineAgreementTests
{
    private const string MeterReadingId = "urn:uuid:mr-elec-wh";

    [Fact]
    public void Readings_of_899_s_every_900_s_leave_no_gap()
    {
        var xml = WithReadings(Series(Start, 96, 900, 899));
        Gaps(xml).Should().Be(0);
        Quirks(xml).Should().NotContain([ValidationCodes.ReadingGap, DiagnosticCodes.OverlappingReading]);
        TimelineGaps(xml).Should().Be(0);
    }

    [Fact]
    public void Readings_of_899_s_with_an_hour_missing_leave_one_gap_of_its_seconds()
    {
        var readings = Series(Start, 96, 900, 899).Where((_, i) => i is < 40 or >= 44).ToList();
        var xml = WithReadings(readings);
        var gap = Validate(xml).Violations.Single(v => v.Code == ValidationCodes.ReadingGap);
        gap.Count.Should().Be(1);
        gap.Message.Should().Contain("1 gap").And.Contain($"{(5 * 900) - 899} s");
        TimelineGaps(xml).Should().Be(1);
    }

    [Theory]
    [InlineData("60")]
    [InlineData(null)]
    public void Instantaneous_samples_a_minute_apart_leave_no_gap(string? intervalLength)
    {
        var xml = WithIntervalLength(WithReadings(Series(Start, 24 * 60, 60, 0)), intervalLength);
        Gaps(xml).Should().Be(0);
        Quirks(xml).Should().NotContain([ValidationCodes.ReadingGap, DiagnosticCodes.OverlappingReading]);
        TimelineGaps(xml).Should().Be(0);
    }

    [Theory]
    [InlineData("60")]
    [InlineData(null)]
    public void A_missing_sample_and_a_missing_hour_of_samples_are_two_gaps(string? intervalLength)
    {
        var readings = Series(Start, 24 * 60, 60, 0).Where((_, i) => i != 100 && i is < 600 or >= 660).ToList();
        var xml = WithIntervalLength(WithReadings(readings), intervalLength);
        var gap = Validate(xml).Violations.Single(v => v.Code == ValidationCodes.ReadingGap);
        gap.Count.Should().Be(2);
        gap.Message.Should().Contain("the first from 2023-06-01T08:40:00Z for 60 s");
        TimelineGaps(xml).Should().Be(2);
    }

    [Fact]
    public void Blocks_of_samples_meet_by_the_samples_period()
    {
        // The second block starts a minute after the first block's last sample: contiguous; two minutes after: a gap.
        var first = Series(Start, 60, 60, 0);
        var contiguous = WithSecondBlock(WithIntervalLength(WithReadings(first), null), Series(Start + 3600, 60, 60, 0));
        Gaps(contiguous).Should().Be(0);
        TimelineGaps(contiguous).Should().Be(0);
        var apart = WithSecondBlock(WithIntervalLength(WithReadings(first), null), Series(Start + 3660, 60, 60, 0));
        Gaps(apart).Should().Be(1);
        TimelineGaps(apart).Should().Be(1);
    }

    [Fact]
    public void A_block_of_one_sample_lasts_the_period_of_the_others()
    {
        var xml = WithSecondBlock(WithReadings(Series(Start, 60, 60, 0)), [(Start + 3600, 0)]);
        xml = WithIntervalLength(xml, null);
        Gaps(xml).Should().Be(0);
        TimelineGaps(xml).Should().Be(0);
    }

    [Fact]
    public void Exact_ends_of_900_s_readings_with_a_second_of_jitter_leave_no_gap()
    {
        var readings = Series(Start, 96, 900, 900).Select((r, i) => (r.Start + (i % 2), r.Duration)).ToList();
        var xml = WithReadings(readings);
        Quirks(xml).Should().NotContain([ValidationCodes.ReadingGap, DiagnosticCodes.OverlappingReading]);
        TimelineGaps(xml).Should().Be(0);
    }

    private static List<(long Start, long Duration)> Series(long start, int count, long spacing, long duration)
        => [.. Enumerable.Range(0, count).Select(i => (start + (i * spacing), duration))];

    private static string BlockXml(IReadOnlyList<(long Start, long Duration)> readings)
    {
        var start = readings[0].Start;
        var end = readings.Max(r => r.Start + Math.Max(r.Duration, 60));
        var sb = new StringBuilder("<IntervalBlock xmlns=\"http://naesb.org/espi\">");
        sb.Append(CultureInfo.InvariantCulture, $"<interval><duration>{end - start}</duration><start>{start}</start></interval>");
        foreach (var (at, duration) in readings)
        {
            sb.Append(ConformantFeed.Reading(at, ReadingValue, duration));
        }
        return sb.Append("</IntervalBlock>").ToString();
    }

    /// <summary>The feed with the electricity meter reading's block holding <paramref name="readings"/>.</summary>
    private static string WithReadings(IReadOnlyList<(long Start, long Duration)> readings)
        => Replace("ib-elec-wh", "<IntervalBlock .*</IntervalBlock>", BlockXml(readings).Replace("$", "$$", StringComparison.Ordinal));

    private static string WithSecondBlock(string xml, IReadOnlyList<(long Start, long Duration)> readings)
    {
        const string Up = Base + "/Subscription/5/UsagePoint/1/MeterReading/1";
        return InEntry("ib-elec-wh", e => e + Entry("ib-elec-wh-2", Up + "/IntervalBlock/2", Up + "/IntervalBlock", [], BlockXml(readings)), xml);
    }

    /// <summary>The feed with the electricity ReadingType's intervalLength set, or removed when null.</summary>
    private static string WithIntervalLength(string xml, string? intervalLength)
        => intervalLength is null
            ? Without("rt-elec-wh", "intervalLength", xml)
            : Replace("rt-elec-wh", "<intervalLength>900</intervalLength>", $"<intervalLength>{intervalLength}</intervalLength>", xml);

    /// <summary>The validator's count of gaps for the electricity meter reading (0 without a reading-gap).</summary>
    private static int Gaps(string xml)
        => Validate(xml).Violations.Where(v => v.Code == ValidationCodes.ReadingGap && v.EntryId == MeterReadingId).Sum(v => v.Count);

    /// <summary>What the summary counts: the meter reading's <see cref="ReadingTimeline"/>.</summary>
    private static long TimelineGaps(string xml)
    {
        var document = GreenButtonDocument.Load(new MemoryStream(Encoding.UTF8.GetBytes(xml)));
        var meterReading = document.MeterReadings.Single(m => m.Entry?.Id == MeterReadingId);
        return ReadingTimeline.Of(meterReading).Gaps;
    }

    private static HashSet<string> Quirks(string xml) => [.. Validate(xml).Violations.Where(v => v.Source == ViolationSource.Quirk).Select(v => v.Code)];
}
