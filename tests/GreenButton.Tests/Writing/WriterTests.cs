using System.Text;
using System.Xml.Linq;

namespace GreenButton.Tests.Writing;

public sealed class WriterTests
{
    private static readonly GreenButtonWriterOptions s_indented = new() { Indent = true };

    /// <summary>A model built in code: a usage point with Pacific time, a meter reading, its type, a block and a summary.</summary>
    internal static GreenButtonDocument BuiltInCode()
    {
        var usagePoint = new UsagePoint { ServiceKind = ServiceKind.Electricity, Status = UsagePointStatus.On };
        var parameters = new LocalTimeParameters { TzOffsetSeconds = -28800, DstOffsetSeconds = 3600, DstStartRule = new DstRule(0x360E2000), DstEndRule = new DstRule(0xB40E2000) };
        var meterReading = new MeterReading();
        var readingType = new ReadingType { Uom = UnitOfMeasure.Wh, PowerOfTenMultiplier = 0, IntervalLength = 3600, Currency = Currency.USD, FlowDirection = FlowDirection.Forward };
        var block = new IntervalBlock
        {
            Interval = new DateTimeInterval(Fixture.June1, 7200),
            Readings =
            [
                new IntervalReading(DateTimeOffset.FromUnixTimeSeconds(Fixture.June1), TimeSpan.FromHours(1), 1200, 30000, [new ReadingQuality(QualityOfReading.Valid)]),
                new IntervalReading(DateTimeOffset.FromUnixTimeSeconds(Fixture.June1 + 3600), TimeSpan.FromHours(1), 1300),
            ],
        };
        var summary = new UsageSummary
        {
            BillingPeriod = new DateTimeInterval(Fixture.June1, 86400),
            BillLastPeriod = 1_234_500,
            Currency = Currency.USD,
            StatusTimeStamp = DateTimeOffset.FromUnixTimeSeconds(Fixture.June1 + 86400),
            CostAdditionalDetailLastPeriod = [new LineItem { Amount = 1_000_000, Note = "Customer charge", ItemKind = ItemKind.Information }],
        };
        AtomEntry Of(EspiResource resource) => new() { Resources = [resource] };
        return GreenButtonDocument.FromEntries([Of(usagePoint), Of(parameters), Of(meterReading), Of(readingType), Of(block), Of(summary)]);
    }

