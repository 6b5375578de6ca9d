using System.Text;
using System.Xml;
using CsCheck;
using GreenButton.Synthetic;
using GreenButton.Tests.Corpus;

namespace GreenButton.Tests.Reading;

/// <summary>
/// The parser's own UTF-8 reader against the framework's: on every input the same nodes, names, namespaces, depths,
/// values, attributes and positions, and the same error at the same place (it hands over to the framework's reader on
/// anything it does not read itself, so errors are the framework's). Also with the input given a few bytes at a time,
/// and with a hand-over forced at every node.
/// </summary>
public sealed class Utf8XmlReaderTests
{
    /// <summary>Everything a reader says of an input, one line per node, attribute or error.</summary>
    internal static List<string> Trace(byte[] input, bool fast, int chunk = 0, int handOverAt = 0)
    {
        var lines = new List<string>();
        Stream stream = new MemoryStream(input, writable: false);
        if (chunk > 0)
        {
            stream = new TrickleStream(stream, chunk);
        }
        var settings = EspiParser.CreateSettings(new NameTable(), closeInput: true, async: false);
        try
        {
            using var reader = fast ? new Utf8XmlReader(stream, settings) { HandOverAtNode = handOverAt } : XmlReader.Create(stream, settings);
            var info = (IXmlLineInfo)reader;
            var n = 0;
            while (reader.Read())
            {
                n++;
                var value = reader.NodeType == XmlNodeType.Text && n % 2 == 0 ? Chunked(reader) : reader.Value;
                lines.Add($"{reader.NodeType} d{reader.Depth} {reader.Name}|{reader.Prefix}|{reader.LocalName}|{reader.NamespaceURI} empty={reader.IsEmptyElement} [{value}] {info.LineNumber}:{info.LinePosition} n={reader.AttributeCount}");
                if (reader.MoveToFirstAttribute())
                {
                    do
                    {
                        lines.Add($"  @{reader.Name}|{reader.Prefix}|{reader.LocalName}|{reader.NamespaceURI} d{reader.Depth} [{reader.Value}] {info.LineNumber}:{info.LinePosition} {reader.NodeType}");
                        if (reader.ReadAttributeValue())
                        {
                            lines.Add($"    value {reader.NodeType} d{reader.Depth} {reader.Name}|{reader.LocalName} [{reader.Value}] more={reader.ReadAttributeValue()}");
                        }
                    }
                    while (reader.MoveToNextAttribute());
                    reader.MoveToElement();
                    lines.Add($"  back {reader.NodeType} {reader.Name} href={reader.GetAttribute("href")}");
                }
            }
            lines.Add($"end {reader.NodeType} eof={reader.EOF} {reader.ReadState}");
        }
        catch (Exception ex)
        {
            lines.Add($"error {ex.GetType().Name}: {ex.Message}");
        }
        return lines;
    }

