using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using static GreenButton.Tests.Validation.ConformantFeed;
using static GreenButton.Tests.Validation.SchemaPushValidatorTests;

namespace GreenButton.Tests.Validation;

/// <summary>
/// Atom's feed and entry (repeated choices with counted members) are checked by the push validator's choice model, each
/// child validated alone; .NET's validating XmlReader is the reference. Valid and broken feed, entry, link and content
/// structures give the reference's result: the same violations, messages, lines, columns, paths and entries, in order.
/// </summary>
public sealed class SchemaChoiceModelTests
{
    private const string EspiNs = "http://naesb.org/espi";
    private const string ElecBlock = "ib-elec-wh";
    private const string Foreign = "<x:ext xmlns:x=\"urn:x\">1</x:ext>";

    /// <summary>(name, entry id ("" for the feed's own children), pattern, replacement): the first match replaced.</summary>
    private static readonly (string Name, string Entry, string Pattern, string Replacement)[] s_mutations =
    [
        // entry: order, counts, members
        ("entry: title first", "ltp", "(<id>.*?</id>\n)(.*?)(<title>.*?</title>\n)", "$3$1$2"),
        ("entry: updated first", "ltp", "(<id>.*?</id>\n)(.*?)(<updated>.*?</updated>\n)", "$3$1$2"),
        ("entry: id twice", "ltp", "(<id>.*?</id>)", "$1$1"),
        ("entry: no id", "ltp", "<id>.*?</id>", ""),
        ("entry: no title, published or updated", "ltp", "<title>.*?</title>\n(<content>.*?</content>\n).*</updated>", "$1"),
        ("entry: one link", "ltp", "<link rel=\"up\"[^>]*/>", ""),
        ("entry: no link", "ltp", "<link rel=\"self\"[^>]*/>\n<link rel=\"up\"[^>]*/>", ""),
        ("entry: links split by the title", "ltp", "(<link rel=\"self\"[^>]*/>\n)(<link rel=\"up\"[^>]*/>\n)(\n<title>.*?</title>\n)", "$1$3$2"),
        ("entry: links in runs of two and four", "up-elec", "(<link rel=\"self\"[^>]*/>\n<link rel=\"up\"[^>]*/>\n)", "$1<title>t</title>"),
        ("entry: links in runs of five and one", "up-elec", "(<link rel=\"related\"[^>]*/>)(\n<title>)", "<title>t</title>$1$2"),
        ("entry: links after the content", "ltp", "(<link rel=\"self\"[^>]*/>\n<link rel=\"up\"[^>]*/>\n)(.*?</content>\n)", "$2$1"),
        ("entry: three links", "ltp", "(<link rel=\"up\"[^>]*/>)", "$1<link rel=\"alternate\" href=\"https://utility.example/x\"/>"),
        ("entry: unknown Atom element", "ltp", "<title>", "<bogus/><title>"),
        ("entry: element in no namespace", "ltp", "<title>", "<bogus xmlns=\"\"/><title>"),
        ("entry: undeclared foreign element", "ltp", "<title>", Foreign + "<title>"),
        ("entry: ESPI resource outside content", "ltp", "<title>", $"<MeterReading xmlns=\"{EspiNs}\"/><title>"),
        ("entry: bad ESPI resource outside content", "ltp", "<title>", $"<MeterReading xmlns=\"{EspiNs}\"><bogus/></MeterReading><title>"),
        ("entry: text between children", "ltp", "<title>", "stray<title>"),
        ("entry: CDATA between children", "ltp", "<title>", "<![CDATA[x]]><title>"),
        ("entry: comment between children", "ltp", "<title>", "<!-- c --><title>"),
        ("entry: content twice", "ltp", "(<content>.*?</content>)", "$1$1"),
        ("entry: author with a name", "ltp", "<title>", "<author><name>Utility</name><email>a@utility.example</email></author><title>"),
        ("entry: author empty", "ltp", "<title>", "<author/><title>"),
        ("entry: author with a bad email", "ltp", "<title>", "<author><name>U</name><email>nobody</email></author><title>"),
        ("entry: category without term", "ltp", "<title>", "<category scheme=\"urn:s\"/><title>"),
        ("entry: category with a term", "ltp", "<title>", "<category term=\"t\"/><title>"),
        ("entry: summary and rights", "ltp", "<title>", "<summary type=\"text\">s</summary><rights>r</rights><title>"),
        ("entry: summary of a bad type", "ltp", "<title>", "<summary type=\"pdf\">s</summary><title>"),
        ("entry: title of type xhtml", "ltp", "<title>(.*?)</title>", "<title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">$1</div></title>"),
        ("entry: title holding an Atom element", "ltp", "<title>(.*?)</title>", "<title><id>x</id></title>"),
        ("entry: updated not a date", "ltp", "<updated>.*?</updated>", "<updated>yesterday</updated>"),
        ("entry: published between blanks (collapsed)", "ltp", "<published>(.*?)</published>", "<published>  $1\n</published>"),
        ("entry: id between blanks", "ltp", "<id>(.*?)</id>", "<id>\n  $1  </id>"),
        ("entry: empty", "ltp", "^<entry>.*</entry>$", "<entry/>"),
        ("entry: empty with an end tag", "ltp", "^<entry>.*</entry>$", "<entry></entry>"),
        ("entry: only an id", "ltp", "^<entry>\n(<id>.*?</id>).*</entry>$", "<entry>$1</entry>"),
        ("entry: xml:lang and xml:base", "ltp", "<entry>", "<entry xml:lang=\"en-US\" xml:base=\"https://utility.example/\">"),
        ("entry: bad xml:lang", "ltp", "<entry>", "<entry xml:lang=\"not a language\">"),
        ("entry: xml:space", "ltp", "<entry>", "<entry xml:space=\"preserve\">"),
        ("entry: foreign attribute", "ltp", "<entry>", "<entry x:a=\"1\" xmlns:x=\"urn:x\">"),
        ("entry: unknown attribute", "ltp", "<entry>", "<entry bogus=\"1\">"),
        ("entry: xsi:type", "ltp", "<entry>", "<entry xsi:type=\"entryType\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"),
        ("entry: xsi:type of another type", "ltp", "<entry>", "<entry xsi:type=\"feedType\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"),
        ("entry: xsi:nil", "ltp", "<entry>", "<entry xsi:nil=\"true\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"),
        ("entry: in another namespace", "ltp", "^<entry>(.*)</entry>$", "<entry xmlns=\"urn:x\">$1</entry>"),
        ("entry: Atom prefixed", "ltp", "^<entry>(.*)</entry>$", "<a:entry xmlns:a=\"http://www.w3.org/2005/Atom\">$1</a:entry>"),
        ("entry: bad reading inside", ElecBlock, "<value>100</value>", "<value>lots</value>"),
        ("entry: bad reading and bad link", ElecBlock, "<value>100</value>(.*?)</content>\n", "<value>lots</value>$1</content>\n<link rel=\"x\"/>"),
        // link: attributes and content
        ("link: no href", "ltp", "<link rel=\"self\" href=\"[^\"]*\"/>", "<link rel=\"self\"/>"),
        ("link: no rel", "ltp", "<link rel=\"self\" (href=\"[^\"]*\")/>", "<link $1/>"),
        ("link: no attributes", "ltp", "<link rel=\"self\" href=\"[^\"]*\"/>", "<link/>"),
        ("link: unknown attribute", "ltp", "<link rel=\"self\"", "<link bogus=\"1\" rel=\"self\""),
        ("link: foreign attribute", "ltp", "<link rel=\"self\"", "<link x:a=\"1\" xmlns:x=\"urn:x\" rel=\"self\""),
        ("link: all its attributes", "ltp", "<link rel=\"self\"", "<link type=\"application/atom+xml\" hreflang=\"en\" title=\"t\" length=\"12\" rel=\"self\""),
        ("link: length not a number", "ltp", "<link rel=\"self\"", "<link length=\"abc\" rel=\"self\""),
        ("link: length zero", "ltp", "<link rel=\"self\"", "<link length=\"0\" rel=\"self\""),
        ("link: length between blanks (collapsed)", "ltp", "<link rel=\"self\"", "<link length=\" 12 \" rel=\"self\""),
        ("link: hreflang with a blank", "ltp", "<link rel=\"self\"", "<link hreflang=\"en us\" rel=\"self\""),
        ("link: hreflang between blanks (collapsed)", "ltp", "<link rel=\"self\"", "<link hreflang=\" en \" rel=\"self\""),
        ("link: xml:lang", "ltp", "<link rel=\"self\"", "<link xml:lang=\"en\" rel=\"self\""),
        ("link: bad xml:lang", "ltp", "<link rel=\"self\"", "<link xml:lang=\"e n\" rel=\"self\""),
        ("link: xml:base", "ltp", "<link rel=\"self\"", "<link xml:base=\"https://utility.example/\" rel=\"self\""),
        ("link: text content", "ltp", "<link rel=\"self\" href=\"([^\"]*)\"/>", "<link rel=\"self\" href=\"$1\">text</link>"),
        ("link: child element", "ltp", "<link rel=\"self\" href=\"([^\"]*)\"/>", "<link rel=\"self\" href=\"$1\"><x/></link>"),
        ("link: foreign child element", "ltp", "<link rel=\"self\" href=\"([^\"]*)\"/>", "<link rel=\"self\" href=\"$1\">" + Foreign + "</link>"),
        // content
        ("content: type attribute", "ltp", "<content>", "<content type=\"application/xml\">"),
        ("content: src", "ltp", "<content>", "<content src=\"https://utility.example/x\">"),
        ("content: text beside the resource", "ltp", "<content>", "<content>text"),
        ("content: two resources", "ltp", "</content>", $"<MeterReading xmlns=\"{EspiNs}\"/></content>"),
        ("content: undeclared ESPI element", "ltp", "<content>", $"<content><Bogus xmlns=\"{EspiNs}\"/>"),
        ("content: Atom element", "ltp", "<content>", "<content><title>t</title>"),
        ("content: undeclared foreign element", "ltp", "<content>", "<content>" + Foreign),
        ("content: empty", "ltp", "<content>.*?</content>", "<content/>"),
        ("content: bad resource", "ltp", "<dstOffset>3600</dstOffset>", "<dstOffset>an hour</dstOffset>"),
        // feed: its own children
        ("feed: an entry before the feed's id", "", "(<id>urn:uuid:feed</id>\n)(.*?\n)(<entry>.*?</entry>\n)", "$3$1$2"),
        ("feed: entries only", "", "<id>urn:uuid:feed</id>\n.*?\n(<entry>)", "$1"),
        ("feed: a link only", "", "<id>urn:uuid:feed</id>\n.*?\n(<link[^>]*/>\n)<entry>.*</entry>\n", "$1"),
        ("feed: two children", "", "<id>urn:uuid:feed</id>\n(<title>.*?</title>\n).*?\n<entry>.*</entry>\n", "$1<updated>2023-06-02T00:00:00Z</updated>"),
        ("feed: three children", "", "<id>urn:uuid:feed</id>\n(<title>.*?</title>\n).*?\n<entry>.*</entry>\n", "$1<updated>2023-06-02T00:00:00Z</updated><id>x</id>"),
        ("feed: empty", "", "<feed xmlns=\"http://www.w3.org/2005/Atom\">.*</feed>", "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>"),
        ("feed: self-closed", "", "<feed xmlns=\"http://www.w3.org/2005/Atom\">.*</feed>", "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>"),
        ("feed: unknown Atom element", "", "<title>Conformant", "<bogus/><title>Conformant"),
        ("feed: text", "", "<title>Conformant", "x<title>Conformant"),
        ("feed: ESPI resource among the entries", "", "(</entry>\n)", $"$1<MeterReading xmlns=\"{EspiNs}\"/>"),
        ("feed: undeclared foreign element", "", "<title>Conformant", Foreign + "<title>Conformant"),
        ("feed: element in no namespace among the entries", "", "(</entry>\n)", "$1<entry xmlns=\"\"/>"),
        ("feed: generator twice", "", "<title>Conformant", "<generator uri=\"https://utility.example/\">g</generator><generator>h</generator><title>Conformant"),
        ("feed: two links", "", "(<link[^>]*/>)", "$1<link rel=\"alternate\" href=\"https://utility.example/\"/>"),
        ("feed: link without href", "", "<link rel=\"self\" href=\"[^\"]*\"/>", "<link rel=\"self\"/>"),
        ("feed: category without term, among the entries", "", "(</entry>\n)", "$1<category/>"),
        ("feed: bad updated", "", "<updated>2023-06-02T00:00:00Z</updated>", "<updated>June</updated>"),
        ("feed: subtitle, icon and logo", "", "<title>Conformant", "<subtitle>s</subtitle><icon>i.png</icon><logo>l.png</logo><title>Conformant"),
        ("feed: xml:lang and a foreign attribute", "", "<feed ", "<feed xml:lang=\"en\" x:a=\"1\" xmlns:x=\"urn:x\" "),
        ("feed: unknown attribute", "", "<feed ", "<feed bogus=\"1\" "),
        ("feed: an entry's end and the next entry's start with text between", "", "(</entry>\n)", "$1text"),
        ("feed: entry holding a feed", "", "(<entry>\n)", "$1<feed/>"),
        ("feed: entry inside an entry", "", "(<entry>\n)", "$1<entry><id>x</id></entry>"),
    ];

    public static TheoryData<string, bool> Mutations()
    {
        var data = new TheoryData<string, bool>();
        foreach (var (name, _, _, _) in s_mutations)
        {
            data.Add(name, false);
            data.Add(name, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task A_mutated_feed_entry_link_or_content_gives_the_validating_readers_result(string name, bool oneTagALine)
    {
        var (_, entry, pattern, replacement) = s_mutations.Single(m => m.Name == name);
        var xml = entry.Length == 0
            ? ReplaceOnce(Xml, pattern, replacement)
            : ConformantFeed.Replace(entry, pattern, replacement);
        await AssertSameAsReference(Layout(xml, oneTagALine));
    }

    [Theory]
    [InlineData("ltp")]
    [InlineData(ElecBlock)]
    [InlineData("up-elec")]
    public async Task A_single_entry_document_gives_the_validating_readers_result(string id)
    {
        var entry = EntryOf(id).Replace("<entry>", "<entry xmlns=\"http://www.w3.org/2005/Atom\">", StringComparison.Ordinal);
        await AssertSameAsReference(entry);
        await AssertSameAsReference(entry.Replace("<link rel=\"up\"", "<link bogus=\"1\" rel=\"up\"", StringComparison.Ordinal));
        await AssertSameAsReference(Regex.Replace(entry, "<link rel=\"up\"[^>]*/>", "", RegexOptions.None, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void A_valid_feed_has_the_feed_and_every_entry_checked_by_the_choice_model()
    {
        var (checkedByModel, replays) = Push(Xml);
        var entries = Regex.Count(Xml, "<entry>");
        // The feed, each entry, each IntervalBlock (with its readings) and the other model-checked elements.
        checkedByModel.Should().BeGreaterThanOrEqualTo(1 + entries + Regex.Count(Xml, "<IntervalBlock"));
        replays.Should().Be(0);
    }

    [Fact]
    public void An_entry_with_one_link_replays_that_entry_only()
    {
        var (valid, _) = Push(Xml);
        var (checkedByModel, replays) = Push(ConformantFeed.Replace("ltp", "<link rel=\"up\"[^>]*/>", ""));
        replays.Should().Be(1, "only the entry whose links the model cannot decide goes back to the validator");
        // The entry itself is no longer model-checked, nor (past the validator's error) its content; every other entry is.
        checkedByModel.Should().BeInRange(valid - 2, valid - 1);
    }

    [Fact]
    public void A_feed_child_the_model_does_not_know_replays_the_feed_and_keeps_the_entries_models()
    {
        var (valid, _) = Push(Xml);
        var (checkedByModel, replays) = Push(ReplaceOnce(Xml, "(</entry>\n)", $"$1<MeterReading xmlns=\"{EspiNs}\"/>"));
        replays.Should().Be(1, "the feed is validated the generic way from the unknown child on");
        checkedByModel.Should().Be(valid - 1, "every entry is still checked by the entry's model");
    }

    /// <summary>The entry children a generated entry is made of: members, wildcards' elements, text, repeats.</summary>
    private static readonly string[] s_entryChildren =
    [
        "<id>urn:uuid:gen</id>",
        $"<link rel=\"self\" href=\"{LocalTime}\"/>",
        $"<link rel=\"up\" href=\"{Base}/LocalTimeParameters\"/>",
        "<link rel=\"self\"/>",
        "<title>t</title>",
        "<content><LocalTimeParameters xmlns=\"http://naesb.org/espi\"><dstEndRule>B40E2000</dstEndRule><dstOffset>3600</dstOffset><dstStartRule>360E2000</dstStartRule><tzOffset>-28800</tzOffset></LocalTimeParameters></content>",
        "<published>2023-06-02T00:00:00Z</published>",
        "<updated>2023-06-02T00:00:00Z</updated>",
        "<updated>soon</updated>",
        "<author><name>n</name></author>",
        "<category term=\"t\"/>",
        "<summary>s</summary>",
        "<bogus/>",
        Foreign,
        $"<MeterReading xmlns=\"{EspiNs}\"/>",
        "text",
    ];

    /// <summary>The feed children a generated feed is made of.</summary>
    private static readonly string[] s_feedChildren =
    [
        "<id>urn:uuid:feed</id>",
        "<title>t</title>",
        "<updated>2023-06-02T00:00:00Z</updated>",
        $"<link rel=\"self\" href=\"{Base}/Subscription/5\"/>",
        "<link/>",
        "<generator>g</generator>",
        "<author><name>n</name></author>",
        "<bogus/>",
        Foreign,
        "text",
    ];

    [Fact]
    public void Generated_entries_give_the_validating_readers_result()
    {
        var ltp = EntryOf("ltp");
        Gen.Int[0, s_entryChildren.Length - 1].Array[0, 9].Sample(picks =>
        {
            var entry = "<entry>" + string.Concat(picks.Select(i => s_entryChildren[i] + "\n")) + "</entry>\n";
            AssertSameAsReferenceNow(Xml.Replace(ltp, entry, StringComparison.Ordinal));
        }, iter: 150, print: picks => string.Join(",", picks));
    }

    [Fact]
    public void Generated_feeds_give_the_validating_readers_result()
    {
        var entries = string.Concat(new[] { "ltp", "up-elec", ElecBlock }.Select(EntryOf));
        var entryCount = 3;
        Gen.Int[0, s_feedChildren.Length + entryCount - 1].Array[0, 9].Sample(picks =>
        {
            var children = picks.Select(i => i < s_feedChildren.Length ? s_feedChildren[i] + "\n" : entries);
            AssertSameAsReferenceNow("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n" + string.Concat(children) + "</feed>\n");
        }, iter: 100, print: picks => string.Join(",", picks));
    }

    private static string EntryOf(string id)
    {
        var marker = $"<id>urn:uuid:{id}</id>";
        var at = Xml.IndexOf(marker, StringComparison.Ordinal);
        var start = Xml.LastIndexOf("<entry>", at, StringComparison.Ordinal);
        var end = Xml.IndexOf("</entry>", at, StringComparison.Ordinal) + "</entry>\n".Length;
        return Xml[start..end];
    }

    private static string ReplaceOnce(string xml, string pattern, string replacement)
    {
        var changed = new Regex(pattern, RegexOptions.Singleline, TimeSpan.FromSeconds(5)).Replace(xml, replacement, 1);
        changed.Should().NotBe(xml, "the mutation applies");
        return changed;
    }

    /// <summary>The push validator's and the validating reader's results, synchronously (for property samples).</summary>
    private static void AssertSameAsReferenceNow(string xml)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        var options = new GreenButtonValidationOptions { FunctionBlocks = AllBlocks, SourceName = "feed.xml" };
        var reference = GreenButtonValidator.Validate(new MemoryStream(bytes), options with { ValidatingReader = true });
        var push = GreenButtonValidator.Validate(new MemoryStream(bytes), options);
        Lines(push).Should().Equal(Lines(reference), xml);
    }

    private static List<string> Lines(GreenButtonValidationResult result)
    {
        List<string> lines = [$"readable {result.IsReadable}, schema valid {result.IsSchemaValid}, {result.ErrorCount} errors, {result.WarningCount} warnings"];
        lines.AddRange(result.Violations.Select(v => $"{v.Source} {v} @{v.Path} #{v.EntryId}"));
        return lines;
    }
}
