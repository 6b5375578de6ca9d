using GreenButton.Tests.Corpus;
using GreenButton.Tests.Writing;

namespace GreenButton.Csv.Tests;

/// <summary>
/// A CSV download written as ESPI XML by the core's writer validates against the published ESPI 4.0 schemas (and the
/// core validator's shipped ones) and reads back to the same readings, summaries and customer resources.
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
        AssertConverts(GreenButtonCsvReader.Read(SharedCorpus.PathOf(file)));
    }

    [SchemaFact]
    public void Each_layout_fixture_converts_to_valid_espi_that_reads_back_the_same()
    {
        AssertConverts(CsvTestSupport.ReadText(LayoutFixtureTests.Sce));
        AssertConverts(CsvTestSupport.ReadText(LayoutFixtureTests.Sdge));
        AssertConverts(CsvTestSupport.ReadText(LayoutFixtureTests.OpowerInterval, "pge_electric_interval_data.csv"));
    }

    [Fact]
    public async Task Save_and_SaveAsync_write_the_same_bytes()
    {
        var download = CsvTestSupport.ReadText(LayoutFixtureTests.Sdge);
        using var sync = new MemoryStream();
        using var async = new MemoryStream();

        download.Save(sync, new GreenButtonWriterOptions { Indent = true }).Should().BeEmpty();
        (await download.SaveAsync(async, new GreenButtonWriterOptions { Indent = true })).Should().BeEmpty();

        async.ToArray().Should().Equal(sync.ToArray());
        CsvTestSupport.ReadText(LayoutFixtureTests.Sdge).Feed.Should().Be(download.Feed, "the same file gives the same feed id and date");
    }

    [Fact]
    public void The_feed_and_entries_are_dated_by_the_files_last_reading_or_as_asked()
    {
        var download = CsvTestSupport.ReadText(LayoutFixtureTests.Sdge);

        // The last reading starts 6/1/2024 12:15 AM PDT and lasts 15 minutes: 07:30 UTC.
        download.Feed.Updated.Should().Be(CsvTestSupport.Utc("2024-06-01T07:30Z"));
        download.Feed.Title.Should().Be("Green Button data converted from a utility CSV download (sdge-interval)");
        download.Entries.Should().OnlyContain(e => e.Published == download.Feed.Updated && e.Updated == download.Feed.Updated);
        var at = CsvTestSupport.Utc("2025-01-02T03:04:05Z");
        CsvTestSupport.ReadText(LayoutFixtureTests.Sdge, options: new GreenButtonCsvOptions { Updated = at }).Entries.Should().OnlyContain(e => e.Updated == at);
    }

    [Fact]
    public void A_billing_export_passes_the_alliances_rules_with_the_usual_bill_as_interval_length_and_unflagged_bills_valid()
    {
        var text = "Name,A PERSON\nAddress,\"1 ST, BOSTON MA 02130\"\nAccount Number,1\nService,Service 1\n\nTYPE,START DATE,END DATE,USAGE,UNITS,COST,NOTES\n"
            + "Natural gas billing,2024-01-01,2024-01-30,29,therms,$42.08,\nNatural gas billing,2024-01-31,2024-02-29,30,therms,$44.00,Estimated\n"
            + "Natural gas billing,2024-03-01,2024-03-30,31,therms,$45.00,\n";
        var download = CsvTestSupport.ReadText(text);
        var document = download.ToDocument();

        // 1/1-1/30 and 1/31-2/29 are 30 days of EST; 3/1-3/30 is 30 days less the hour of 3/10's spring forward.
        document.ReadingTypes.Single().IntervalLength.Should().Be(30 * 86400);
        document.UsageSummaries.Select(s => s.QualityOfReading).Should().Equal(QualityOfReading.Valid, QualityOfReading.EstimatedUsingReferenceDay, QualityOfReading.Valid);
        document.ServiceLocations.Single().Meters.Should().BeEmpty();
        AssertConverts(download);
    }

    private static void AssertConverts(CsvDownload download)
    {
        var document = download.ToDocument();
        using var output = new MemoryStream();
        var written = download.Save(output);
        var xml = output.ToArray();

        written.Should().BeEmpty();
        EspiSchemas.Validate(xml).Should().BeEmpty();
        var validation = GreenButtonValidator.Validate(new MemoryStream(xml));
        validation.IsSchemaValid.Should().BeTrue("the core validator checks the shipped schemas, customer.xsd included");
        // A file of a header and no rows (SCE's header_only.csv) has no IntervalBlock, MeterReading or ReadingType to hold.
        string[] empty = document.IntervalBlocks.Count == 0 ? ["D032", "D027", "D049"] : [];
        // Quirk warnings stay allowed: they describe the data (a missing bill is a reading-gap), not the conversion.
        validation.Violations.Where(v => (v.Severity == DiagnosticSeverity.Error || v.Source == ViolationSource.Rule) && !empty.Contains(v.Code)).Select(v => $"{v.Code} {v.Line}:{v.Column} {v.Message}").Should().BeEmpty();
        var back = GreenButtonDocument.Load(new MemoryStream(xml));
        back.Diagnostics.Should().NotContain(d => d.Severity >= DiagnosticSeverity.Warning);
        back.UsagePoints.Select(u => u.ServiceKind).Should().Equal(document.UsagePoints.Select(u => u.ServiceKind));
        back.MeterReadings.Select(Readings).Should().Equal(document.MeterReadings.Select(Readings), (a, b) => a.SequenceEqual(b));
        back.MeterReadings.Select(m => (m.ReadingType!.Uom, m.ReadingType.PowerOfTenMultiplier, m.ReadingType.FlowDirection, m.ReadingType.IntervalLength))
            .Should().Equal(document.MeterReadings.Select(m => (m.ReadingType!.Uom, m.ReadingType.PowerOfTenMultiplier, m.ReadingType.FlowDirection, m.ReadingType.IntervalLength)));
        back.UsageSummaries.Select(s => (s.BillingPeriod, s.BillLastPeriod, s.OverallConsumptionLastPeriod!.Value, s.QualityOfReading, s.StatusTimeStamp))
            .Should().Equal(document.UsageSummaries.Select(s => (s.BillingPeriod, s.BillLastPeriod, s.OverallConsumptionLastPeriod!.Value, s.QualityOfReading, s.StatusTimeStamp)));
        CsvTestSupport.CustomerFields(back).Should().Equal(CsvTestSupport.CustomerFields(document));
        back.UsagePoints.Select(u => u.Customer is null).Should().Equal(document.UsagePoints.Select(u => u.Customer is null));
        back.UsagePoints[0].LocalTimeParameters!.TzOffsetSeconds.Should().Be(document.UsagePoints[0].LocalTimeParameters!.TzOffsetSeconds);
    }

    private static List<(long, long, long, long?, string)> Readings(MeterReading meterReading)
        => [.. meterReading.Readings.Select(r => (r.StartSeconds, r.DurationSeconds, r.Value, r.Cost, string.Join(",", r.Qualities)))];
}
