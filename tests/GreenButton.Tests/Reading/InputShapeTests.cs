using System.Text;

namespace GreenButton.Tests.Reading;

/// <summary>The same fixture read through every input shape gives the same readings.</summary>
public sealed class InputShapeTests
{
    private static readonly long[] s_expectedValues = [493800, 440000, 400000, 360000];

    private static void ShouldBeTheUsageFixture(GreenButtonDocument doc)
    {
        doc.UsagePoints.Should().ContainSingle();
        var mr = doc.UsagePoints[0].MeterReadings.Should().ContainSingle().Subject;
        mr.ReadingType.Should().NotBeNull();
        mr.Readings.Select(r => r.Value).Should().Equal(s_expectedValues);
        doc.UsagePoints[0].LocalTimeParameters.Should().NotBeNull();
    }

    [Fact]
    public void Load_from_a_path_names_the_file_as_source()
    {
        var path = Fixture.PathOf("usage.xml");
        var doc = GreenButtonDocument.Load(path);
        ShouldBeTheUsageFixture(doc);
        doc.Source.Should().Be(path);
    }

    [Fact]
    public void Load_from_a_seekable_stream()
    {
        using var stream = new MemoryStream(File.ReadAllBytes(Fixture.PathOf("usage.xml")));
        ShouldBeTheUsageFixture(GreenButtonDocument.Load(stream));
    }

    [Fact]
    public void Load_from_a_non_seekable_stream()
    {
        using var stream = new NonSeekableStream(new MemoryStream(File.ReadAllBytes(Fixture.PathOf("usage.xml"))));
        ShouldBeTheUsageFixture(GreenButtonDocument.Load(stream));
    }

    [Fact]
    public void Load_leaves_the_callers_stream_open()
    {
        using var stream = new MemoryStream(File.ReadAllBytes(Fixture.PathOf("usage.xml")));
        GreenButtonDocument.Load(stream);
        stream.CanRead.Should().BeTrue();
    }

    [Fact]
    public void Load_from_a_stream_returning_one_byte_per_read()
    {
        var stream = new OneByteStream(File.ReadAllBytes(Fixture.PathOf("usage.xml")));
        ShouldBeTheUsageFixture(GreenButtonDocument.Load(stream));
        stream.Reads.Should().BeGreaterThan(1000, "the stream really delivered one byte at a time");
    }

    [Fact]
    public async Task LoadAsync_from_a_stream_returning_one_byte_per_read()
    {
        var stream = new OneByteStream(File.ReadAllBytes(Fixture.PathOf("usage.xml")));
        ShouldBeTheUsageFixture(await GreenButtonDocument.LoadAsync(stream));
    }

    [Fact]
    public async Task LoadAsync_from_a_non_seekable_stream()
    {
        using var stream = new NonSeekableStream(new MemoryStream(File.ReadAllBytes(Fixture.PathOf("usage.xml"))));
        ShouldBeTheUsageFixture(await GreenButtonDocument.LoadAsync(stream));
    }

    [Fact]
    public async Task LoadAsync_from_a_path_names_the_file_as_source()
    {
        var path = Fixture.PathOf("usage.xml");
        var doc = await GreenButtonDocument.LoadAsync(path);
        ShouldBeTheUsageFixture(doc);
        doc.Source.Should().Be(path);
    }

