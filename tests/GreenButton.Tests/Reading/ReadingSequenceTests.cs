using System.Collections;
using System.Text;

namespace GreenButton.Tests.Reading;

/// <summary>
/// The enumerator behind ReadIntervalReadings (batches handed out without iterators) and the value reader beneath it
/// (one ReadValueChunk per value where the framework's reader allows): both must keep every reading exactly.
/// </summary>
public sealed class ReadingSequenceTests
{
    /// <summary>
    /// Long values (19 digits, and 70-digit zero-padded ones that overflow the parser's first buffer) behind varying
    /// white space, so that values straddle the XML reader's buffer boundaries at many offsets.
    /// </summary>
    private static (string Xml, long[] Values) StraddlingFeed(int count)
    {
        var random = new Random(7);
        var values = new long[count];
        var readings = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            values[i] = i % 5 == 0 ? i : long.MaxValue - random.NextInt64(1_000_000_000);
            var text = i % 7 == 0 ? values[i].ToString("D70", System.Globalization.CultureInfo.InvariantCulture) : values[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
            readings.Append(new string(' ', random.Next(0, 97)));
            readings.Append(Fixture.Reading(Fixture.June1 + (900L * i), 900, 0).Replace("<value>0</value>", $"<value>{text}</value>", StringComparison.Ordinal));
        }
        var block = $"<IntervalBlock xmlns=\"{Fixture.Espi}\"><interval><duration>{900L * count}</duration><start>{Fixture.June1}</start></interval>{readings}</IntervalBlock>";
        return (Fixture.Feed(Fixture.Entry(block, self: Fixture.MeterReadingHref + "/IntervalBlock/1", up: Fixture.MeterReadingHref + "/IntervalBlock")), values);
    }

    [Fact]
    public void Values_straddling_buffer_boundaries_are_read_whole_from_every_input_shape()
    {
        var (xml, values) = StraddlingFeed(1500);
        var bytes = Fixture.Utf8(xml);
        bytes.Length.Should().BeGreaterThan(8 * 4096, "the values must cross many of the reader's buffer boundaries");

        Fixture.Stream(xml).Select(r => r.Value).Should().Equal(values);
        GreenButtonReader.ReadIntervalReadings(new MemoryStream(bytes)).Select(r => r.Value).Should().Equal(values);
        GreenButtonReader.ReadIntervalReadings(new OneByteStream(bytes)).Select(r => r.Value).Should().Equal(values);
        Fixture.Entries(xml).SelectMany(e => ((IntervalBlock)e.Resource!).Readings).Select(r => r.Value).Should().Equal(values);
        GreenButtonDocument.Load(new OneByteStream(bytes)).IntervalBlocks.Single().Readings.Select(r => r.Value).Should().Equal(values);
    }

    [Fact]
    public void Enumerator_follows_the_IEnumerator_contract()
    {
        using var enumerator = GreenButtonReader.ReadIntervalReadings(Fixture.PathOf("usage.xml")).GetEnumerator();
        enumerator.Current.Should().Be(default(IntervalReading), "Current before MoveNext is the default reading");
        var values = new List<long>();
        while (enumerator.MoveNext())
        {
            values.Add(enumerator.Current.Value);
            ((IEnumerator)enumerator).Current.Should().Be(enumerator.Current);
        }
        values.Should().HaveCount(4);
        enumerator.MoveNext().Should().BeFalse("an ended enumerator stays ended");
        enumerator.Current.Should().Be(default(IntervalReading));
        enumerator.Invoking(e => e.Reset()).Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void Disposing_part_way_closes_the_file()
    {
        using var folder = new Fixture.TempFolder();
        var path = Path.Combine(folder.Path, "feed.xml");
        File.WriteAllText(path, Fixture.StandardFeed());
        using (var enumerator = GreenButtonReader.ReadIntervalReadings(path).GetEnumerator())
        {
            enumerator.MoveNext().Should().BeTrue();
            enumerator.Current.Value.Should().Be(100);
            IsOpen(path).Should().BeTrue("the check must see an open file");
        }
        IsOpen(path).Should().BeFalse();
    }

    /// <summary>Whether this process holds the file open: /proc on Linux, an exclusive open elsewhere.</summary>
    private static bool IsOpen(string path)
    {
        if (Directory.Exists("/proc/self/fd"))
        {
            return new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos().Any(fd =>
            {
                try
                {
                    return fd.LinkTarget == path;
                }
                catch (IOException)
                {
                    return false; // closed while listed
                }
            });
        }
        try
        {
            using var exclusive = File.Open(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    [Fact]
    public void An_error_part_way_ends_the_enumeration_after_the_readings_before_it()
    {
        var xml = Fixture.StandardFeed();
        var cut = xml[..xml.IndexOf("<value>210</value>", StringComparison.Ordinal)] + "<value>2<oops></value>";
        var seen = new List<long>();
        using var enumerator = GreenButtonReader.ReadIntervalReadings(new MemoryStream(Fixture.Utf8(cut)), new GreenButtonReaderOptions { SourceName = "cut.xml" }).GetEnumerator();
        var act = () =>
        {
            while (enumerator.MoveNext())
            {
                seen.Add(enumerator.Current.Value);
            }
        };
        act.Should().Throw<GreenButtonException>().Where(e => e.Source == "cut.xml" && e.Line > 0 && e.Column > 0);
        seen.Should().HaveCount(24 + 10, "every reading before the malformed one was handed out");
        enumerator.MoveNext().Should().BeFalse();
    }

    [Fact]
    public void Readings_held_until_the_entry_links_are_handed_out_in_order()
    {
        // Links after the content: the block's readings wait for the self link, then come out in order.
        var block = Fixture.Block(Fixture.June1, 86400, Fixture.Hourly(Fixture.June1, 24));
        var entry = $"<entry><id>late</id><content>{block}</content><link rel=\"self\" href=\"{Fixture.MeterReadingHref}/IntervalBlock/9\"/></entry>";
        var readings = Fixture.Stream(Fixture.Feed(entry, Fixture.StandardEntries()[4]));
        readings.Should().HaveCount(48);
        readings.Take(24).Should().OnlyContain(r => r.BlockHref == Fixture.MeterReadingHref + "/IntervalBlock/9");
        readings.Take(24).Select(r => r.Value).Should().Equal(Enumerable.Range(100, 24).Select(v => (long)v));
        readings.Skip(24).Should().OnlyContain(r => r.BlockHref == Fixture.MeterReadingHref + "/IntervalBlock/1");
    }
}
