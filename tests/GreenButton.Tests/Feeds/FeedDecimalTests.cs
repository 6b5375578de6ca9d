using System.Globalization;
using static GreenButton.Tests.Fixture;

namespace GreenButton.Tests.Feeds;

/// <summary>
/// Values written as decimals (<c>0.62</c>, Duke Energy exports) through the streaming view: every figure of
/// <see cref="GreenButtonFeed"/> (readings, their scaled values, statistics, hourly and daily aggregates) equals what
/// <see cref="GreenButtonDocument"/> gives for the same input, whether the places stay or grow part way.
/// </summary>
public sealed class FeedDecimalTests
{
    private static string Value(long start, string value)
        => Fixture.Reading(start, 3600, 0).Replace("<value>0</value>", $"<value>{value}</value>", StringComparison.Ordinal);

    /// <summary>Hourly readings over two daily blocks (the second day's values given by <paramref name="second"/>), with or without a ReadingType.</summary>
    private static string DecimalFeed(string[] first, string[] second, int? power = 3)
    {
        var related = power is null ? [MeterReadingHref + "/IntervalBlock"] : new[] { MeterReadingHref + "/IntervalBlock", ReadingTypeHref };
        var entries = new List<string>
        {
            Entry(UsagePoint(0), self: UsagePointHref, up: Subscription + "/UsagePoint", related: [UsagePointHref + "/MeterReading"]),
            Entry(MeterReading(), self: MeterReadingHref, up: UsagePointHref + "/MeterReading", related: related),
            Entry(Block(June1, 86400, first.Select((v, i) => Value(June1 + (3600L * i), v)).ToArray()),
                self: MeterReadingHref + "/IntervalBlock/1", up: MeterReadingHref + "/IntervalBlock"),
            Entry(Block(June1 + 86400, 86400, second.Select((v, i) => Value(June1 + 86400 + (3600L * i), v)).ToArray()),
                self: MeterReadingHref + "/IntervalBlock/2", up: MeterReadingHref + "/IntervalBlock"),
        };
        if (power is { } p)
        {
            entries.Add(Entry(ReadingType(power: p, intervalLength: 3600), self: ReadingTypeHref, up: Base + "/ReadingType"));
        }
        return Feed([.. entries]);
    }

    /// <summary>Each way of opening a feed: parsed again from a file, from a seekable stream, and from spooled readings.</summary>
    private static IEnumerable<GreenButtonFeed> Feeds(string xml, string temp)
    {
        File.WriteAllText(temp, xml);
        yield return GreenButtonFeed.Open(temp);
        yield return GreenButtonFeed.Open(new MemoryStream(Utf8(xml)));
        yield return GreenButtonFeed.Open(() => new MemoryStream(Utf8(xml)), default, spoolReadings: true);
    }

    /// <summary>The document's scaled values of a meter reading, summed by the start of the local period they fall in.</summary>
    private static List<(long Start, decimal Value)> Sums(MeterReading meterReading, Func<DateTimeOffset, DateTimeOffset> period)
    {
        var tz = meterReading.UsagePoint?.LocalTimeParameters;
        return meterReading.Readings
            .Select(r => (Reading: r, Utc: DateTimeOffset.FromUnixTimeSeconds(r.StartSeconds)))
            .GroupBy(r => period(r.Utc.ToOffset(tz?.GetUtcOffset(r.Utc) ?? TimeSpan.Zero)).ToUnixTimeSeconds(), r => r.Reading)
            .Select(g => (g.Key, g.Sum(r => meterReading.Scale(r).Amount)))
            .OrderBy(p => p.Key)
            .ToList();
    }