    [Fact]
    public async Task LoadAsync_honours_cancellation()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        using var stream = new MemoryStream(File.ReadAllBytes(Fixture.PathOf("usage.xml")));
        var act = () => GreenButtonDocument.LoadAsync(stream, cts.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void Load_from_a_text_reader()
    {
        using var reader = new StreamReader(Fixture.PathOf("usage.xml"));
        ShouldBeTheUsageFixture(GreenButtonDocument.Load(reader));
    }

    [Fact]
    public void Parse_a_string()
        => ShouldBeTheUsageFixture(GreenButtonDocument.Parse(Fixture.Text("usage.xml")));

    [Fact]
    public void Load_utf8_with_a_byte_order_mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(File.ReadAllBytes(Fixture.PathOf("usage.xml"))).ToArray();
        bytes[..3].Should().Equal(0xEF, 0xBB, 0xBF);
        using var stream = new MemoryStream(bytes);
        ShouldBeTheUsageFixture(GreenButtonDocument.Load(stream));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Load_utf16_with_a_byte_order_mark(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var text = Fixture.Text("usage.xml").Replace("encoding=\"UTF-8\"", $"encoding=\"{encodingName}\"", StringComparison.Ordinal);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
        using var stream = new MemoryStream(bytes);
        ShouldBeTheUsageFixture(GreenButtonDocument.Load(stream));
    }

    [Fact]
    public void Load_iso_8859_1_declared_in_the_xml_declaration()
    {
        var latin1 = Encoding.Latin1;
        var text = Fixture.Text("usage.xml").Replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"", StringComparison.Ordinal)
            .Replace("<title>Home</title>", "<title>Café Münster</title>", StringComparison.Ordinal);
        using var stream = new MemoryStream(latin1.GetBytes(text));
        var doc = GreenButtonDocument.Load(stream);
        ShouldBeTheUsageFixture(doc);
        doc.UsagePoints[0].Title.Should().Be("Café Münster");
    }

    [Fact]
    public void Load_windows_1252_declared_in_the_xml_declaration()
    {
        var text = Fixture.Text("usage.xml").Replace("encoding=\"UTF-8\"", "encoding=\"windows-1252\"", StringComparison.Ordinal)
            .Replace("<title>Home</title>", "<title>Home – €</title>", StringComparison.Ordinal);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = new MemoryStream(Encoding.GetEncoding(1252).GetBytes(text));
        var doc = GreenButtonDocument.Load(stream);
        doc.UsagePoints[0].Title.Should().Be("Home – €");
    }

    [Fact]
    public void ReadIntervalReadings_from_a_path_a_stream_and_text_agree()
    {
        var path = Fixture.PathOf("usage.xml");
        var fromPath = GreenButtonReader.ReadIntervalReadings(path).ToList();
        using var stream = new NonSeekableStream(File.OpenRead(path));
        var fromStream = GreenButtonReader.ReadIntervalReadings(stream).ToList();
        using var text = new StringReader(File.ReadAllText(path));
        var fromText = GreenButtonReader.ReadIntervalReadings(text).ToList();
        fromPath.Select(r => r.Value).Should().Equal(s_expectedValues);
        fromStream.Should().Equal(fromPath);
        fromText.Should().Equal(fromPath);
    }

    [Fact]
    public void ReadIntervalReadings_from_a_stream_returning_one_byte_per_read()
    {
        var readings = GreenButtonReader.ReadIntervalReadings(new OneByteStream(File.ReadAllBytes(Fixture.PathOf("usage.xml")))).ToList();
        readings.Select(r => r.Value).Should().Equal(s_expectedValues);
    }

    [Fact]
    public void ReadEntries_from_a_path_yields_every_entry_with_its_metadata()
    {
        var entries = GreenButtonReader.ReadEntries(Fixture.PathOf("usage.xml")).ToList();
        entries.Should().HaveCount(5);
        entries.Select(e => e.Resource!.ResourceName).Should().Equal("UsagePoint", "LocalTimeParameters", "MeterReading", "ReadingType", "IntervalBlock");
        entries[0].Id.Should().Be("urn:uuid:0a1b2c3d-0000-4000-8000-000000000002");
        entries[0].Title.Should().Be("Home");
        entries[0].Published.Should().Be(new DateTimeOffset(2023, 6, 3, 0, 0, 0, TimeSpan.Zero));
        entries[0].Updated.Should().Be(new DateTimeOffset(2023, 6, 3, 0, 0, 0, TimeSpan.Zero));
        entries[0].SelfHref.Should().EndWith("/Subscription/5/UsagePoint/1");
        entries[0].UpHref.Should().EndWith("/Subscription/5/UsagePoint");
        entries[0].RelatedHrefs.Should().HaveCount(2);
        entries[0].Line.Should().Be(8);
    }

