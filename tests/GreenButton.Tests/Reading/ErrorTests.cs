using System.Text;

namespace GreenButton.Tests.Reading;

/// <summary>Malformed, truncated and invalid input: located errors, redaction, and lenient recovery.</summary>
public sealed class ErrorTests
{
    private static readonly GreenButtonReaderOptions s_lenient = new() { Lenient = true };

    /// <summary>Line 10, column 2 is the <c>value</c> element holding the bad value: second reading of the second entry.</summary>
    private static string FeedWithBadValue(string bad = "l2O") => string.Join("\n",
        $"<feed xmlns=\"{Fixture.Atom}\">", // line 1
        "<entry><id>urn:uuid:good</id><content>" + Fixture.Block(Fixture.June1, 3600, Fixture.Reading(Fixture.June1, 3600, 1)) + "</content></entry>", // line 2
        "<entry>", // line 3
        $"<id>urn:uuid:bad</id><link rel=\"self\" href=\"{Fixture.MeterReadingHref}/IntervalBlock/2\"/>", // line 4
        $"<content><IntervalBlock xmlns=\"{Fixture.Espi}\">", // line 5
        $"<IntervalReading><timePeriod><duration>3600</duration><start>{Fixture.June1}</start></timePeriod><value>5</value></IntervalReading>", // line 6
        "<IntervalReading>", // line 7
        $"<timePeriod><duration>3600</duration><start>{Fixture.June1 + 3600}</start></timePeriod>", // line 8
        "<cost>1</cost>", // line 9
        $"<value>{bad}</value>", // line 10
        "</IntervalReading>", // line 11
        "</IntervalBlock></content></entry>", // line 12
        "<entry><id>urn:uuid:after</id><content>" + Fixture.Block(Fixture.June1 + 7200, 3600, Fixture.Reading(Fixture.June1 + 7200, 3600, 3)) + "</content></entry>", // line 13
        "</feed>");

    [Fact]
    public void Invalid_number_names_source_line_column_element_path_and_entry()
    {
        var act = () => Fixture.Parse(FeedWithBadValue(), new GreenButtonReaderOptions { SourceName = "usage.xml" });
        var error = act.Should().Throw<GreenButtonException>().Which;
        error.Reason.Should().Be("Invalid number 'l2O' in 'value'.");
        error.Source.Should().Be("usage.xml");
        error.Line.Should().Be(10);
        error.Column.Should().Be(2);
        error.ElementPath.Should().Be("feed/entry[2]/content/IntervalBlock/IntervalReading[2]/value");
        error.EntryId.Should().Be("urn:uuid:bad");
        error.Message.Should().Be("usage.xml:10:2: Invalid number 'l2O' in 'value'. at feed/entry[2]/content/IntervalBlock/IntervalReading[2]/value (entry urn:uuid:bad)");
    }

    [Fact]
    public void Invalid_number_from_a_path_names_the_file()
    {
        using var folder = new Fixture.TempFolder();
        var path = folder.File("bad.xml");
        File.WriteAllText(path, FeedWithBadValue());
        var act = () => GreenButtonDocument.Load(path);
        var error = act.Should().Throw<GreenButtonException>().Which;
        error.Source.Should().Be(path);
        error.Message.Should().StartWith(path + ":10:");
    }

    [Fact]
    public void Invalid_number_is_raised_by_the_streaming_readers_too()
    {
        var readings = () => Fixture.Stream(FeedWithBadValue());
        readings.Should().Throw<GreenButtonException>().Which.EntryId.Should().Be("urn:uuid:bad");
        var entries = () => Fixture.Entries(FeedWithBadValue());
        entries.Should().Throw<GreenButtonException>().Which.Line.Should().Be(10);
    }