    private static string Save(GreenButtonDocument doc, GreenButtonWriterOptions options = default)
    {
        using var output = new MemoryStream();
        doc.Save(output, options);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public void A_model_built_in_code_gets_ESPI_links_and_stable_ids()
    {
        var xml = Save(BuiltInCode(), s_indented);
        WriterGolden.Check("built-in-code.xml", xml);
        var again = GreenButtonDocument.Parse(xml);
        var usagePoint = again.UsagePoints.Should().ContainSingle().Subject;
        usagePoint.SelfHref.Should().Be(GreenButtonWriterOptions.DefaultBaseUri + "/UsagePoint/1");
        usagePoint.LocalTimeParameters.Should().NotBeNull();
        usagePoint.UsageSummaries.Should().ContainSingle();
        var meterReading = usagePoint.MeterReadings.Should().ContainSingle().Subject;
        meterReading.SelfHref.Should().Be(GreenButtonWriterOptions.DefaultBaseUri + "/UsagePoint/1/MeterReading/1");
        meterReading.ReadingTypeAttachment.Should().Be(Attachment.Link);
        meterReading.IntervalBlocks.Single().SelfHref.Should().Be(GreenButtonWriterOptions.DefaultBaseUri + "/UsagePoint/1/MeterReading/1/IntervalBlock/1");
        meterReading.Readings.Select(r => r.Value).Should().Equal(1200, 1300);
        again.Entries.Select(e => e.Id).Should().OnlyHaveUniqueItems().And.AllSatisfy(id => id.Should().StartWith("urn:uuid:"));
        again.Diagnostics.Should().NotContain(d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Generated_ids_are_UUID_version_5_of_the_self_href()
    {
        // RFC 9562 / Python's uuid.uuid5(uuid.NAMESPACE_URL, "http://example.com/"), a published value.
        EntryIds.Version5("http://example.com/").ToString().Should().Be("0a300ee9-f9e4-5697-a51a-efc7fafaba67");
    }

    [Fact]
    public void Namespaces_are_declared_once_on_the_root()
    {
        var xml = Save(GreenButtonDocument.Load(Fixture.PathOf("usage.xml")));
        var doc = XDocument.Parse(xml);
        doc.Root!.Attributes().Where(a => a.IsNamespaceDeclaration).Should().HaveCount(2);
        doc.Root.Descendants().SelectMany(e => e.Attributes()).Where(a => a.IsNamespaceDeclaration).Should().BeEmpty();
        doc.Descendants(XName.Get("IntervalReading", Fixture.Espi)).Should().NotBeEmpty();
    }

    [Fact]
    public void The_fixtures_are_written_as_golden_files()
    {
        foreach (var name in new[] { "usage.xml", "summaries.xml", "third-party.xml", "usage-point-full.xml", "batch-list.xml", "single-entry.xml", "bare-interval-block.xml", "pge-prefixed.xml" })
        {
            var doc = GreenButtonDocument.Load(Fixture.PathOf(name));
            var xml = Save(doc, s_indented);
            WriterGolden.Check(name, xml);
            ModelDump.Of(GreenButtonDocument.Parse(xml)).Should().Be(ModelDump.Of(doc), name);
        }
    }

    [Fact]
    public void A_single_entry_and_a_bare_resource_keep_their_shape()
    {
        GreenButtonDocument.Parse(Save(GreenButtonDocument.Load(Fixture.PathOf("single-entry.xml")))).RootElement.Should().Be("entry");
        GreenButtonDocument.Parse(Save(GreenButtonDocument.Load(Fixture.PathOf("bare-interval-block.xml")))).RootElement.Should().Be("IntervalBlock");
    }

    [Fact]
    public async Task Async_writing_gives_the_same_bytes_as_sync()
    {
        var doc = GreenButtonDocument.Load(Fixture.PathOf("usage.xml"));
        using var sync = new MemoryStream();
        doc.Save(sync);
        using var async = new MemoryStream();
        await doc.SaveAsync(async);
        async.ToArray().Should().Equal(sync.ToArray());
    }

    [Fact]
    public void The_streaming_writer_writes_what_the_streaming_reader_reads()
    {
        using var output = new MemoryStream();
        using (var writer = new GreenButtonWriter(output))
        {
            writer.WriteFeedStart("urn:uuid:feed", "Streamed", null, [new AtomLink("self", Fixture.Subscription)]);
            foreach (var entry in GreenButtonReader.ReadEntries(Fixture.PathOf("usage.xml")))
            {
                writer.WriteEntry(entry);
            }
            writer.WriteFeedEnd();
        }
        GreenButtonReader.ReadIntervalReadings(new MemoryStream(output.ToArray())).Select(r => (r.StartSeconds, r.Value, r.Cost, r.BlockHref))
            .Should().Equal(GreenButtonReader.ReadIntervalReadings(Fixture.PathOf("usage.xml")).Select(r => (r.StartSeconds, r.Value, r.Cost, r.BlockHref)));
    }

    [Fact]
    public void What_cannot_be_valid_is_written_as_held_and_reported()
    {
        var summary = new UsageSummary { BillLastPeriod = 1L << 50 }; // no statusTimeStamp; beyond Int48
        var entry = new AtomEntry { Resources = [summary] };
        using var output = new MemoryStream();
        var diagnostics = GreenButtonDocument.FromEntries([entry]).Save(output);
        diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.NotSchemaValid && d.Message.Contains("statusTimeStamp", StringComparison.Ordinal));
        diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.NotSchemaValid && d.Message.Contains("Int48", StringComparison.Ordinal));
        GreenButtonDocument.Load(new MemoryStream(output.ToArray())).UsageSummaries.Single().BillLastPeriod.Should().Be(1L << 50);
    }

    [Fact]
    public void Characters_XML_cannot_hold_are_replaced_and_reported()
    {
        var entry = new AtomEntry { Title = "bad\u0001title", Resources = [new UsagePoint { ReadCycle = "ok" }] };
        using var output = new MemoryStream();
        var diagnostics = GreenButtonDocument.FromEntries([entry]).Save(output);
        diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.ReplacedCharacter);
        GreenButtonDocument.Load(new MemoryStream(output.ToArray())).Entries.Single().Title.Should().Be("bad\uFFFDtitle");
    }

    [Fact]
    public void Misuse_is_an_InvalidOperationException()
    {
        using var writer = new GreenButtonWriter(Stream.Null);
        var end = () => writer.WriteFeedEnd();
        end.Should().Throw<InvalidOperationException>().WithMessage("*WriteFeedStart*");
        writer.WriteFeedStart();
        var again = () => writer.WriteFeedStart();
        again.Should().Throw<InvalidOperationException>();
    }

    [SchemaFact]
    public void Output_of_a_model_built_in_code_is_valid_ESPI()
        => EspiSchemas.Validate(Encoding.UTF8.GetBytes(Save(BuiltInCode()))).Should().BeEmpty();

    [SchemaFact]
    public void Synthetic_feeds_are_valid_ESPI_in_every_style()
    {
        foreach (var style in Enum.GetValues<GreenButton.Synthetic.SyntheticFeedStyle>())
        {
            var bytes = GreenButton.Synthetic.SyntheticFeed.ToBytes(GreenButton.Synthetic.SyntheticFeedOptions.Electricity(1, 3, withCost: true, withQuality: true) with { Style = style }, out _);
            EspiSchemas.Validate(bytes).Should().BeEmpty(style.ToString());
        }
    }
}