    [Fact]
    public async Task ReadEntriesAsync_yields_the_same_entries_as_ReadEntries()
    {
        var bytes = File.ReadAllBytes(Fixture.PathOf("usage.xml"));
        var sync = GreenButtonReader.ReadEntries(new MemoryStream(bytes)).ToList();
        var async = new List<AtomEntry>();
        await foreach (var entry in GreenButtonReader.ReadEntriesAsync(new OneByteStream(bytes)))
        {
            async.Add(entry);
        }
        async.Select(e => e.Id).Should().Equal(sync.Select(e => e.Id));
        async.Select(e => e.Line).Should().Equal(sync.Select(e => e.Line));
        async.Select(e => e.Links.Count).Should().Equal(sync.Select(e => e.Links.Count));
        ((IntervalBlock)async[4].Resource!).Readings.Should().Equal(((IntervalBlock)sync[4].Resource!).Readings);
    }

    [Fact]
    public void ReadEntries_is_lazy_and_reads_as_it_goes()
    {
        var stream = new OneByteStream(File.ReadAllBytes(Fixture.PathOf("usage.xml")));
        using var enumerator = GreenButtonReader.ReadEntries(stream).GetEnumerator();
        enumerator.MoveNext().Should().BeTrue();
        var afterFirst = stream.Reads;
        while (enumerator.MoveNext())
        {
        }
        stream.Reads.Should().BeGreaterThan(afterFirst * 2, "the first entry was yielded before the rest of the input was read");
    }

    [Fact]
    public void Missing_file_raises_GreenButtonException_naming_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "gb-missing-" + Guid.NewGuid().ToString("N") + ".xml");
        var act = () => GreenButtonDocument.Load(path);
        act.Should().Throw<GreenButtonException>().Which.Message.Should().Contain(path);
    }

    [Fact]
    public void Source_name_option_names_a_stream_in_diagnostics_and_errors()
    {
        var xml = Fixture.Feed(Fixture.Entry(Fixture.Block(Fixture.June1, 3600, "<IntervalReading><value>x1</value></IntervalReading>")));
        using var stream = new MemoryStream(Fixture.Utf8(xml));
        var act = () => GreenButtonDocument.Load(stream, new GreenButtonReaderOptions { SourceName = "download.xml" });
        var error = act.Should().Throw<GreenButtonException>().Which;
        error.Source.Should().Be("download.xml");
        error.Message.Should().StartWith("download.xml:");
    }

    [Theory]
    [InlineData("usage.xml")]
    [InlineData("pge-prefixed.xml")]
    [InlineData("bare-interval-block.xml")]
    [InlineData("single-entry.xml")]
    [InlineData("batch-list.xml")]
    [InlineData("usage-point-full.xml")]
    [InlineData("summaries.xml")]
    [InlineData("third-party.xml")]
    public async Task Every_fixture_reads_the_same_through_every_api(string file)
    {
        var path = Fixture.PathOf(file);
        var sync = GreenButtonDocument.Load(path);
        await using var stream = new NonSeekableStream(File.OpenRead(path));
        var async = await GreenButtonDocument.LoadAsync(stream);
        async.Resources.Select(r => r.ResourceName).Should().Equal(sync.Resources.Select(r => r.ResourceName));
        async.Entries.Select(e => (e.Id, e.Title, e.Links.Count)).Should().Equal(sync.Entries.Select(e => (e.Id, e.Title, e.Links.Count)));
        async.IntervalBlocks.SelectMany(b => b.Readings).Should().Equal(sync.IntervalBlocks.SelectMany(b => b.Readings));
        async.Diagnostics.Select(d => (d.Code, d.Count)).Should().BeEquivalentTo(sync.Diagnostics.Select(d => (d.Code, d.Count)));
        GreenButtonReader.ReadIntervalReadings(path).Select(r => (r.StartSeconds, r.Value)).Should()
            .Equal(sync.IntervalBlocks.SelectMany(b => b.Readings).Select(r => (r.StartSeconds, r.Value)));
        sync.Diagnostics.Should().NotContain(d => d.Severity == DiagnosticSeverity.Error);
    }
}