    [Fact]
    public async Task Invalid_number_is_raised_by_the_async_reader_with_the_outer_line()
    {
        using var stream = new MemoryStream(Fixture.Utf8(FeedWithBadValue()));
        var act = () => GreenButtonDocument.LoadAsync(stream);
        var error = (await act.Should().ThrowAsync<GreenButtonException>()).Which;
        error.Line.Should().Be(10);
        error.EntryId.Should().Be("urn:uuid:bad");
        error.ElementPath.Should().EndWith("IntervalReading[2]/value");
    }

    [Fact]
    public void RedactValues_keeps_the_raw_value_out_of_the_message()
    {
        var act = () => Fixture.Parse(FeedWithBadValue("SECRET-123"), new GreenButtonReaderOptions { RedactValues = true });
        var error = act.Should().Throw<GreenButtonException>().Which;
        error.Message.Should().NotContain("SECRET-123");
        error.Reason.Should().Contain("(value redacted)");
        error.Line.Should().Be(10);
        error.ElementPath.Should().EndWith("/value");
    }

    [Fact]
    public void RedactValues_keeps_raw_values_out_of_lenient_diagnostics()
    {
        var doc = Fixture.Parse(FeedWithBadValue("SECRET-123"), s_lenient with { RedactValues = true });
        doc.Diagnostics.Should().NotContain(d => d.Message.Contains("SECRET-123", StringComparison.Ordinal));
        doc.Codes().Should().Contain(DiagnosticCodes.SkippedReading);
        doc.Diagnostics.Should().OnlyContain(d => d.EntryId == null, "entry ids are redacted too");
    }

    [Fact]
    public void RedactValues_keeps_raw_values_out_of_quirk_diagnostics()
    {
        var xml = Fixture.Feed(
            $"<entry><id>e</id><updated>SECRET-DATE</updated><published>2013-06-24</published><content>{Fixture.LocalTime(tzOffset: 28800)}</content></entry>",
            Fixture.Entry(Fixture.Block(Fixture.June1, 3600, $"<IntervalReading><ReadingQuality><quality>SECRET-Q</quality></ReadingQuality><value>1</value></IntervalReading>")));
        var doc = Fixture.Parse(xml, new GreenButtonReaderOptions { RedactValues = true });
        doc.Codes().Should().Contain([DiagnosticCodes.InvalidDate, DiagnosticCodes.LenientDate, DiagnosticCodes.FlippedTzOffset, DiagnosticCodes.OutOfRange]);
        foreach (var diagnostic in doc.Diagnostics)
        {
            diagnostic.Message.Should().NotContainAny("SECRET", "2013-06-24", "28800");
        }
    }

    [Fact]
    public void Without_RedactValues_the_raw_value_is_quoted()
    {
        var act = () => Fixture.Parse(FeedWithBadValue("SECRET-123"));
        act.Should().Throw<GreenButtonException>().Which.Message.Should().Contain("'SECRET-123'");
    }

    [Fact]
    public void Lenient_mode_skips_the_broken_reading_alone_reports_it_and_goes_on()
    {
        var doc = Fixture.Parse(FeedWithBadValue(), s_lenient);
        doc.Entries.Select(e => e.Id).Should().Equal("urn:uuid:good", "urn:uuid:bad", "urn:uuid:after");
        doc.IntervalBlocks.SelectMany(b => b.Readings).Select(r => r.Value).Should().Equal(1, 5, 3);
        var skipped = doc.Diagnostic(DiagnosticCodes.SkippedReading);
        skipped.Severity.Should().Be(DiagnosticSeverity.Error);
        skipped.EntryId.Should().Be("urn:uuid:bad");
        skipped.Line.Should().Be(7);
        skipped.Message.Should().Contain("Invalid number").And.Contain("IntervalReading 2");
    }

