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

    [Fact]
    public void A_second_of_jitter_is_contiguous_by_default_and_a_gap_when_exact()
    {
        var timeline = new ReadingTimeline(899);
        for (var k = 0; k < 96; k++)
        {
            timeline.Add(900L * k, 899); // Con Edison: 899 s readings every 900 s
        }
        timeline.Add(900L * 96, 900); // a second after the last 899 s reading: still follows
        timeline.Add((900L * 97) + 5, 900); // five seconds late: a gap of 5 s

        timeline.Gaps.Should().Be(1);
        timeline.MissingSeconds.Should().Be(5);
        timeline.Overlaps.Should().Be(0);
        timeline.Options.ToleranceSeconds.Should().BeNull();

        var exact = timeline.WithOptions(new ReadingTimelineOptions { ToleranceSeconds = 0 });
        exact.Gaps.Should().Be(97);
        exact.MissingSeconds.Should().Be(96 + 5);
        exact.Count.Should().Be(timeline.Count);
    }

    [Fact]
    public void A_reading_a_second_too_long_is_not_an_overlap_within_the_tolerance()
    {
        var timeline = new ReadingTimeline(3600);
        timeline.Add(0, 3601);
        timeline.Add(3600, 3601);
        timeline.Add(7199, 3600); // starts 2 s before the previous end
        timeline.Overlaps.Should().Be(1);
        timeline.Gaps.Should().Be(0);
        timeline.WithOptions(new ReadingTimelineOptions { ToleranceSeconds = 2 }).Overlaps.Should().Be(0);
    }

    [Fact]
    public void Instantaneous_readings_stand_for_the_interval_length()
    {
        var timeline = new ReadingTimeline(60);
        for (var k = 0; k < 1440; k++)
        {
            if (k is not (100 or 101))
            {
                timeline.Add(60L * k, 0); // one-minute samples, two missing
            }
        }
        timeline.InstantaneousReadings.Should().Be(1438);
        timeline.InstantPeriod.Should().Be(60);
        timeline.Gaps.Should().Be(1);
        timeline.MissingSeconds.Should().Be(120);
        timeline.MissingIntervals.Should().Be(2);
        timeline.Duplicates.Should().Be(0);
        timeline.Overlaps.Should().Be(0);
        timeline.LastEnd.Should().Be(60L * 1439, "an instantaneous reading ends where it starts");
    }

    [Fact]
    public void Without_an_interval_length_instantaneous_readings_go_by_their_smallest_spacing()
    {
        var timeline = new ReadingTimeline();
        foreach (var start in new long[] { 0, 300, 600, 1500, 1800, 1800 })
        {
            timeline.Add(start, 0);
        }
        timeline.InstantPeriod.Should().Be(300);
        timeline.Gaps.Should().Be(1);
        timeline.MissingSeconds.Should().Be(600);
        timeline.Duplicates.Should().Be(1);

        var stated = timeline.WithOptions(new ReadingTimelineOptions { InstantPeriodSeconds = 900 });
        stated.InstantPeriod.Should().Be(900);
        stated.Gaps.Should().Be(0);
        stated.Overlaps.Should().Be(3, "samples 300 s apart standing for 900 s each overlap");
    }

    [Fact]
    public void A_lone_instantaneous_reading_has_no_period_to_go_by()
    {
        var timeline = new ReadingTimeline();
        timeline.Add(1000, 0);
        timeline.InstantPeriod.Should().Be(0);
        timeline.Gaps.Should().Be(0);
        new ReadingTimeline().InstantPeriod.Should().BeNull();
    }

    [Fact]
    public void Options_out_of_range_are_refused()
    {
        var negative = () => new ReadingTimeline(900, new ReadingTimelineOptions { ToleranceSeconds = -1 });
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ToleranceSeconds");
        var zero = () => new ReadingTimeline(900, new ReadingTimelineOptions { InstantPeriodSeconds = 0 });
        zero.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("InstantPeriodSeconds");
    }

    [Fact]
    public void Regular_readings_keep_one_run_whatever_their_spacing()
    {
        // 899 s readings every 900 s, and samples every 60 s, added one by one, measure as one run each would.
        var jittered = new ReadingTimeline(900);
        var samples = new ReadingTimeline(60);
        for (var k = 0; k < 10_000; k++)
        {
            jittered.Add(900L * k, 899);
            samples.Add(60L * k, 0);
        }
        jittered.Gaps.Should().Be(0);
        samples.Gaps.Should().Be(0);
        jittered.RunCount.Should().Be(1);
        samples.RunCount.Should().Be(1);
    }

    [Fact]
    public void Jittered_and_instantaneous_figures_do_not_depend_on_order_or_on_runs()
    {
        var readings = Gen.Select(Gen.Long[0, 60], Gen.OneOfConst(0L, 299L, 300L, 301L, 600L)).Array[1, 40];
        Gen.Select(readings, Gen.Int, Gen.Long[0, 3]).Sample((spans, seed, tolerance) =>
        {
            var options = new ReadingTimelineOptions { ToleranceSeconds = tolerance };
            var sorted = spans.Select(r => (Start: r.Item1 * 300, Duration: r.Item2)).OrderBy(r => r.Start).ToArray();
            var inOrder = new ReadingTimeline(null, options);
            var shuffled = new ReadingTimeline(null, options);
            var oneByOne = new ReadingTimeline(null, options);
            foreach (var (start, duration) in sorted)
            {
                inOrder.Add(start, duration);
            }
            foreach (var (start, duration) in sorted.OrderBy(_ => new Random(seed).Next()))
            {
                shuffled.Add(start, duration);
            }
            // The same readings through a block (runs of one spacing) and through another timeline.
            var block = new IntervalBlock
            {
                Readings = [.. sorted.Select(r => new IntervalReading(DateTimeOffset.FromUnixTimeSeconds(r.Start), TimeSpan.FromSeconds(r.Duration), 1))],
            };
            var byBlock = new ReadingTimeline(null, options);
            byBlock.Add(block);
            oneByOne.Add(byBlock);
            return Figures(inOrder) == Figures(shuffled) && Figures(inOrder) == Figures(byBlock) && Figures(inOrder) == Figures(oneByOne);
        });

        static (long, long, long, long, long?, long?, long?) Figures(ReadingTimeline t)
            => (t.Duplicates, t.Overlaps, t.Gaps, t.MissingSeconds, t.InstantPeriod, t.FirstStart, t.LastEnd);
    }

    [Fact]
    public void Readme_timeline_snippet_takes_jitter_as_contiguous_unless_told_otherwise()
    {
        #region snippet:timeline
        var timeline = new ReadingTimeline(intervalLength: 900); // Con Edison writes 899 s readings every 900 s
        for (var k = 0; k < 96; k++)
        {
            timeline.Add(startSeconds: 900L * k, durationSeconds: 899);
        }
        var exact = timeline.WithOptions(new ReadingTimelineOptions { ToleranceSeconds = 0 });
        Console.WriteLine($"{timeline.Gaps} gaps; {exact.Gaps} with exact ends"); // 0 gaps; 95 with exact ends
        #endregion
        timeline.Gaps.Should().Be(0);
        exact.Gaps.Should().Be(95);
        exact.MissingSeconds.Should().Be(95);
    }
}
