using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using GreenButton.Tests.Corpus;
using static GreenButton.Tests.Validation.ConformantFeed;

namespace GreenButton.Tests.Validation;

/// <summary>
/// The validator pushes each node to an XmlSchemaValidator and checks IntervalReadings (and other simple sequences) by
/// precompiled models; .NET's validating XmlReader is the reference. On every fixture below, valid or broken in the hot
/// subtree, both give the same result: the same violations, messages, lines, columns, paths and entries, in order.
/// </summary>
public sealed class SchemaPushValidatorTests
{
    private const string Espi = "http://naesb.org/espi";
    private const string Block = "ib-elec-wh";

    /// <summary>(name, pattern, replacement) applied once to the first match in the electricity IntervalBlock's entry.</summary>
    private static readonly (string Name, string Pattern, string Replacement)[] s_mutations =
    [
        ("valid, another cost", "<cost>1500</cost>", "<cost>1501</cost>"),
        ("value not an integer", "<value>100</value>", "<value>lots</value>"),
        ("value a decimal", "<value>100</value>", "<value>1.5</value>"),
        ("value beyond Int48", "<value>100</value>", "<value>999999999999999999</value>"),
        ("value of 20 digits", "<value>100</value>", "<value>12345678901234567890</value>"),
        ("value at Int48's bound", "<value>100</value>", "<value>140737488355328</value>"),
        ("value just past Int48's bound", "<value>100</value>", "<value>-140737488355329</value>"),
        ("value with a plus sign", "<value>100</value>", "<value>+100</value>"),
        ("value with blanks", "<value>100</value>", "<value> \t100\n </value>"),
        ("value empty", "<value>100</value>", "<value></value>"),
        ("value self-closed", "<value>100</value>", "<value/>"),
        ("value split by a comment", "<value>100</value>", "<value>1<!-- c -->00</value>"),
        ("value in CDATA", "<value>100</value>", "<value><![CDATA[100]]></value>"),
        ("value holding an element", "<value>100</value>", "<value><x>1</x>100</value>"),
        ("value with an attribute", "<value>100</value>", "<value unit=\"Wh\">100</value>"),
        ("value redeclaring its namespace", "<value>100</value>", $"<value xmlns=\"{Espi}\">100</value>"),
        ("value nil but not nillable", "<value>100</value>", "<value xsi:nil=\"true\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/>"),
        ("value twice", "<value>100</value>", "<value>100</value><value>1</value>"),
        ("value in another namespace", "<value>100</value>", "<value xmlns=\"urn:other\">100</value>"),
        ("negative duration", "<duration>900</duration>", "<duration>-900</duration>"),
        ("minus zero duration", "<duration>900</duration>", "<duration>-0</duration>"),
        ("duration beyond UInt32", "<duration>900</duration>", "<duration>4294967296</duration>"),
        ("timePeriod without start", "<start>\\d+</start></timePeriod>", "</timePeriod>"),
        ("timePeriod empty", "<timePeriod>.*?</timePeriod>", "<timePeriod/>"),
        ("timePeriod's children swapped", "<timePeriod><duration>(\\d+)</duration><start>(\\d+)</start>", "<timePeriod><start>$2</start><duration>$1</duration>"),
        ("cost after value", "<cost>1500</cost>(.*?)</value>", "$1</value><cost>1500</cost>"),
        ("unknown element first", "<IntervalReading>", "<IntervalReading><bogus>1</bogus>"),
        ("unknown element last", "</value></IntervalReading>", "</value><bogus/></IntervalReading>"),
        ("unknown element in timePeriod", "</start></timePeriod>", "</start><bogus/></timePeriod>"),
        ("text between children", "<IntervalReading>", "<IntervalReading>stray text"),
        ("attribute on IntervalReading", "<IntervalReading>", "<IntervalReading id=\"1\">"),
        ("IntervalReading empty", "<IntervalReading>.*?</IntervalReading>", "<IntervalReading/>"),
        ("IntervalReading with only a value", "<IntervalReading>.*?</IntervalReading>", "<IntervalReading><value>5</value></IntervalReading>"),
        ("extension first", "<IntervalReading>", "<IntervalReading><extension><anything xmlns=\"urn:x\">1</anything></extension>"),
        ("ReadingQuality empty", "<ReadingQuality>.*?</ReadingQuality>", "<ReadingQuality/>"),
        ("quality not a number", "<quality>0</quality>", "<quality>good</quality>"),
        ("quality beyond UInt16", "<quality>0</quality>", "<quality>70000</quality>"),
        ("tou and cpp, cpp beyond Int16", "</value></IntervalReading>", "</value><tou>1</tou><cpp>70000</cpp></IntervalReading>"),
        ("consumptionTier after tou", "</value></IntervalReading>", "</value><tou>1</tou><consumptionTier>2</consumptionTier></IntervalReading>"),
        ("IntervalReading before interval", "(<interval>.*?</interval>)(<IntervalReading>.*?</IntervalReading>)", "$2$1"),
        ("interval's duration not a number", "<interval><duration>\\d+</duration>", "<interval><duration>day</duration>"),
        ("IntervalReading inside IntervalReading", "</value></IntervalReading>", "</value><IntervalReading/></IntervalReading>"),
        ("300 ReadingQualities then a bad value", "<ReadingQuality><quality>0</quality></ReadingQuality>(.*?)<value>100</value>",
            string.Concat(Enumerable.Repeat("<ReadingQuality><quality>0</quality></ReadingQuality>", 300)) + "$1<value>bad</value>"),
        ("300 ReadingQualities", "<ReadingQuality><quality>0</quality></ReadingQuality>",
            string.Concat(Enumerable.Repeat("<ReadingQuality><quality>0</quality></ReadingQuality>", 300))),
    ];