    [Fact]
    public void Lenient_streaming_skips_the_broken_reading_alone()
    {
        var diagnostics = new List<GreenButtonDiagnostic>();
        var readings = Fixture.Stream(FeedWithBadValue(), s_lenient with { OnDiagnostic = diagnostics.Add });
        readings.Select(r => r.Value).Should().Equal(1, 5, 3);
        diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.SkippedReading).Which.Line.Should().Be(7);
    }

    [Fact]
    public void Lenient_entry_reader_keeps_the_entry_of_a_broken_reading()
    {
        var entries = Fixture.Entries(FeedWithBadValue(), s_lenient);
        entries.Select(e => e.Id).Should().Equal("urn:uuid:good", "urn:uuid:bad", "urn:uuid:after");
        entries[1].Resources.OfType<IntervalBlock>().Single().Readings.Select(r => r.Value).Should().Equal(5);
    }

    [Fact]
    public async Task Lenient_async_load_skips_the_broken_reading_alone()
    {
        using var stream = new MemoryStream(Fixture.Utf8(FeedWithBadValue()));
        var doc = await GreenButtonDocument.LoadAsync(stream, s_lenient);
        doc.Entries.Select(e => e.Id).Should().Equal("urn:uuid:good", "urn:uuid:bad", "urn:uuid:after");
        doc.IntervalBlocks.SelectMany(b => b.Readings).Select(r => r.Value).Should().Equal(1, 5, 3);
        doc.Codes().Should().Contain(DiagnosticCodes.SkippedReading);
    }

    [Fact]
    public void Lenient_mode_reports_through_OnDiagnostic_as_well()
    {
        var seen = new List<GreenButtonDiagnostic>();
        Fixture.Parse(FeedWithBadValue(), s_lenient with { OnDiagnostic = seen.Add });
        seen.Should().Contain(d => d.Code == DiagnosticCodes.SkippedReading);
    }

    // Defect 7 of issue 10: one bad reading dropped the entry whole, 32 blocks with it.
    [Fact]
    public async Task Lenient_mode_keeps_every_other_block_and_reading_of_an_entry_with_one_bad_reading()
    {
        var blocks = Enumerable.Range(0, 32).Select(i => Fixture.Block(Fixture.June1 + (i * 7200), 7200,
            Fixture.Reading(Fixture.June1 + (i * 7200), 3600, i * 10),
            i == 17 ? "<IntervalReading><value>bad</value></IntervalReading>" : Fixture.Reading(Fixture.June1 + (i * 7200) + 3600, 3600, (i * 10) + 1)));
        var xml = Fixture.Feed(Fixture.Entry(string.Concat(blocks)));
        foreach (var doc in new[] { Fixture.Parse(xml, s_lenient), await GreenButtonDocument.LoadAsync(new MemoryStream(Fixture.Utf8(xml)), s_lenient) })
        {
            doc.IntervalBlocks.Should().HaveCount(32);
            doc.IntervalBlocks.Sum(b => b.Readings.Count).Should().Be(63);
            doc.Diagnostic(DiagnosticCodes.SkippedReading).Count.Should().Be(1);
        }
        Fixture.Stream(xml, s_lenient).Should().HaveCount(63);
    }

    [Fact]
    public void Lenient_mode_skips_a_block_whose_interval_is_bad_saying_how_many_readings_went_with_it()
    {
        var bad = $"<IntervalBlock xmlns=\"{Fixture.Espi}\"><interval><start>never</start></interval>{Fixture.Reading(Fixture.June1, 3600, 1)}{Fixture.Reading(Fixture.June1 + 3600, 3600, 2)}</IntervalBlock>";
        var xml = Fixture.Feed(Fixture.Entry(bad + Fixture.Block(Fixture.June1, 3600, Fixture.Reading(Fixture.June1, 3600, 7))));
        var doc = Fixture.Parse(xml, s_lenient);
        doc.IntervalBlocks.Should().ContainSingle().Which.Readings.Select(r => r.Value).Should().Equal(7);
        doc.Diagnostic(DiagnosticCodes.SkippedResource).Message.Should().Contain("Skipped IntervalBlock of entry 1").And.Contain("2 IntervalReading(s)");
        var streamed = new List<GreenButtonDiagnostic>();
        Fixture.Stream(xml, s_lenient with { OnDiagnostic = streamed.Add }).Select(r => r.Value).Should().Equal(7);
        streamed.Should().ContainSingle(d => d.Code == DiagnosticCodes.SkippedResource).Which.Message.Should().Contain("2 IntervalReading(s)");
    }

    [Theory]
    [InlineData("<value>99999999999999999999</value>", "Invalid number")]
    [InlineData("<value>1e5</value>", "Invalid number")]
    [InlineData("<value>0x10</value>", "Invalid number")]
    [InlineData("<value>--1</value>", "Invalid number")]
    [InlineData("<value>-</value>", "Invalid number")]
    [InlineData("<value>1.2.3</value>", "Invalid number")]
    [InlineData("<value><b>1</b></value>", "should hold a value")]
    [InlineData("<tou>40000</tou><value>1</value>", "Invalid number")]
    [InlineData("<cost>1.5</cost><value>1</value>", "Invalid number")]
    public void Invalid_reading_content_is_a_data_error(string inner, string reason)
    {
        var xml = Fixture.Feed(Fixture.Entry(Fixture.Block(Fixture.June1, 3600, $"<IntervalReading><timePeriod><duration>3600</duration><start>{Fixture.June1}</start></timePeriod>{inner}</IntervalReading>")));
        var act = () => Fixture.Parse(xml);
        act.Should().Throw<GreenButtonException>().Which.Reason.Should().Contain(reason);
        Fixture.Parse(xml, s_lenient).Codes().Should().Contain(DiagnosticCodes.SkippedReading);
    }

    [Fact]
    public void Number_at_the_long_limits_is_read_exactly()
    {
        var xml = Fixture.Feed(Fixture.Entry(Fixture.Block(Fixture.June1, 3600,
            Fixture.Reading(Fixture.June1, 1, long.MaxValue), Fixture.Reading(Fixture.June1 + 1, 1, long.MinValue), $"<IntervalReading><timePeriod><duration>1</duration><start>{Fixture.June1 + 2}</start></timePeriod><value>+7</value></IntervalReading>")));
        Fixture.Parse(xml).IntervalBlocks.Single().Readings.Select(r => r.Value).Should().Equal(long.MaxValue, long.MinValue, 7);
    }

    [Fact]
    public void Number_just_beyond_the_long_limits_is_invalid()
    {
        var xml = Fixture.Feed(Fixture.Entry(Fixture.Block(Fixture.June1, 3600, $"<IntervalReading><value>9223372036854775808</value></IntervalReading>")));
        var act = () => Fixture.Parse(xml);
        act.Should().Throw<GreenButtonException>().Which.Reason.Should().Contain("9223372036854775808");
    }

    [Theory]
    [InlineData("<checkBilling>maybe</checkBilling>", "Invalid boolean")]
    [InlineData("<roleFlags>XYZ</roleFlags>", "Invalid hexadecimal")]
    [InlineData("<ServiceCategory><kind>electric</kind></ServiceCategory>", "is not a number")]
    public void Invalid_usage_point_values_are_data_errors(string inner, string reason)
    {
        var xml = Fixture.Feed(Fixture.Entry($"<UsagePoint xmlns=\"{Fixture.Espi}\">{inner}</UsagePoint>"), Fixture.Entry(Fixture.UsagePoint(1)));
        var act = () => Fixture.Parse(xml);
        act.Should().Throw<GreenButtonException>().Which.Reason.Should().Contain(reason);
        Fixture.Parse(xml, s_lenient).UsagePoints.Should().ContainSingle().Which.ServiceKind.Should().Be(ServiceKind.Gas);
    }

    [Fact]
    public void Invalid_dst_rule_is_a_data_error()
    {
        var act = () => Fixture.Parse(Fixture.Feed(Fixture.Entry(Fixture.LocalTime(start: "not-hex"))));
        act.Should().Throw<GreenButtonException>().Which.ElementPath.Should().EndWith("LocalTimeParameters/dstStartRule");
    }

    [Fact]
    public void Value_longer_than_the_value_buffer_limit_is_a_data_error_not_unbounded_memory()
    {
        var xml = Fixture.Feed(Fixture.Entry(Fixture.Block(Fixture.June1, 3600, $"<IntervalReading><value>{new string('1', 70_000)}</value></IntervalReading>")));
        var act = () => Fixture.Parse(xml);
        act.Should().Throw<GreenButtonException>().Which.Reason.Should().Contain("longer than");
    }

    [Fact]
    public void Espi_resource_in_no_namespace_is_an_error_naming_the_namespace()
    {
        var xml = Fixture.Feed(Fixture.Entry("<IntervalBlock xmlns=\"\"><IntervalReading><value>1</value></IntervalReading></IntervalBlock>"), Fixture.Entry(Fixture.UsagePoint()));
        var act = () => Fixture.Parse(xml);
        act.Should().Throw<GreenButtonException>().Which.Reason.Should().Contain("no namespace").And.Contain("http://naesb.org/espi");
        var lenient = Fixture.Parse(xml, s_lenient);
        lenient.UsagePoints.Should().ContainSingle();
        lenient.Codes().Should().Contain(DiagnosticCodes.SkippedResource);
    }

    [Fact]
    public void Espi_resource_in_the_atom_namespace_is_an_error_naming_that_namespace()
    {
        var xml = Fixture.Feed("<entry><content><UsagePoint/></content></entry>");
        var act = () => Fixture.Parse(xml);
        act.Should().Throw<GreenButtonException>().Which.Reason.Should().Contain($"namespace '{Fixture.Atom}'");
    }

    [Fact]
    public void Espi_resource_in_a_wrong_namespace_is_an_error_when_streaming()
    {
        var xml = Fixture.Feed(Fixture.Entry("<IntervalBlock xmlns=\"http://naesb.org/espi/wrong\"><IntervalReading><value>1</value></IntervalReading></IntervalBlock>"));
        var act = () => Fixture.Stream(xml);
        act.Should().Throw<GreenButtonException>().Which.Reason.Should().Contain("http://naesb.org/espi/wrong");
    }

    [Fact]
    public void Lenient_streaming_skips_a_resource_in_a_wrong_namespace()
    {
        var xml = Fixture.Feed(
            Fixture.Entry("<IntervalBlock xmlns=\"http://naesb.org/espi/wrong\"><IntervalReading><value>1</value></IntervalReading></IntervalBlock>"),
            Fixture.Entry(Fixture.Block(Fixture.June1, 3600, Fixture.Reading(Fixture.June1, 3600, 2))));
        var seen = new List<GreenButtonDiagnostic>();
        Fixture.Stream(xml, s_lenient with { OnDiagnostic = seen.Add }).Select(r => r.Value).Should().Equal(2);
        seen.Should().Contain(d => d.Code == DiagnosticCodes.SkippedResource);
    }

    // ---- XML that is not well-formed: fatal in every mode -----------------------------------------------------

    public static TheoryData<string, string> NotWellFormed() => new()
    {
        { "mismatched tags", $"<feed xmlns=\"{Fixture.Atom}\">\n<entry>\n<id>x</id>\n</feed>" },
        { "junk after the root", Fixture.StandardFeed() + "<junk/>" },
        { "undeclared prefix", $"<feed xmlns=\"{Fixture.Atom}\">\n<entry><content><espi:UsagePoint/></content></entry>\n</feed>" },
        { "unescaped ampersand", $"<feed xmlns=\"{Fixture.Atom}\">\n<title>A & B</title>\n</feed>" },
        { "two attributes with one name", $"<feed xmlns=\"{Fixture.Atom}\">\n<link rel=\"a\" rel=\"b\"/>\n</feed>" },
    };

    [Theory]
    [MemberData(nameof(NotWellFormed))]
    public void Not_well_formed_xml_fails_in_strict_and_lenient_mode_with_a_location(string what, string xml)
    {
        foreach (var options in new[] { default, s_lenient })
        {
            var act = () => Fixture.Parse(xml, options with { SourceName = "bad.xml" });
            var error = act.Should().Throw<GreenButtonException>(what).Which;
            error.Line.Should().BePositive(what);
            error.Source.Should().Be("bad.xml");
            error.Message.Should().StartWith("bad.xml:");
        }
    }

    [Theory]
    [MemberData(nameof(NotWellFormed))]
    public async Task Not_well_formed_xml_fails_when_streaming_and_async(string what, string xml)
    {
        var stream = () => GreenButtonReader.ReadIntervalReadings(new MemoryStream(Fixture.Utf8(xml)), s_lenient).ToList();
        stream.Should().Throw<GreenButtonException>(what);
        var async = () => GreenButtonDocument.LoadAsync(new MemoryStream(Fixture.Utf8(xml)), s_lenient);
        await async.Should().ThrowAsync<GreenButtonException>(what);
    }

    [Fact]
    public void Document_without_a_root_element_fails_in_every_mode()
    {
        foreach (var options in new[] { default, s_lenient })
        {
            var act = () => Fixture.Parse("<?xml version=\"1.0\"?>\n<!-- nothing -->\n", options);
            act.Should().Throw<GreenButtonException>().Which.Reason.Should().Contain("Root element is missing");
        }
    }

    [Fact]
    public void Malformed_xml_error_carries_line_column_and_element_path()
    {
        var xml = string.Join("\n", $"<feed xmlns=\"{Fixture.Atom}\">", "<entry>", "<id>urn:uuid:m</id>", "<content>", $"<UsagePoint xmlns=\"{Fixture.Espi}\">", "<status>1</stat>", "</UsagePoint></content></entry></feed>");
        var act = () => Fixture.Parse(xml);
        var error = act.Should().Throw<GreenButtonException>().Which;
        error.Reason.Should().StartWith("Malformed XML");
        error.Line.Should().Be(6);
        error.Column.Should().BePositive();
        error.ElementPath.Should().StartWith("feed/entry[1]/content/UsagePoint");
        error.EntryId.Should().Be("urn:uuid:m");
        error.InnerException.Should().BeOfType<System.Xml.XmlException>();
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(0.75)]
    [InlineData(0.999)]
    public void Truncated_file_fails_in_every_mode_with_a_location(double fraction)
    {
        var bytes = File.ReadAllBytes(Fixture.PathOf("usage.xml"));
        var cut = bytes[..(int)(bytes.Length * fraction)];
        foreach (var options in new[] { default, s_lenient })
        {
            var load = () => GreenButtonDocument.Load(new MemoryStream(cut), options);
            load.Should().Throw<GreenButtonException>().Which.Line.Should().BePositive();
            var stream = () => GreenButtonReader.ReadIntervalReadings(new MemoryStream(cut), options).ToList();
            stream.Should().Throw<GreenButtonException>();
        }
    }

    [Fact]
    public async Task Truncated_file_fails_asynchronously()
    {
        var bytes = File.ReadAllBytes(Fixture.PathOf("usage.xml"));
        var act = () => GreenButtonDocument.LoadAsync(new MemoryStream(bytes[..(bytes.Length / 2)]));
        (await act.Should().ThrowAsync<GreenButtonException>()).Which.Line.Should().BePositive();
    }

    [Fact]
    public void Bytes_that_are_not_in_the_declared_encoding_fail_with_a_located_error()
    {
        var text = Fixture.Text("usage.xml").Replace("<title>Home</title>", "<title>Caf\u00e9</title>", StringComparison.Ordinal);
        var latin1 = Encoding.Latin1.GetBytes(text); // declared UTF-8, written ISO-8859-1
        var act = () => GreenButtonDocument.Load(new MemoryStream(latin1), s_lenient);
        act.Should().Throw<GreenButtonException>().Which.Line.Should().BePositive();
    }
}