    private static string Chunked(XmlReader reader)
    {
        var sb = new StringBuilder();
        var buffer = new char[3];
        int read;
        while ((read = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
        {
            sb.Append(buffer, 0, read);
        }
        return sb.ToString();
    }

    private static void ShouldAgree(byte[] input, string what, int chunk = 0, int handOverAt = 0)
    {
        var expected = Trace(input, fast: false);
        var actual = Trace(input, fast: true, chunk, handOverAt);
        if (chunk > 0 && expected[^1].Contains("Invalid character in the given encoding", StringComparison.Ordinal))
        {
            // How many nodes come before bytes that are not UTF-8 depends on how far each reader has read and decoded
            // when they arrive a few bytes at a time (the framework's reader fails even before the declaration it has
            // read; this one checks each block as it reads it): the same error must end both.
            actual[^1].Should().Be(expected[^1], "{0} (chunk {1}) should end in the framework's encoding error", what, chunk);
            return;
        }
        if (chunk > 0 && expected.Count > 0 && actual.Count == expected.Count && expected[^1].StartsWith("error", StringComparison.Ordinal))
        {
            // Read a few bytes at a time, the framework's reader quotes as much of a bad token as it holds, and can
            // place an error lines later (measured: a broken end tag at line 104 from whole reads, 107 from single
            // bytes): the error's kind must agree, its text need not.
            expected[^1] = ErrorPosition(expected[^1]);
            actual[^1] = ErrorPosition(actual[^1]);
        }
        var at = Enumerable.Range(0, Math.Min(actual.Count, expected.Count)).FirstOrDefault(i => actual[i] != expected[i], Math.Min(actual.Count, expected.Count));
        actual.Should().Equal(expected, "{0} (chunk {1}, hand-over at {2}) should read as the framework's reader reads it; from line {3} the framework's reader says\n{4}\nand this one\n{5}\nof\n{6}",
            what, chunk, handOverAt, at, string.Join("\n", expected.Skip(at).Take(3)), string.Join("\n", actual.Skip(at).Take(3)),
            Encoding.UTF8.GetString(input.AsSpan(0, Math.Min(input.Length, 300))));
    }

    private static string ErrorPosition(string line) => line[..line.IndexOf(':')];

    public static readonly TheoryData<string> Cases = new()
    {
        "<a/>",
        "<a></a>",
        "<a>x</a>",
        "\uFEFF<a>x</a>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone='yes' ?>\n<a/>",
        "<?xml version='1.0'?><a/>",
        "<?xml  version=\"1.0\"   encoding=\"utf-8\"?>\r\n<a/>",
        "<?xml version=\"1.0\" encoding=\r\"utf-8\"?><a/>",
        "<?xml version=\"1.0\"\r\n encoding=\"utf-8\"\rstandalone=\"no\"?><a/>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\u00e9</a>",
        "<?xml version=\"1.1\"?><a/>",
        "<?xml version=\"1.0\" standalone=\"maybe\"?><a/>",
        "  <?xml version=\"1.0\"?><a/>",
        "<a>x<!--c-->y</a>",
        "<a>  <!--c-->y</a>",
        "<a>  <!--c-->  <b/></a>",
        "<a>&#32;</a>",
        "<a>&#32;<b/></a>",
        "<a> &amp; &lt;&gt;&quot;&apos;&#65;&#x42;&#x1F600; </a>",
        "<a>&#X41;</a>",
        "<a>&#0;</a>",
        "<a>&foo;</a>",
        "<a>&amp</a>",
        "<a>&#xD800;</a>",
        "<a>&#00000000000000000000000000000065;</a>",
        "<r xmlns=\"u\" xmlns:p='v'>\r\n  <p:b  x = \"1\r\n2\t3&#10;\"  >t\r\nu</p:b >\n</r>",
        "<a>x<?pi z?>y</a>",
        "<?pi?><a/>",
        "<?x?l version=\"1.0\"?>\n<a/>",
        "<a><?pi?x?></a>",
        "<a><?pi ?x?></a>",
        "<?xml-stylesheet type=\"text/xsl\" href=\"a.xsl\"?>\n<a/>",
        "<?XML x?><a/>",
        "<a><?xml x?></a>",
        "<a>x]</a>",
        "<a>x]]>y</a>",
        "<a>\u00e9t\u00e9<b/></a>",
        "<a>\U0001F600<b/></a>",
        "<a t=\"\u00e9\" u='\U0001F600'><b/></a>",
        "<a/>  <!--x-->  ",
        "<a>x</a>\n<?pi?>",
        "<a>x</a>\nzz",
        "<a>x</a><b/>",
        "<a>x",
        "<a>x</a",
        "<a><b></a>",
        "<a></b>",
        "<a></ab>",
        "<ab></a>",
        "\n\n<a/>",
        "",
        "   ",
        "<!-- only a comment -->",
        "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>",
        "<a><![CDATA[x<y]]></a>",
        "<a>x<![CDATA[y]]>z</a>",
        "<a><!-- a -- b --></a>",
        "<a><!-- a ---></a>",
        "<a><!----></a>",
        "<p:a/>",
        "<a xmlns:p=\"\"/>",
        "<a xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"/>",
        "<a xmlns:xmlns=\"u\"/>",
        "<a xmlns:p=\"u\" p:x=\"1\" p:y=\"2\" z=\"3\"/>",
        "<a xmlns:p=\"u\" xmlns:q=\"u\" p:x=\"1\" q:x=\"2\"/>",
        "<a x=\"1\" x=\"2\"/>",
        "<a x=\"1\"y=\"2\"/>",
        "<a x=1/>",
        "<a x=\"<\"/>",
        "<a x=\"a&amp;b&#9;c\"/>",
        "<a xml:lang=\"en\" xml:space=\"preserve\"> <b/> </a>",
        "<a xml:lang=\"en\"><b>x</b></a>",
        "<a:b:c/>",
        "<:a/>",
        "<a:/>",
        "<a:1/>",
        "<1a/>",
        "< a/>",
        "<a\u00e9/>",
        "<\u00e9/>",
        "<a>\u0001</a>",
        "<a>\r</a>",
        "<a>x\r</a>",
        "<a>\uFFFE</a>",
        "<a/ >",
        "<a / >",
        "<a\n  b=\"1\"\r\n  c='2'\n/>",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:espi=\"http://naesb.org/espi\"><entry><content><espi:IntervalBlock><espi:IntervalReading><espi:value>12</espi:value></espi:IntervalReading></espi:IntervalBlock></content></entry></feed>",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_case_reads_as_the_framework_reads_it(string xml)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        ShouldAgree(bytes, "the case");
        ShouldAgree(bytes, "the case", chunk: 1);
        for (var at = 1; at <= 8; at++)
        {
            ShouldAgree(bytes, "the case", handOverAt: at);
        }
    }

    [Fact]
    public void Invalid_utf8_and_other_encodings_read_as_the_framework_reads_them()
    {
        byte[][] inputs =
        [
            [.. "<a>"u8, 0xC3, .. "</a>"u8],
            [.. "<a>"u8, 0xFF, .. "</a>"u8],
            [.. "<a>"u8, 0xED, 0xA0, 0x80, .. "</a>"u8],
            [.. "<a x=\""u8, 0xC3, .. "\"/>"u8],
            [.. "<a><!--"u8, 0xC3, .. "--></a>"u8],
            Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<a>x</a>")).ToArray(),
            Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("<a>x</a>")).ToArray(),
            Encoding.Unicode.GetBytes("<a>x</a>"),
            Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\u00e9</a>"),
        ];
        foreach (var input in inputs)
        {
            ShouldAgree(input, Convert.ToHexString(input));
            ShouldAgree(input, Convert.ToHexString(input), chunk: 1);
        }
    }

    [Fact]
    public void Every_fixture_reads_as_the_framework_reads_it_with_a_hand_over_at_any_node()
    {
        foreach (var path in Directory.GetFiles(Fixture.PathOf(""), "*.xml"))
        {
            var bytes = File.ReadAllBytes(path);
            ShouldAgree(bytes, path);
            ShouldAgree(bytes, path, chunk: 7);
            var nodes = Trace(bytes, fast: false).Count;
            for (var at = 1; at <= nodes; at += 1 + nodes / 60)
            {
                ShouldAgree(bytes, path, handOverAt: at);
            }
        }
    }

    [CorpusTheory]
    [MemberData(nameof(SharedCorpus.WellFormedFiles), MemberType = typeof(SharedCorpus))]
    [MemberData(nameof(SharedCorpus.MalformedFiles), MemberType = typeof(SharedCorpus))]
    public void A_corpus_file_reads_as_the_framework_reads_it(string file)
    {
        var bytes = File.ReadAllBytes(SharedCorpus.PathOf(file));
        ShouldAgree(bytes, file);
        if (bytes.Length < 200_000)
        {
            ShouldAgree(bytes, file, chunk: 13);
        }
        ShouldAgree(bytes, file, handOverAt: 3);
        ShouldAgree(bytes, file, handOverAt: 40);
    }

    private static readonly byte[] s_feed = SyntheticFeed.ToBytes(new SyntheticFeedOptions { Days = 2 }, out _);

    private static readonly byte[] s_interesting = "<>&;\"'/!?:=# \r\n\t]x-"u8.ToArray().Concat(new byte[] { 0, 0xC3, 0xA9, 0xFF, 0xE2 }).ToArray();

    /// <summary>
    /// Forced hand-overs are tried on whole reads only: on reads of a few bytes the framework's reader itself counts
    /// lines differently (measured: an end tag with a line break before its '>' puts the next element a line later).
    /// </summary>
    [Fact]
    public void A_mutated_feed_reads_as_the_framework_reads_it()
    {
        var small = s_feed.AsSpan(0, Math.Min(s_feed.Length, 6000)).ToArray();
        Gen.Select(Gen.Int[0, small.Length - 1], Gen.Int[0, 3], Gen.Int[0, s_interesting.Length - 1], Gen.Int[0, 8], Gen.Int[0, 60])
            .Sample((at, kind, pick, chunk, handOverAt) =>
            {
                var list = small.ToList();
                switch (kind)
                {
                    case 0:
                        list.RemoveAt(at);
                        break;
                    case 1:
                        list.Insert(at, s_interesting[pick]);
                        break;
                    case 2:
                        list[at] = s_interesting[pick];
                        break;
                    default:
                        list.RemoveRange(at, list.Count - at);
                        break;
                }
                ShouldAgree(list.ToArray(), $"the feed with mutation {kind} at {at}", chunk, chunk == 0 && handOverAt % 2 == 0 ? handOverAt : 0);
            }, iter: 4000);
    }

    [Fact]
    public void A_feed_on_one_line_reads_as_the_framework_reads_it_with_a_hand_over_at_any_node()
    {
        // Columns in the thousands: the hand-over pads inside tags (long whitespace between tags is a text node to the
        // framework's reader), and an invalid reference deep in the line is handed over where it is.
        var feed = SyntheticFeed.ToBytes(SyntheticFeedOptions.Electricity(days: 1) with { LineBreaks = false }, out _);
        ShouldAgree(feed, "the one-line feed");
        var nodes = Trace(feed, fast: false).Count;
        for (var at = 1; at <= nodes; at += 1 + nodes / 40)
        {
            ShouldAgree(feed, "the one-line feed", handOverAt: at);
        }
        var text = Encoding.UTF8.GetString(feed);
        var value = text.IndexOf("<espi:value>", text.Length / 2, StringComparison.Ordinal) + "<espi:value>".Length;
        ShouldAgree(Encoding.UTF8.GetBytes(text[..value] + "&#0;" + text[value..]), "the one-line feed with &#0;");
    }

    [Fact]
    public void A_token_or_prolog_over_the_largest_buffer_is_the_framework_reader_s_to_read()
    {
        var big = new string('7', Utf8XmlReader.MaxBuffer + 1000);
        ShouldAgree(Encoding.UTF8.GetBytes("<a><b>1</b><b>" + big + "</b><b>2</b></a>"), "a text of 8 MB and more");
        ShouldAgree(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!--" + big + "--><a><b>1</b></a>"), "a prolog of 8 MB and more");
        ShouldAgree(Encoding.UTF8.GetBytes("<a><b>1</b><b>" + big + "</c></a>"), "an 8 MB text before a broken end tag");
    }

    [Fact]
    public void A_start_tag_with_very_many_attributes_is_the_framework_reader_s_to_read()
    {
        // Hostile: the duplicate check of this reader is quadratic, so past MaxAttributes it hands over.
        var many = string.Concat(Enumerable.Range(0, 20_000).Select(i => $" a{i}=\"{i}\""));
        var input = Encoding.UTF8.GetBytes("<r><e" + many + "/><e" + many + " a7=\"x\"/></r>");
        ShouldAgree(input, "20,000 attributes, then a duplicate");
        var settings = EspiParser.CreateSettings(new NameTable(), closeInput: true, async: false);
        using var reader = new Utf8XmlReader(new MemoryStream(input), settings);
        reader.Read();
        reader.HandedOver.Should().BeFalse();
        reader.Read();
        reader.HandedOver.Should().BeTrue();
        reader.AttributeCount.Should().Be(20_000);
    }

    [Fact]
    public void Very_many_namespace_declarations_in_scope_are_the_framework_reader_s_to_read()
    {
        // Hostile: this reader looks prefixes up linearly, so past MaxBindings declarations in scope it hands over.
        var depth = 400;
        var open = string.Concat(Enumerable.Range(0, depth).Select(i => $"<p{i}:e xmlns:p{i}=\"u{i}\" xmlns:q{i}=\"v{i}\" q{i}:a=\"1\">"));
        var close = string.Concat(Enumerable.Range(0, depth).Reverse().Select(i => $"</p{i}:e>"));
        var input = Encoding.UTF8.GetBytes(open + "<p3:x q5:b=\"2\"/>" + close);
        ShouldAgree(input, "800 namespace declarations in scope");
        var settings = EspiParser.CreateSettings(new NameTable(), closeInput: true, async: false);
        using var reader = new Utf8XmlReader(new MemoryStream(input), settings);
        for (var i = 0; i < Utf8XmlReader.MaxBindings / 2; i++)
        {
            reader.Read();
        }
        reader.HandedOver.Should().BeFalse();
        reader.Read();
        reader.HandedOver.Should().BeTrue();
        reader.Depth.Should().Be(Utf8XmlReader.MaxBindings / 2);
    }

    [Fact]
    public async Task A_declaration_with_a_bad_byte_read_in_short_pieces_is_a_GreenButtonException_on_every_path()
    {
        // The framework's reader throws ArgumentOutOfRangeException from a buffer copy on this input when it comes in
        // reads of 1 to 3 bytes (found by the mutated feeds): the parser reports it as malformed XML on every path.
        var input = s_feed.AsSpan(0, 6000).ToArray().ToList();
        input.Insert(18, 0xE2);
        var bytes = input.ToArray();
        var framework = Trace(bytes, fast: false, chunk: 3);
        framework[^1].Should().StartWith("error ArgumentOutOfRangeException", "the framework's reader's own failure, which the parser must not let out");
        var sync = () => GreenButtonReader.ReadEntries(new TrickleStream(new MemoryStream(bytes), 3)).ToList();
        sync.Should().Throw<GreenButtonException>().Which.Reason.Should().StartWith("Malformed XML");
        var load = () => GreenButtonDocument.Load(new TrickleStream(new MemoryStream(bytes), 3));
        load.Should().Throw<GreenButtonException>();
        try
        {
            // The framework's reader straight on the short reads: its own exception, reported as malformed XML.
            AppContext.SetSwitch(Utf8XmlReader.FrameworkReaderSwitch, true);
            var error = sync.Should().Throw<GreenButtonException>().Which;
            error.Reason.Should().StartWith("Malformed XML: the XML reader failed on this input");
            error.InnerException.Should().BeOfType<ArgumentOutOfRangeException>();
        }
        finally
        {
            AppContext.SetSwitch(Utf8XmlReader.FrameworkReaderSwitch, false);
        }
        var async = async () =>
        {
            await foreach (var _ in GreenButtonReader.ReadEntriesAsync(new TrickleStream(new MemoryStream(bytes), 3)))
            {
            }
        };
        (await async.Should().ThrowAsync<GreenButtonException>()).Which.Reason.Should().StartWith("Malformed XML");
        var loadAsync = () => GreenButtonDocument.LoadAsync(new TrickleStream(new MemoryStream(bytes), 3));
        await loadAsync.Should().ThrowAsync<GreenButtonException>();
    }

    [Fact]
    public void Bytes_that_are_not_utf8_far_into_a_feed_are_the_framework_reader_s_error()
    {
        // The framework's reader decodes ahead, so it fails some nodes before the bad bytes' own node; this reader
        // hands over as soon as it reads them (blocks of 64 KB), so the framework's reader reads on from there and
        // fails the same way: the same error, at the same position.
        var feed = SyntheticFeed.ToBytes(new SyntheticFeedOptions { Days = 20 }, out _);
        feed.Length.Should().BeGreaterThan(300_000);
        var text = Encoding.UTF8.GetString(feed);
        var at = text.IndexOf("<espi:value>", 250_000, StringComparison.Ordinal) + "<espi:value>".Length;
        var bad = feed[..at].Concat(new byte[] { 0xC3, 0x28 }).Concat(feed[at..]).ToArray();
        var expected = Trace(bad, fast: false);
        var actual = Trace(bad, fast: true);
        expected[^1].Should().StartWith("error XmlException: Invalid character in the given encoding.");
        actual[^1].Should().Be(expected[^1]);
        actual.Count.Should().BeLessThanOrEqualTo(expected.Count, "no node the framework's reader would not have given");
        actual.Should().Equal(expected.Take(actual.Count - 1).Append(expected[^1]));
    }

    [Fact]
    public void The_whole_generated_feed_reads_as_the_framework_reads_it()
    {
        ShouldAgree(s_feed, "the generated feed");
        ShouldAgree(s_feed, "the generated feed", chunk: 5);
    }

    [Fact]
    public void The_switch_puts_every_synchronous_parse_on_the_framework_reader_and_async_parses_never_use_this_one()
    {
        static bool ReadsUtf8(bool async)
        {
            using var parser = EspiParser.Create(new MemoryStream(s_feed), new GreenButtonReaderOptions(), null, closeInput: true, async);
            return parser.ReadsUtf8;
        }
        ReadsUtf8(async: false).Should().BeTrue();
        ReadsUtf8(async: true).Should().BeFalse();
        try
        {
            AppContext.SetSwitch(Utf8XmlReader.FrameworkReaderSwitch, true);
            ReadsUtf8(async: false).Should().BeFalse();
        }
        finally
        {
            AppContext.SetSwitch(Utf8XmlReader.FrameworkReaderSwitch, false);
        }
        ReadsUtf8(async: false).Should().BeTrue();
    }

    /// <summary>A stream that gives at most a few bytes a read.</summary>
    private sealed class TrickleStream(Stream inner, int chunk) : ForwardOnlyStream
    {
        private int _turn;

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 1 + (_turn++ % chunk)));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => ValueTask.FromResult(Read(buffer.Span[..Math.Min(buffer.Length, 1 + (_turn++ % chunk))]));

        public override int Read(Span<byte> buffer) => inner.Read(buffer[..Math.Min(buffer.Length, 1 + (_turn++ % chunk))]);
    }
}