    public static TheoryData<string, bool> Mutations()
    {
        var data = new TheoryData<string, bool>();
        foreach (var (name, _, _) in s_mutations)
        {
            data.Add(name, false);
            data.Add(name, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task A_mutated_reading_gives_the_validating_readers_result(string name, bool oneTagALine)
    {
        var (_, pattern, replacement) = s_mutations.Single(m => m.Name == name);
        var xml = Layout(Replace(Block, pattern, replacement), oneTagALine);
        await AssertSameAsReference(xml);
    }

    [Fact]
    public async Task Every_reading_broken_gives_the_same_result_past_the_models_give_up()
    {
        // 96 bad values in a block, and in every block: past 64 replays a declaration's model is no longer tried.
        var xml = Regex.Replace(Xml, "<value>100</value>", "<value>1.5</value>", RegexOptions.None, TimeSpan.FromSeconds(5));
        await AssertSameAsReference(xml);
        await AssertSameAsReference(xml, new GreenButtonValidationOptions { MaxViolations = 5, FunctionBlocks = AllBlocks });
    }

    [Fact]
    public async Task Redacted_capped_and_ESPI_3_3_results_are_the_same()
    {
        var xml = Replace(Block, "<value>100</value>", "<value>lots</value><bogus/>");
        await AssertSameAsReference(xml, new GreenButtonValidationOptions { RedactValues = true, FunctionBlocks = AllBlocks });
        await AssertSameAsReference(xml, new GreenButtonValidationOptions { MaxViolations = 1, FunctionBlocks = AllBlocks });
        await AssertSameAsReference(xml, new GreenButtonValidationOptions { Schema = EspiSchemaVersion.Espi33, FunctionBlocks = AllBlocks });
        await AssertSameAsReference(Xml, new GreenButtonValidationOptions { Schema = EspiSchemaVersion.Espi33, FunctionBlocks = AllBlocks });
    }

    [Fact]
    public async Task Malformed_inside_a_reading_keeps_the_schema_errors_read_before()
    {
        var xml = Layout(Replace(Block, "<value>100</value></IntervalReading>", "<value>lots</value><cost>1</cost></IntervalReading "), true);
        var result = await AssertSameAsReference(xml);
        result.IsReadable.Should().BeFalse();
        result.Violations.Should().Contain(v => v.Code == ValidationCodes.Xsd).And.Contain(v => v.Code == ValidationCodes.Xml);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Values_longer_than_the_buffers_are_read_whole_through_the_push_reader(bool oneTagALine)
    {
        // Past the push reader's 128-char value buffer and the parser's chunk: a value padded with blanks (valid, the
        // XSD collapses them) and a title with a surrogate pair astride the 128th char.
        var xml = Replace(Block, "<value>100</value>", $"<value>{new string(' ', 300)}100{new string(' ', 300)}</value>");
        xml = Replace(Block, $"<title>{Block}</title>", $"<title>{new string('a', 127)}\U0001F600{new string('b', 300)}</title>", xml);
        xml = Layout(xml, oneTagALine);
        var result = await AssertSameAsReference(xml);
        result.IsSchemaValid.Should().BeTrue();

        Entries(xml, validating: true).Should().BeEquivalentTo(Entries(xml, validating: false), o => o.WithStrictOrdering());
        Entries(xml, validating: true).Should().Contain(e => e.Title!.Length == 429 && e.Readings.Contains(100));
    }

    /// <summary>Each entry's title and the raw values of its IntervalBlocks, as the parser reads them.</summary>
    private static List<(string? Title, long[] Readings)> Entries(string xml, bool validating)
    {
        var options = new GreenButtonReaderOptions { Lenient = true };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        using var parser = validating
            ? EspiParser.CreateValidating(stream, options, closeInput: false, async: false, SchemaSets.For(EspiSchemaVersion.Espi40), (_, _) => { })
            : EspiParser.Create(stream, options, null, closeInput: false);
        return [.. parser.ReadEntries().Select(e => (e.Title, e.Resources.OfType<IntervalBlock>().SelectMany(b => b.Readings).Select(r => r.Value).ToArray()))];
    }

    [Fact]
    public void A_valid_feed_has_every_block_checked_by_its_model_and_nothing_replayed()
    {
        var (checkedByModel, replays) = Push(Xml);
        // Models are tried on the outermost element they cover: an IntervalBlock with all its readings is one check.
        checkedByModel.Should().BeGreaterThanOrEqualTo(Regex.Count(Xml, "<IntervalBlock>"));
        replays.Should().Be(0);
    }

    [Fact]
    public void A_bad_value_replays_its_block_only()
    {
        var bad = Replace(Block, "<value>100</value>", "<value>lots</value>");
        var (checkedByModel, replays) = Push(bad);
        replays.Should().Be(1, "only the block holding the bad value goes back to the validator");
        checkedByModel.Should().BeGreaterThanOrEqualTo(Push(Xml).ModelChecked - 1, "the other blocks are still checked by their models");
    }

    [CorpusTheory]
    [MemberData(nameof(CorpusValidationTests.XmlFiles), MemberType = typeof(CorpusValidationTests))]
    public async Task Every_corpus_file_gives_the_validating_readers_result(string file)
    {
        var bytes = await File.ReadAllBytesAsync(SharedCorpus.PathOf(file));
        await AssertSameAsReference(bytes, new GreenButtonValidationOptions { FunctionBlocks = AllBlocks, SourceName = file });
    }

    /// <summary>The document with each tag on a line of its own (indented), where tags meet.</summary>
    internal static string Layout(string xml, bool oneTagALine)
        => oneTagALine ? Regex.Replace(xml, ">(?=<[^!])", ">\n  ", RegexOptions.None, TimeSpan.FromSeconds(5)) : xml;

    internal static Task<GreenButtonValidationResult> AssertSameAsReference(string xml, GreenButtonValidationOptions? options = null)
        => AssertSameAsReference(Encoding.UTF8.GetBytes(xml), options ?? new GreenButtonValidationOptions { FunctionBlocks = AllBlocks, SourceName = "feed.xml" });

    internal static async Task<GreenButtonValidationResult> AssertSameAsReference(byte[] bytes, GreenButtonValidationOptions options)
    {
        var reference = GreenButtonValidator.Validate(new MemoryStream(bytes), options with { ValidatingReader = true });
        var push = GreenButtonValidator.Validate(new MemoryStream(bytes), options);
        var pushAsync = await GreenButtonValidator.ValidateAsync(new MemoryStream(bytes), options);
        var referenceAsync = await GreenButtonValidator.ValidateAsync(new MemoryStream(bytes), options with { ValidatingReader = true });
        Summary(push).Should().Equal(Summary(reference));
        Summary(pushAsync).Should().Equal(Summary(referenceAsync));
        return push;
    }

    private static List<string> Summary(GreenButtonValidationResult result)
    {
        List<string> lines = [$"readable {result.IsReadable}, schema valid {result.IsSchemaValid}, {result.ErrorCount} errors, {result.WarningCount} warnings, {result.OmittedViolations} omitted"];
        lines.AddRange(result.Violations.Select(v => $"{v.Source} {v} @{v.Path} #{v.EntryId}"));
        return lines;
    }

    /// <summary>Reads a document through the push reader alone: how many elements its models accepted, how many it replayed.</summary>
    internal static (int ModelChecked, int Replays) Push(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        using var inner = XmlReader.Create(new StringReader(xml), settings);
        var errors = 0;
        using var reader = new SchemaPushReader(inner, SchemaSets.For(EspiSchemaVersion.Espi40),
            System.Xml.Schema.XmlSchemaValidationFlags.ReportValidationWarnings, (_, e) => errors += e.Severity == System.Xml.Schema.XmlSeverityType.Error ? 1 : 0);
        while (reader.Read())
        {
        }
        return (reader.ModelChecked, reader.Replays);
    }
}
