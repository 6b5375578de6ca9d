using GreenButton.Tests.Corpus;

namespace GreenButton.Tests.Writing;

/// <summary>Every corpus file survives read, write, read with the same data; what was valid ESPI 4.0 is written valid.</summary>
public sealed class CorpusRoundTripTests
{
    private static readonly GreenButtonReaderOptions s_lenient = new() { Lenient = true };

    private static readonly Lazy<HashSet<string>> s_valid = new(() => SharedCorpus.Exists
        ? File.ReadLines(SharedCorpus.PathOf("index.tsv")).Skip(1).Select(l => l.Split('\t')).Where(c => c.Length > 4 && c[4] == "True").Select(c => c[0]).ToHashSet(StringComparer.Ordinal)
        : []);

    private static (GreenButtonDocument Original, byte[] Written, IReadOnlyList<GreenButtonDiagnostic> Diagnostics) Write(string file)
    {
        var doc = GreenButtonDocument.Load(SharedCorpus.PathOf(file), s_lenient);
        using var output = new MemoryStream();
        var diagnostics = doc.Save(output);
        return (doc, output.ToArray(), diagnostics);
    }

    [CorpusTheory]
    [MemberData(nameof(SharedCorpus.WellFormedFiles), MemberType = typeof(SharedCorpus))]
    public void Read_write_read_gives_the_same_data(string file)
    {
        var (original, written, _) = Write(file);
        var again = GreenButtonDocument.Load(new MemoryStream(written), s_lenient);
        ModelDump.Of(again).Should().Be(ModelDump.Of(original));
    }

    [CorpusTheory]
    [MemberData(nameof(SharedCorpus.WellFormedFiles), MemberType = typeof(SharedCorpus))]
    public void Writing_is_idempotent(string file)
    {
        var (_, written, _) = Write(file);
        using var second = new MemoryStream();
        GreenButtonDocument.Load(new MemoryStream(written), s_lenient).Save(second);
        second.ToArray().Should().Equal(written);
    }

    [CorpusTheory]
    [MemberData(nameof(SharedCorpus.WellFormedFiles), MemberType = typeof(SharedCorpus))]
    public void Output_is_valid_ESPI_when_the_input_was_and_otherwise_the_writer_says_why(string file)
    {
        if (!EspiSchemas.Exists)
        {
            return; // the theory itself is skipped without the corpus; without the schemas there is nothing to check against
        }
        var (_, written, diagnostics) = Write(file);
        var errors = EspiSchemas.Validate(written);
        if (s_valid.Value.Contains(file))
        {
            errors.Should().BeEmpty("the input was valid ESPI 4.0");
        }
        else if (errors.Count > 0)
        {
            diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.NotSchemaValid, $"the output is invalid ({errors[0]}) and the writer must say so");
        }
    }
}