    /// <summary>Every figure of every feed over <paramref name="xml"/> equals the document's; returns the document.</summary>
    private static GreenButtonDocument AssertFeedsMatchDocument(string xml)
    {
        var doc = Parse(xml);
        var mr = doc.MeterReadings.Single();
        var temp = Path.Combine(Path.GetTempPath(), $"gb-feeddec-{Guid.NewGuid():N}.xml");
        try
        {
            foreach (var feed in Feeds(xml, temp))
            {
                using (feed)
                {
                    var series = feed.Series.Single();
                    series.ReadingType?.PowerOfTenMultiplier.Should().Be(mr.ReadingType!.PowerOfTenMultiplier, "the feed folds as the document does");
                    var readings = feed.ReadIntervalReadings().ToList();
                    readings.Select(r => r.Reading.Value).Should().Equal(mr.Readings.Select(r => r.Value));
                    readings.Select(r => r.Reading.ValuePowerOfTen).Should().Equal(mr.Readings.Select(r => r.ValuePowerOfTen));
                    var scaled = mr.ReadingType is not null
                        ? mr.Readings.Select(r => mr.Scale(r).Amount).ToList()
                        : mr.Readings.Select(r => r.ScaledValue(new ReadingType()).Amount).ToList();
                    readings.Select(r => r.Value).Should().Equal(scaled);
                    readings.Select(r => series.Scale(r.Reading.Value)).Should().Equal(scaled, "raw values of one series scale alike");

                    series.Statistics.Should().BeEquivalentTo(ReadingStatistics.Of(mr));
                    series.Scale(series.Statistics.SumValue).Should().Be(scaled.Sum());
                    series.Scale(series.Statistics.MinValue!.Value).Should().Be(scaled.Min());
                    series.Scale(series.Statistics.MaxValue!.Value).Should().Be(scaled.Max());
                    feed.Statistics.SumValue.Should().Be(mr.Readings.Sum(r => r.Value));
                    for (var b = 0; b < 2; b++)
                    {
                        var expected = new ReadingStatistics();
                        foreach (var r in doc.IntervalBlocks[b].Readings)
                        {
                            expected.Add(r);
                        }
                        feed.StatisticsOf(feed.Document.IntervalBlocks[b]).Should().BeEquivalentTo(expected);
                    }

                    if (mr.ReadingType is not null)
                    {
                        feed.Aggregate(AggregationInterval.Hour).Select(a => (a.StartSeconds, a.Value!.Value))
                            .Should().Equal(Sums(mr, t => new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, 0, 0, t.Offset)));
                        feed.Aggregate(AggregationInterval.Day).Select(a => (a.StartSeconds, a.Value!.Value))
                            .Should().Equal(Sums(mr, t => new DateTimeOffset(t.Year, t.Month, t.Day, 0, 0, 0, t.Offset)));
                    }
                    feed.Diagnostics.Select(d => (d.Code, d.Message)).Should().BeEquivalentTo(doc.Diagnostics.Select(d => (d.Code, d.Message)));
                }
            }
        }
        finally
        {
            File.Delete(temp);
        }
        return doc;
    }

    [Fact]
    public void Decimal_values_with_the_same_places_give_the_documents_values_totals_and_aggregates()
    {
        var first = Enumerable.Range(0, 24).Select(i => $"0.{10 + (3 * i):D2}").ToArray();
        var second = Enumerable.Range(0, 24).Select(i => $"1.{5 + (2 * i):D2}").ToArray();
        var doc = AssertFeedsMatchDocument(DecimalFeed(first, second));
        doc.MeterReadings[0].ReadingType!.PowerOfTenMultiplier.Should().Be(1, "3 written, 2 places folded in");
        doc.MeterReadings[0].Readings.Sum(r => doc.MeterReadings[0].Scale(r).Amount).Should().Be(
            first.Concat(second).Sum(v => decimal.Parse(v, CultureInfo.InvariantCulture)) * 1000m);

        using var feed = GreenButtonFeed.Open(new MemoryStream(Utf8(DecimalFeed(first, second))));
        feed.ReadIntervalReadings().First().Value.Should().Be(100m, "0.10 at 10^3, not 10 at 10^3");
        feed.Aggregate(AggregationInterval.Day).Sum(a => a.Value).Should().Be(
            first.Concat(second).Sum(v => decimal.Parse(v, CultureInfo.InvariantCulture)) * 1000m, "the days add up to what was written");
    }

    [Fact]
    public void Decimal_places_that_grow_part_way_are_brought_to_the_finest_power_as_the_document_brings_them()
    {
        // 1, 2 read as integers; 0.5 gains a place, 0.25 another: within a block and across blocks.
        string[] first = ["1", "2", "0.5", "3"];
        string[] second = ["0.25", "4", "1.5"];
        var doc = AssertFeedsMatchDocument(DecimalFeed(first, second, power: 0));
        var mr = doc.MeterReadings[0];
        mr.ReadingType!.PowerOfTenMultiplier.Should().Be(-2);
        mr.Readings.Select(r => mr.Scale(r).Amount).Should().Equal(1m, 2m, 0.5m, 3m, 0.25m, 4m, 1.5m);

        using var feed = GreenButtonFeed.Open(new MemoryStream(Utf8(DecimalFeed(first, second, power: 0))));
        feed.ReadIntervalReadings().Select(r => r.Value).Should().Equal(1m, 2m, 0.5m, 3m, 0.25m, 4m, 1.5m);
        feed.Series[0].Scale(feed.Series[0].Statistics.SumValue).Should().Be(12.25m);
        feed.Aggregate(AggregationInterval.Hour).Select(a => a.Value).Should().Equal(1m, 2m, 0.5m, 3m, 0.25m, 4m, 1.5m);
    }

    [Fact]
    public void Decimal_values_of_a_series_without_a_reading_type_keep_their_power_and_scale_to_the_numbers_written()
    {
        string[] first = ["0.62", "1.5"];
        string[] second = ["2", "0.125"];
        AssertFeedsMatchDocument(DecimalFeed(first, second, power: null));

        using var feed = GreenButtonFeed.Open(new MemoryStream(Utf8(DecimalFeed(first, second, power: null))));
        feed.ReadIntervalReadings().Select(r => r.Value).Should().Equal(0.62m, 1.5m, 2m, 0.125m);
        feed.Series[0].Scale(feed.Series[0].Statistics.SumValue).Should().Be(4.245m);
    }

    [Fact]
    public void Integer_values_are_unchanged()
    {
        var xml = StandardFeed();
        var doc = Parse(xml);
        using var feed = GreenButtonFeed.Open(new MemoryStream(Utf8(xml)), default);
        feed.Series[0].ReadingType!.PowerOfTenMultiplier.Should().Be(0);
        feed.ReadIntervalReadings().Select(r => r.Value).Should().Equal(doc.MeterReadings[0].Readings.Select(r => (decimal)r.Value));
        feed.Series[0].Statistics.Should().BeEquivalentTo(ReadingStatistics.Of(doc.MeterReadings[0]));
        feed.Aggregate(AggregationInterval.Day).Select(a => (a.StartSeconds, a.Value!.Value)).Should().Equal(
            Sums(doc.MeterReadings[0], t => new DateTimeOffset(t.Year, t.Month, t.Day, 0, 0, 0, t.Offset)));
        feed.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.DecimalValue);
    }
}
