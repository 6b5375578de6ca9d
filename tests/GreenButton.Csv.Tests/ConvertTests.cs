using GreenButton.Tests.Corpus;
using GreenButton.Tests.Writing;

namespace GreenButton.Csv.Tests;

/// <summary>
/// A CSV download written as ESPI XML by the core's writer validates against the published ESPI 4.0 schemas and reads
/// back to the same readings and summaries.
/// </summary>
public sealed class ConvertTests
{
    public static TheoryData<string> Files => new(CorpusCsvTests.Files.Select(row => (string)row[0]));

    [CorpusTheory]
    [MemberData(nameof(Files))]
    public void Every_corpus_csv_converts_to_valid_espi_that_reads_back_the_same(string file)
    {
        if (!EspiSchemas.Exists)
        {
            return; // the corpus is there but not the schemas: the read-back below still needs them to mean anything
        }
        var document = GreenButtonCsvReader.Read(SharedCorpus.PathOf(file)).ToDocument();

        AssertConverts(document);
    }

    [SchemaFact]
    public void Each_layout_fixture_converts_to_valid_espi_that_reads_back_the_same()
    {
        AssertConverts(CsvTestSupport.ReadText(LayoutFixtureTests.Sce).ToDocument());
        AssertConverts(CsvTestSupport.ReadText(LayoutFixtureTests.Sdge).ToDocument());
        AssertConverts(CsvTestSupport.ReadText(LayoutFixtureTests.OpowerInterval, "pge_electric_interval_data.csv").ToDocument());
    }

    private static void AssertConverts(GreenButtonDocument document)
    {
        using var output = new MemoryStream();
        var written = document.Save(output);
        var xml = output.ToArray();

        written.Should().BeEmpty();
        EspiSchemas.Validate(xml).Should().BeEmpty();
        var back = GreenButtonDocument.Load(new MemoryStream(xml));
        back.Diagnostics.Should().NotContain(d => d.Severity >= DiagnosticSeverity.Warning);
        back.UsagePoints.Select(u => u.ServiceKind).Should().Equal(document.UsagePoints.Select(u => u.ServiceKind));
        back.MeterReadings.Select(Readings).Should().Equal(document.MeterReadings.Select(Readings), (a, b) => a.SequenceEqual(b));
        back.MeterReadings.Select(m => (m.ReadingType!.Uom, m.ReadingType.PowerOfTenMultiplier, m.ReadingType.FlowDirection, m.ReadingType.IntervalLength))
            .Should().Equal(document.MeterReadings.Select(m => (m.ReadingType!.Uom, m.ReadingType.PowerOfTenMultiplier, m.ReadingType.FlowDirection, m.ReadingType.IntervalLength)));
        back.UsageSummaries.Select(s => (s.BillingPeriod, s.BillLastPeriod, s.OverallConsumptionLastPeriod!.Value, s.QualityOfReading, s.StatusTimeStamp))
            .Should().Equal(document.UsageSummaries.Select(s => (s.BillingPeriod, s.BillLastPeriod, s.OverallConsumptionLastPeriod!.Value, s.QualityOfReading, s.StatusTimeStamp)));
        back.UsagePoints[0].LocalTimeParameters!.TzOffsetSeconds.Should().Be(document.UsagePoints[0].LocalTimeParameters!.TzOffsetSeconds);
    }

    private static List<(long, long, long, long?, string)> Readings(MeterReading meterReading)
        => [.. meterReading.Readings.Select(r => (r.StartSeconds, r.DurationSeconds, r.Value, r.Cost, string.Join(",", r.Qualities)))];
}
