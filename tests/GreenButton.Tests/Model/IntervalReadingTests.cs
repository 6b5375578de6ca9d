namespace GreenButton.Tests.Model;

/// <summary>IntervalReading is a small value type: times in Unix seconds, optional parts, value equality.</summary>
public sealed class IntervalReadingTests
{
    private static readonly DateTimeOffset s_start = new(2023, 6, 1, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_reading_is_56_bytes_with_two_references()
    {
        // What a document holds per reading: the benchmarks' memory figures depend on it.
        System.Runtime.CompilerServices.Unsafe.SizeOf<IntervalReading>().Should().Be(56);
        typeof(IntervalReading).GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)
            .Count(f => !f.FieldType.IsValueType).Should().Be(2, "the qualities and the shared hrefs");
    }

    [Fact]
    public void Readings_of_one_block_share_their_hrefs_and_compare_by_value()
    {
        var readings = Fixture.Stream(Fixture.StandardFeed());
        readings[0].BlockHref.Should().Be(Fixture.MeterReadingHref + "/IntervalBlock/1");
        readings[0].MeterReadingHref.Should().Be(Fixture.MeterReadingHref + "/IntervalBlock");
        var made = new IntervalReading(readings[0].Start, readings[0].Duration, readings[0].Value, blockHref: readings[0].BlockHref);
        made.BlockHref.Should().Be(readings[0].BlockHref);
        made.MeterReadingHref.Should().BeNull();
        made.Should().NotBe(readings[0], "the meter reading href differs");
        new IntervalReading(s_start, TimeSpan.FromMinutes(15), 5).BlockHref.Should().BeNull();
    }

    [Fact]
    public void Public_constructor_sets_times_value_cost_and_qualities()
    {
        var reading = new IntervalReading(s_start, TimeSpan.FromMinutes(15), 250, 1234, [new ReadingQuality(QualityOfReading.Valid)], "https://x.example/IntervalBlock/1");
        reading.StartSeconds.Should().Be(s_start.ToUnixTimeSeconds());
        reading.DurationSeconds.Should().Be(900);
        reading.End.Should().Be(s_start.AddMinutes(15));
        reading.Value.Should().Be(250);
        reading.HasValue.Should().BeTrue();
        reading.HasTimePeriod.Should().BeTrue();
        reading.Cost.Should().Be(1234);
        reading.CostAmount.Should().Be(0.01234m);
        reading.Qualities.Should().ContainSingle().Which.Quality.Should().Be(QualityOfReading.Valid);
        reading.BlockHref.Should().Be("https://x.example/IntervalBlock/1");
        reading.Tou.Should().BeNull();
        reading.Cpp.Should().BeNull();
        reading.ConsumptionTier.Should().BeNull();
    }

    [Fact]
    public void Readings_are_equal_by_value()
    {
        var a = new IntervalReading(s_start, TimeSpan.FromHours(1), 5, 7);
        var b = new IntervalReading(s_start, TimeSpan.FromHours(1), 5, 7);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a != new IntervalReading(s_start, TimeSpan.FromHours(1), 5)).Should().BeTrue("a cost of 7 differs from no cost");
        (a != new IntervalReading(s_start, TimeSpan.FromHours(1), 6, 7)).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
    }

    [Fact]
    public void Default_reading_has_nothing()
    {
        var reading = default(IntervalReading);
        reading.HasValue.Should().BeFalse();
        reading.HasTimePeriod.Should().BeFalse();
        reading.Cost.Should().BeNull();
        reading.Qualities.Should().BeEmpty();
        reading.Start.Should().Be(DateTimeOffset.UnixEpoch);
    }

    [Fact]
    public void ToString_shows_the_utc_start_duration_value_and_cost()
        => new IntervalReading(s_start, TimeSpan.FromHours(1), 5, 7).ToString().Should().Be("2023-06-01T07:00:00Z +3600s value 5 cost 7");

    [Fact]
    public void Times_beyond_DateTimeOffset_range_are_clamped_not_thrown()
    {
        var xml = Fixture.Feed(Fixture.Entry(Fixture.Block(0, 60, $"<IntervalReading><timePeriod><duration>60</duration><start>-99999999999</start></timePeriod><value>1</value></IntervalReading>")));
        var reading = Fixture.Parse(xml).IntervalBlocks.Single().Readings.Single();
        reading.Start.Should().Be(DateTimeOffset.MinValue.ToUniversalTime());
    }

    [Fact]
    public void DateTimeInterval_exposes_start_end_and_duration()
    {
        var interval = new DateTimeInterval(1685602800, 86400);
        interval.HasStart.Should().BeTrue();
        interval.HasDuration.Should().BeTrue();
        interval.Start.Should().Be(s_start);
        interval.End.Should().Be(s_start.AddDays(1));
        interval.EndSeconds.Should().Be(1685602800 + 86400);
        interval.ToString().Should().Be("2023-06-01T07:00:00Z/1.00:00:00");
    }

    [Fact]
    public void Interval_missing_its_start_or_duration_says_so()
    {
        var xml = Fixture.Feed(Fixture.Entry($"<IntervalBlock xmlns=\"{Fixture.Espi}\"><interval><duration>60</duration></interval></IntervalBlock>"));
        var interval = Fixture.Parse(xml).IntervalBlocks.Single().Interval!.Value;
        interval.HasStart.Should().BeFalse();
        interval.HasDuration.Should().BeTrue();
    }
}
