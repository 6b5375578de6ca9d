using GreenButton.Synthetic;
using Xunit.Abstractions;

namespace GreenButton.Tests.Feeds;

/// <summary>
/// An opened <see cref="GreenButtonFeed"/> holds its entries without readings: what it keeps alive per IntervalBlock stays
/// bounded (about 0.9 KB today: the entry, its id and self href, the block, its statistics), measured after full
/// collections, so the figure is deterministic; the bound is generous, against a regression that keeps readings or
/// per-block working state (a block's 96 readings alone take 5.4 KB).
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class FeedRetainedMemoryTests(ITestOutputHelper output)
{
    private const int MaxBytesPerBlock = 1_100;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_opened_feed_keeps_a_bounded_number_of_bytes_per_IntervalBlock(bool spoolReadings)
    {
        var bytes = SyntheticFeed.ToBytes(SyntheticFeedOptions.Electricity(meters: 6, days: 150), out var truth);
        Retained(bytes, spoolReadings).Feed.Dispose(); // first run: the parser's and resolver's statics, JIT and type data are not the feed's
        var (retained, blocks, feed) = Retained(bytes, spoolReadings);
        using (feed)
        {
            output.WriteLine($"{blocks} blocks, {retained} bytes retained: {retained / blocks} B per block (spooled: {spoolReadings})");
            blocks.Should().Be(6 * 150);
            feed.Statistics.Count.Should().Be(truth.IntervalReadings);
            feed.Statistics.SumValue.Should().Be(truth.SumValue);
            (retained / blocks).Should().BeLessThan(MaxBytesPerBlock);
        }
    }

    private static (long Retained, int Blocks, GreenButtonFeed Feed) Retained(byte[] bytes, bool spoolReadings)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var feed = GreenButtonFeed.Open(() => new MemoryStream(bytes, writable: false), default, spoolReadings);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(feed);
        return (after - before, feed.Document.IntervalBlocks.Count, feed);
    }
}
