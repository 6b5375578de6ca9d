using CsCheck;

namespace GreenButton.Tests.Feeds;

/// <summary>The one set of sequence rules: duplicates, overlaps, gaps, readings outside their block, untimed placement.</summary>
public sealed class ReadingTimelineTests
{
    [Fact]
    public void Counts_duplicates_overlaps_and_gaps_in_start_order()
    {
        var timeline = new ReadingTimeline(900);
        timeline.Add(0, 900, 4);      // 0..3600
        timeline.Add(2700, 900);      // duplicate of the 4th
        timeline.Add(3000, 900);      // overlaps
        timeline.Add(7200, 900, 2);   // a gap of 3300 s (after 3900)

        timeline.Count.Should().Be(8);
        timeline.InStartOrder.Should().BeTrue();
        timeline.Duplicates.Should().Be(1);
        timeline.Overlaps.Should().Be(1);
        timeline.Gaps.Should().Be(1);
        timeline.MissingSeconds.Should().Be(3300);
        timeline.MissingIntervals.Should().Be(3);
        timeline.FirstStart.Should().Be(0);
        timeline.LastEnd.Should().Be(9000);
    }

    [Fact]
    public void Readings_outside_their_block_are_counted()
    {
        var timeline = new ReadingTimeline();
        var block = new DateTimeInterval(3600, 3600);
        timeline.Add(0, 900, 8, block); // 0..7200: the first four start before the block
        timeline.Add(7200, 900, 1, block); // after it
        timeline.OutsideBlock.Should().Be(5);
    }

    [Fact]
    public void Untimed_readings_follow_the_previous_one_for_the_interval_length()
    {
        var block = new DateTimeInterval(1000, 3600);
        ReadingTimeline.PlaceUntimed(block, false, 0, 0, 900).Should().Be((1000L, 900L));
        ReadingTimeline.PlaceUntimed(block, true, 1900, 600, 900).Should().Be((1900L, 900L));
        ReadingTimeline.PlaceUntimed(block, true, 1900, 600, null).Should().Be((1900L, 600L), "without an interval length, the previous reading's");
        ReadingTimeline.PlaceUntimed(null, false, 0, 0, null).Should().Be((0L, 0L));
    }

    [Fact]
    public void The_figures_do_not_depend_on_the_order_readings_are_added_in()
    {
        var spans = Gen.Select(Gen.Long[0, 40], Gen.Long[0, 3], (start, duration) => (Start: start * 300, Duration: duration * 300)).Array[1, 30];
        spans.Select(Gen.Int).Sample((readings, seed) =>
        {
            var inOrder = new ReadingTimeline(300);
            foreach (var (start, duration) in readings.OrderBy(r => r.Start))
            {
                inOrder.Add(start, duration);
            }
            var shuffled = new ReadingTimeline(300);
            foreach (var (start, duration) in readings.OrderBy(_ => new Random(seed).Next()))
            {
                shuffled.Add(start, duration);
            }
            return (inOrder.Duplicates, inOrder.Overlaps, inOrder.Gaps, inOrder.MissingSeconds, inOrder.FirstStart, inOrder.LastEnd)
                == (shuffled.Duplicates, shuffled.Overlaps, shuffled.Gaps, shuffled.MissingSeconds, shuffled.FirstStart, shuffled.LastEnd);
        });
    }

    [Fact]
    public void Runs_count_as_their_readings_one_by_one()
    {
        Gen.Select(Gen.Long[0, 100], Gen.Long[0, 5], Gen.Long[1, 20]).Array[1, 10].Sample(runs =>
        {
            var byRun = new ReadingTimeline();
            var byReading = new ReadingTimeline();
            foreach (var (start, duration, count) in runs)
            {
                byRun.Add(start * 60, duration * 60, count);
                for (long k = 0; k < count; k++)
                {
                    byReading.Add((start * 60) + (duration * 60 * k), duration * 60);
                }
            }
            return (byRun.Count, byRun.Duplicates, byRun.Overlaps, byRun.Gaps, byRun.MissingSeconds, byRun.LastEnd)
                == (byReading.Count, byReading.Duplicates, byReading.Overlaps, byReading.Gaps, byReading.MissingSeconds, byReading.LastEnd);
        });
    }
}
