using System.Text;
using System.Xml.Linq;
using GreenButton.Tests.Corpus;

namespace GreenButton.Tests.Writing;

/// <summary>Customer resources written: every field back after read, write, read; valid output; declared once; never anonymised.</summary>
public sealed class CustomerWriterTests
{
    private const string CustomerNs = "http://naesb.org/espi/customer";
    private static readonly GreenButtonReaderOptions s_lenient = new() { Lenient = true };

    public static TheoryData<string> Fixtures() => ["customer-full.xml", "customer.xml"];

    /// <summary>The well-formed corpus files that use the customer namespace (8 when the corpus is present).</summary>
    public static IEnumerable<object[]> CorpusCustomerFiles()
        => SharedCorpus.Exists
            ? SharedCorpus.WellFormedFiles().Select(f => (string)f[0]).Where(f => File.ReadAllText(SharedCorpus.PathOf(f)).Contains(CustomerNs, StringComparison.Ordinal))
                .Select(f => new object[] { f })
            : [["(corpus missing)"]];

    private static byte[] Save(GreenButtonDocument doc)
    {
        using var output = new MemoryStream();
        doc.Save(output);
        return output.ToArray();
    }

    private static int CustomerCount(GreenButtonDocument doc) => doc.Entries.SelectMany(e => e.Resources).Count(r => r is CustomerResource);

    /// <summary>Every customer-namespace leaf of a document, as path = text, in document order within each resource.</summary>
    private static List<string> CustomerLeaves(byte[] xml)
    {
        var leaves = new List<string>();
        foreach (var element in XDocument.Load(new MemoryStream(xml)).Descendants().Where(e => e.Name.NamespaceName == CustomerNs && !e.HasElements))
        {
            var path = string.Join("/", element.AncestorsAndSelf().TakeWhile(a => a.Name.NamespaceName == CustomerNs).Reverse().Select(a => a.Name.LocalName));
            leaves.Add(path + " = " + element.Value.Trim());
        }
        return leaves;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_round_trips_every_customer_field(string name)
    {
        var original = GreenButtonDocument.Load(Fixture.PathOf(name));
        CustomerCount(original).Should().BeGreaterThan(0);
        var written = Save(original);
        var again = GreenButtonDocument.Load(new MemoryStream(written));
        CustomerCount(again).Should().Be(CustomerCount(original));
        ModelDump.Of(again).Should().Be(ModelDump.Of(original));
    }

    [Fact]
    public void Every_customer_element_of_the_full_fixture_is_written_as_read_in_order()
    {
        var input = File.ReadAllBytes(Fixture.PathOf("customer-full.xml"));
        var written = Save(GreenButtonDocument.Load(new MemoryStream(input)));
        // Organisation's batchItemInfo is an IdentifiedObject's the model does not keep; everything else comes back.
        var expected = CustomerLeaves(input).Where(l => !l.Contains("Organisation/batchItemInfo", StringComparison.Ordinal) && !l.Contains("contactInfo/batchItemInfo", StringComparison.Ordinal)).ToList();
        CustomerLeaves(written).Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Customer_namespace_is_declared_once_on_the_root(string name)
    {
        var text = Encoding.UTF8.GetString(Save(GreenButtonDocument.Load(Fixture.PathOf(name))));
        text.Split(CustomerNs).Length.Should().Be(2, "the customer namespace is declared once");
        var root = XDocument.Parse(text).Root!;
        root.Attributes().Should().Contain(a => a.IsNamespaceDeclaration && a.Value == CustomerNs);
    }

    [Fact]
    public void A_streamed_feed_declares_the_namespace_on_each_customer_resource_it_writes()
    {
        var doc = GreenButtonDocument.Load(Fixture.PathOf("customer.xml"));
        using var output = new MemoryStream();
        using (var writer = new GreenButtonWriter(output))
        {
            writer.WriteFeedStart(doc.FeedId);
            foreach (var entry in doc.Entries)
            {
                writer.WriteEntry(entry);
            }
            writer.WriteFeedEnd();
            writer.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.UnwrittenResource);
        }
        var again = GreenButtonDocument.Load(new MemoryStream(output.ToArray()));
        ModelDump.Of(again, withLinks: false).Should().Be(ModelDump.Of(doc, withLinks: false));
    }

    [SchemaFact]
    public void Fixture_output_is_valid_against_the_ESPI_schemas()
    {
        foreach (var name in new[] { "customer-full.xml", "customer.xml" })
        {
            var input = File.ReadAllBytes(Fixture.PathOf(name));
            EspiSchemas.Validate(input).Should().BeEmpty($"the fixture {name} is valid");
            var doc = GreenButtonDocument.Load(new MemoryStream(input));
            using var output = new MemoryStream();
            var diagnostics = doc.Save(output);
            EspiSchemas.Validate(output.ToArray()).Should().BeEmpty($"{name} was valid");
            diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.NotSchemaValid);
        }
    }

    [CorpusTheory]
    [MemberData(nameof(CorpusCustomerFiles))]
    public void Corpus_customer_files_round_trip_and_stay_valid(string file)
    {
        var input = File.ReadAllBytes(SharedCorpus.PathOf(file));
        var original = GreenButtonDocument.Load(new MemoryStream(input), s_lenient);
        var written = Save(original);
        var again = GreenButtonDocument.Load(new MemoryStream(written), s_lenient);
        CustomerCount(again).Should().Be(CustomerCount(original));
        ModelDump.Of(again).Should().Be(ModelDump.Of(original));
        if (EspiSchemas.Exists && EspiSchemas.Validate(input).Count == 0)
        {
            EspiSchemas.Validate(written).Should().BeEmpty("the input was valid");
        }
    }

    [Fact]
    public void Anonymised_output_holds_no_customer_resource_nor_any_of_its_values()
    {
        var input = File.ReadAllBytes(Fixture.PathOf("customer-full.xml"));
        var values = CustomerLeaves(input).Select(l => l[(l.IndexOf(" = ", StringComparison.Ordinal) + 3)..]).Where(v => v.StartsWith("fake-", StringComparison.Ordinal)).ToList();
        values.Should().NotBeEmpty();
        using var output = new MemoryStream();
        var diagnostics = GreenButtonAnonymizer.Anonymize(new MemoryStream(input), output);
        var text = Encoding.UTF8.GetString(output.ToArray());
        text.Should().NotContain(CustomerNs);
        text.Should().NotContain("fake-");
        diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.UnwrittenResource);
    }

    [Fact]
    public void Merging_a_customer_feed_with_itself_keeps_each_customer_resource_once()
    {
        var path = Fixture.PathOf("customer-full.xml");
        var original = GreenButtonDocument.Load(path);
        using var output = new MemoryStream();
        var result = GreenButtonMerger.Merge([path, path], output);
        result.Conflicts.Should().BeEmpty();
        var merged = GreenButtonDocument.Load(new MemoryStream(output.ToArray()));
        var selfs = merged.Entries.Where(e => e.Resources.Any(r => r is CustomerResource)).Select(e => e.SelfHref).ToList();
        selfs.Should().OnlyHaveUniqueItems().And.HaveCount(original.Entries.Count(e => e.Resources.Any(r => r is CustomerResource)));
        CustomerCount(merged).Should().Be(CustomerCount(original));
    }
}
