using System.Text;
using System.Xml.Linq;
using GreenButton.Synthetic;

namespace GreenButton.Tests.Writing;

/// <summary>The merger's identities across inputs (same content under other hrefs, the same place under a merged resource) and its spool.</summary>
public sealed class MergerIdentityTests : IDisposable
{
    private const string CustomerNs = "http://naesb.org/espi/customer";
    private readonly string _folder = Directory.CreateTempSubdirectory("greenbutton-merge-identity-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly SyntheticFeedOptions s_feed = new()
    {
        UsagePoints = [new SyntheticUsagePoint { WithCost = true }],
        Days = 4,
        StartDate = new DateOnly(2023, 3, 8),
    };

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private byte[] Merge(IReadOnlyList<string> inputs, out GreenButtonMergeResult result, GreenButtonMergeOptions options = default)
    {
        using var output = new MemoryStream();
        result = GreenButtonMerger.Merge(inputs, output, options with { TemporaryFolder = _folder });
        return output.ToArray();
    }

    [Fact]
    public void A_customer_feed_under_another_retail_customer_id_is_kept_once_and_reported()
    {
        var a = Fixture.PathOf("customer.xml");
        var b = Write("other.xml", Fixture.Text("customer.xml").Replace("RetailCustomer/5", "RetailCustomer/6", StringComparison.Ordinal));

        var bytes = Merge([a, b], out var result);

        var merged = GreenButtonDocument.Load(new MemoryStream(bytes));
        merged.CustomerResources.Should().HaveCount(GreenButtonDocument.Load(a).CustomerResources.Count);
        result.Deduplicated.Select(d => (d.ResourceName, d.Source, d.KeptSource)).Should().Equal(
            ("Customer", b, a), ("CustomerAccount", b, a), ("CustomerAgreement", b, a), ("ServiceLocation", b, a));
        result.Deduplicated[1].KeptHref.Should().Contain("RetailCustomer/5/Customer/1/CustomerAccount/7");
        merged.Customers.Single().Accounts.Should().ContainSingle();
        Encoding.UTF8.GetString(bytes).Should().NotContain("RetailCustomer/6");
    }

    [Fact]
    public void The_customer_namespace_is_declared_once_on_the_root_of_a_merged_feed()
    {
        var bytes = Merge([Fixture.PathOf("usage.xml"), Fixture.PathOf("customer-full.xml")], out _);

        var root = XDocument.Load(new MemoryStream(bytes)).Root!;
        root.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == CustomerNs).Should().ContainSingle();
        root.Descendants().SelectMany(e => e.Attributes()).Where(a => a.IsNamespaceDeclaration).Should().BeEmpty("every namespace is declared once, on the root");
        root.Descendants(XName.Get("Customer", CustomerNs)).Should().NotBeEmpty();
    }

    [Fact]
    public void A_usage_point_under_another_subscription_is_the_same_and_its_readings_join_the_kept_meter_reading()
    {
        var april = s_feed with { StartDate = new DateOnly(2023, 4, 1) };
        var a = Write("a.xml", Encoding.UTF8.GetString(SyntheticFeed.ToBytes(april, out _)));
        var later = Encoding.UTF8.GetString(SyntheticFeed.ToBytes(april with { StartDate = new DateOnly(2023, 4, 3) }, out _));
        var b = Write("b.xml", later.Replace("/Subscription/1/", "/Subscription/2/", StringComparison.Ordinal));
        var starts = GreenButtonReader.ReadIntervalReadings(a).Concat(GreenButtonReader.ReadIntervalReadings(b)).Select(r => r.StartSeconds).ToList();

        var bytes = Merge([a, b], out var result);

        var merged = GreenButtonDocument.Load(new MemoryStream(bytes));
        merged.UsagePoints.Should().ContainSingle();
        merged.MeterReadings.Should().ContainSingle().Which.Readings.Select(r => r.StartSeconds).Should().Equal(starts.Distinct().Order());
        result.Deduplicated.Select(d => d.ResourceName).Should().Contain(["UsagePoint", "MeterReading"]);
        result.DuplicateReadings.Should().Be(starts.Count - starts.Distinct().Count()).And.BePositive();
        // The blocks of the second download keep their own self hrefs and point up at the kept meter reading.
        merged.IntervalBlocks.Should().Contain(block => block.SelfHref!.Contains("/Subscription/2/", StringComparison.Ordinal));
        merged.IntervalBlocks.Should().OnlyContain(block => block.MeterReading == merged.MeterReadings[0] && block.AttachedBy == Attachment.Link);
    }

    [Fact]
    public void Two_meters_that_read_alike_under_other_ids_stay_apart()
    {
        var a = Write("a.xml", Encoding.UTF8.GetString(SyntheticFeed.ToBytes(s_feed, out _)));
        var other = Encoding.UTF8.GetString(SyntheticFeed.ToBytes(s_feed, out _)).Replace("/UsagePoint/1", "/UsagePoint/9", StringComparison.Ordinal);
        var b = Write("b.xml", other);

        var merged = GreenButtonDocument.Load(new MemoryStream(Merge([a, b], out var result)));

        merged.UsagePoints.Should().HaveCount(2);
        result.Deduplicated.Should().NotContain(d => d.ResourceName == "UsagePoint");
        result.DuplicateReadings.Should().Be(0);
    }

    [Theory]
    [InlineData(MergePreference.First)]
    [InlineData(MergePreference.Last)]
    public void Many_spool_partitions_give_the_output_and_conflicts_of_one(MergePreference prefer)
    {
        var options = s_feed with { Days = 3 };
        var a = Write("a.xml", Encoding.UTF8.GetString(SyntheticFeed.ToBytes(options, out _)));
        var b = Write("b.xml", Encoding.UTF8.GetString(SyntheticFeed.ToBytes(options with { Seed = 8, StartDate = new DateOnly(2023, 3, 9) }, out _)));

        var one = Merge([a, b, a], out var single, new GreenButtonMergeOptions { Prefer = prefer });
        var many = Merge([a, b, a], out var partitioned, new GreenButtonMergeOptions { Prefer = prefer, PartitionReadings = 7 });

        many.Should().Equal(one);
        partitioned.Conflicts.Should().Equal(single.Conflicts);
        single.Conflicts.Should().NotBeEmpty();
        partitioned.DuplicateReadings.Should().Be(single.DuplicateReadings);
        Directory.EnumerateFileSystemEntries(_folder).Should().OnlyContain(p => p.EndsWith(".xml", StringComparison.Ordinal), "the spool is deleted");
    }
}
