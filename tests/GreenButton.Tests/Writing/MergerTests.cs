using GreenButton.Synthetic;
using GreenButton.Tests.Corpus;

namespace GreenButton.Tests.Writing;

public sealed class MergerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("greenbutton-merge-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly SyntheticFeedOptions s_feed = new()
    {
        UsagePoints = [new SyntheticUsagePoint { WithCost = true, WithQuality = true, WithUsageSummaries = true }, new SyntheticUsagePoint { Kind = ServiceKind.Gas, IntervalSeconds = 3600 }],
        Days = 10,
        StartDate = new DateOnly(2023, 3, 8),
    };

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A feed of the descriptive entries and the blocks from <paramref name="from"/> (fraction) to <paramref name="to"/>.</summary>
    private string Part(GreenButtonDocument doc, string name, double from, double to)
    {
        var blocks = doc.Entries.Where(e => e.Resource is IntervalBlock).ToList();
        var kept = doc.Entries.Where(e => e.Resource is not IntervalBlock || blocks.IndexOf(e) is var i && i >= (int)(from * blocks.Count) && i < (int)Math.Ceiling(to * blocks.Count));
        using var output = new MemoryStream();
        using (var writer = new GreenButtonWriter(output))
        {
            writer.WriteFeedStart(doc.FeedId, doc.FeedTitle, doc.FeedUpdated, doc.FeedLinks);
            foreach (var entry in kept)
            {
                writer.WriteEntry(entry);
            }
            writer.WriteFeedEnd();
        }
        return Write(name, output.ToArray());
    }

    private static byte[] Merge(IReadOnlyList<string> inputs, out GreenButtonMergeResult result, MergePreference prefer = MergePreference.First)
    {
        using var output = new MemoryStream();
        result = GreenButtonMerger.Merge(inputs, output, new GreenButtonMergeOptions { Prefer = prefer });
        return output.ToArray();
    }

    /// <summary>The document's data whatever the order of its entries.</summary>
    private static string Sorted(GreenButtonDocument doc)
        => ModelDump.Of(GreenButtonDocument.FromEntries(doc.Entries.OrderBy(e => e.SelfHref, StringComparer.Ordinal).ToList()));

    private void Halves_merge_into_the_original(string original)
    {
        var doc = GreenButtonDocument.Load(original);
        var first = Part(doc, "first.xml", 0, 0.6);
        var second = Part(doc, "second.xml", 0.4, 1);
        var merged = GreenButtonDocument.Load(new MemoryStream(Merge([first, second], out var result)));
        result.Conflicts.Should().BeEmpty();
        result.DuplicateReadings.Should().BePositive("the halves overlap");
        Sorted(merged).Should().Be(Sorted(GreenButtonDocument.Load(original)));
    }

    [Fact]
    public void Two_overlapping_halves_of_a_feed_merge_into_the_original()
        => Halves_merge_into_the_original(Write("original.xml", SyntheticFeed.ToBytes(s_feed, out _)));

    [CorpusFact]
    public void Two_overlapping_halves_of_a_corpus_file_merge_into_the_original()
        => Halves_merge_into_the_original(SharedCorpus.PathOf("GreenButtonAlliance__OpenESPI-Common-java/test_usage_data.xml"));

    [Fact]
    public void One_input_gives_a_normalised_rewrite()
    {
        var original = Write("original.xml", SyntheticFeed.ToBytes(s_feed, out _));
        var merged = GreenButtonDocument.Load(new MemoryStream(Merge([original], out var result)));
        result.Conflicts.Should().BeEmpty();
        result.DuplicateEntries.Should().Be(0);
        Sorted(merged).Should().Be(Sorted(GreenButtonDocument.Load(original)));
    }

    [Theory]
    [InlineData(MergePreference.First)]
    [InlineData(MergePreference.Last)]
    public void Different_values_for_one_reading_are_conflicts_with_both_values_and_the_preferred_one_kept(MergePreference prefer)
    {
        var options = s_feed with { Days = 2, UsagePoints = [new SyntheticUsagePoint { WithCost = true }] };
        var a = Write("a.xml", SyntheticFeed.ToBytes(options, out _));
        var b = Write("b.xml", SyntheticFeed.ToBytes(options with { Seed = 8 }, out _));
        var readingsA = GreenButtonReader.ReadIntervalReadings(a).ToDictionary(r => r.StartSeconds);
        var readingsB = GreenButtonReader.ReadIntervalReadings(b).ToDictionary(r => r.StartSeconds);
        var differing = readingsA.Keys.Where(k => readingsA[k].Value != readingsB[k].Value || readingsA[k].Cost != readingsB[k].Cost).ToList();
        differing.Should().NotBeEmpty();

        var merged = GreenButtonDocument.Load(new MemoryStream(Merge([a, b], out var result, prefer)));

        result.Conflicts.Should().HaveCount(differing.Count);
        var conflict = result.Conflicts[0];
        var start = conflict.Start.ToUnixTimeSeconds();
        var (kept, dropped) = prefer == MergePreference.First ? (readingsA[start], readingsB[start]) : (readingsB[start], readingsA[start]);
        (conflict.KeptValue, conflict.DroppedValue, conflict.KeptCost, conflict.DroppedCost).Should().Be((kept.Value, dropped.Value, kept.Cost, dropped.Cost));
        conflict.KeptSource.Should().Be(prefer == MergePreference.First ? a : b);
        var winner = prefer == MergePreference.First ? readingsA : readingsB;
        merged.MeterReadings.Single().Readings.Select(r => (r.StartSeconds, r.Value, r.Cost)).Should().Equal(winner.Values.Select(r => (r.StartSeconds, r.Value, r.Cost)));
    }

    [Fact]
    public void Different_meters_of_two_downloads_are_all_kept()
    {
        var a = Write("a.xml", SyntheticFeed.ToBytes(s_feed with { UsagePoints = [new SyntheticUsagePoint()] }, out var truthA));
        var b = Write("b.xml", SyntheticFeed.ToBytes(s_feed with { UsagePoints = [new SyntheticUsagePoint(), new SyntheticUsagePoint { Kind = ServiceKind.Gas }] }, out var truthB));
        var merged = GreenButtonDocument.Load(new MemoryStream(Merge([a, b], out var result)));
        merged.UsagePoints.Should().HaveCount(2);
        merged.MeterReadings.SelectMany(m => m.Readings).Should().HaveCount((int)truthB.IntervalReadings);
        result.ReadingsWritten.Should().Be(truthB.IntervalReadings);
        result.DuplicateReadings.Should().Be(truthA.IntervalReadings);
    }

    [SchemaFact]
    public void The_merged_feed_is_valid_ESPI()
    {
        var a = Write("a.xml", SyntheticFeed.ToBytes(s_feed, out _));
        var b = Write("b.xml", SyntheticFeed.ToBytes(s_feed with { Seed = 9, StartDate = new DateOnly(2023, 3, 12) }, out _));
        EspiSchemas.Validate(Merge([a, b], out _)).Should().BeEmpty();
    }

    [Fact]
    public void A_missing_input_is_a_GreenButtonException()
    {
        var act = () => Merge([Path.Combine(_folder, "missing.xml")], out _);
        act.Should().Throw<GreenButtonException>().WithMessage("*missing.xml*");
    }
}
