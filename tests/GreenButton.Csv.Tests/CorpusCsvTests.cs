using GreenButton.Tests.Corpus;
using static GreenButton.Csv.Tests.CsvTestSupport;

namespace GreenButton.Csv.Tests;

/// <summary>
/// Every CSV download of the shared corpus, read and checked against figures worked out from the files themselves (rows
/// counted, the usage column summed, the first and last rows' local times converted by hand: Pacific is UTC-7 in
/// daylight and UTC-8 in standard time, Eastern UTC-4 and UTC-5). Skipped, saying why, when the corpus is absent.
/// </summary>
public sealed class CorpusCsvTests
{
    /// <summary>file, layout, service, file unit's power of ten (kWh 3, therms 0, CCF 2), summaries, then per meter reading: flow, readings, total, first, last.</summary>
    public static TheoryData<string, string, ServiceKind, int, int, string> Files => new()
    {
        // 96 delivered rows summing 2.99 kWh, 96 received rows summing 0.34 kWh; 2024-05-22 00:00 PDT to 23:45 PDT.
        { "SCE-csv__darroni_SCE_greenbutton/Excample_SCE_Usage.csv", "sce-interval", ServiceKind.Electricity, 3, 0,
            "Forward 96 2.99 2024-05-22T07:00Z 2024-05-23T06:45Z|Reverse 96 0.34 2024-05-22T07:00Z 2024-05-23T06:45Z" },
        // 15 days of 96 rows each way: delivered 174.823 kWh, received 374.060 kWh; 2021-10-22 00:00 PDT to 2021-11-05 23:45 PDT.
        { "SCE-csv__gauthig_greenbutton-influxdb/SCE_Usage_8010831666_10-22-21_to_11-05-21.csv", "sce-interval", ServiceKind.Electricity, 3, 0,
            "Forward 1440 174.823 2021-10-22T07:00Z 2021-11-06T06:45Z|Reverse 1440 374.060 2021-10-22T07:00Z 2021-11-06T06:45Z" },
        // 24 hourly rows 5..28 kWh: 396 kWh; 2014-08-31 23:00 PDT to 2014-09-01 22:00 PDT.
        { "SCE-csv__kjorg50_greenButtonParser/sample_green_button.csv", "sce-interval", ServiceKind.Electricity, 3, 0,
            "Forward 24 396 2014-09-01T06:00Z 2014-09-02T05:00Z" },
        // Preamble and header only.
        { "SCE-csv__kodek_sce-greenbutton/header_only.csv", "sce-interval", ServiceKind.Electricity, 3, 0, "" },
        // 96 rows of 0.25 kWh: 24 kWh; 2020-05-01 00:00 PDT to 23:45 PDT.
        { "SCE-csv__kodek_sce-greenbutton/one_day_constant_power.csv", "sce-interval", ServiceKind.Electricity, 3, 0,
            "Forward 96 24 2020-05-01T07:00Z 2020-05-02T06:45Z" },
        // Two sections of 96 rows of 0.25 kWh: 48 kWh.
        { "SCE-csv__kodek_sce-greenbutton/two_days_constant_power.csv", "sce-interval", ServiceKind.Electricity, 3, 0,
            "Forward 192 48 2020-05-01T07:00Z 2020-05-03T06:45Z" },
        // 8636 15-minute rows (1/1/2025 00:00 PST to 3/31/2025 23:45 PDT; 3/9 has 92): consumption 2379.59 kWh, generation 0, net 2379.59.
        { "SDGE-csv__chrisarm_green-button-advisor-prototype/sample.csv", "sdge-interval", ServiceKind.Electricity, 3, 0,
            "Forward 8636 2379.59 2025-01-01T08:00Z 2025-04-01T06:45Z|Reverse 8636 0 2025-01-01T08:00Z 2025-04-01T06:45Z|Net 8636 2379.59 2025-01-01T08:00Z 2025-04-01T06:45Z" },
        // 721 hourly rows (30 days + the repeated 1:00 AM of 11/6): 817.415 kWh, the stated Total Usage; Generation empty.
        { "SDGE-csv__corruptbear_my_sdge/Electric_60_Minute_11-1-2022_11-30-2022_20230819.csv", "sdge-interval", ServiceKind.Electricity, 3, 0,
            "Forward 721 817.415 2022-11-01T07:00Z 2022-12-01T07:00Z|Net 721 817.415 2022-11-01T07:00Z 2022-12-01T07:00Z" },
        // 10584 rows, hourly to 4/6/2023 then 15-minute: consumption 10527.0306 kWh, net 10520.3256; generation given on the last 2400 rows, 6.705 kWh.
        { "SDGE-csv__dbellotti_green-button-scripts/elec-5.22-5.23.csv", "sdge-interval", ServiceKind.Electricity, 3, 0,
            "Forward 10584 10527.0306 2022-05-01T07:00Z 2023-05-02T06:45Z|Net 10584 10520.3256 2022-05-01T07:00Z 2023-05-02T06:45Z|Reverse 2400 6.705 2023-04-07T07:00Z 2023-05-02T06:45Z" },
        // 10 bills, read dates 8/31/2023 (30 days: from 8/1/2023 EDT) to 7/1/2024 (31 days: from 5/31/2024): 3835 therms (two negative), $1300.37.
        { "codeforboston__home-energy-analysis-tool/Eversource_Green_Button.csv", "eversource-billing", ServiceKind.Gas, 0, 10,
            "Forward 10 3835 2023-08-01T04:00Z 2024-05-31T04:00Z" },
        // UTF-16, tabs: 36 bills, 5872 therms and 5712 CCF, $8632.93; read 8/8/2018 (29 days: from 7/10/2018) to 7/12/2021 (32 days: from 6/10/2021).
        { "codeforboston__home-energy-analysis-tool/eversource.csv", "eversource-billing", ServiceKind.Gas, 0, 36,
            "Forward 36 5872 2018-07-10T04:00Z 2021-06-10T04:00Z|Forward 36 5712 2018-07-10T04:00Z 2021-06-10T04:00Z" },
        // 25 bills 10/2/2020 to 11/3/2022: 1055 therms, $2021.14.
        { "codeforboston__home-energy-analysis-tool/green_button_gas_bill_quateman_for_test.csv", "opower-billing", ServiceKind.Gas, 0, 25,
            "Forward 25 1055 2020-10-02T04:00Z 2022-10-04T04:00Z" },
        // Old Mac line ends: 36 bills, read 2/19/2019 (28 days: from 1/22/2019 EST) to 1/18/2022 (32 days: from 12/17/2021): 3354 therms.
        { "codeforboston__home-energy-analysis-tool/natural-gas-eversource.csv", "eversource-billing", ServiceKind.Gas, 0, 36,
            "Forward 36 3354 2019-01-22T05:00Z 2021-12-17T05:00Z" },
        // 4 bills, yyyy-m-d: 29 + 36 + 97 + 105 = 267 therms.
        { "codeforboston__home-energy-analysis-tool/natural-gas-national-grid-yyyy.csv", "opower-billing", ServiceKind.Gas, 0, 4,
            "Forward 4 267 2020-10-02T04:00Z 2021-01-08T05:00Z" },
        { "codeforboston__home-energy-analysis-tool/natural-gas-national-grid.csv", "opower-billing", ServiceKind.Gas, 0, 25,
            "Forward 25 1055 2020-10-02T04:00Z 2022-10-04T04:00Z" },
        // USAGE (therms) header, no UNITS column: 32 bills, 1244 therms, $2889.49, six estimated.
        { "codeforboston__home-energy-analysis-tool/ngma_natural_gas_billing_billing_data_Service 1_1_2022-08-02_to_2025-08-01.csv", "opower-billing", ServiceKind.Gas, 0, 32,
            "Forward 32 1244 2022-08-02T04:00Z 2025-07-02T04:00Z" },
        { "codeforboston__home-energy-analysis-tool/national-grid-with-blank-line-after-header/national-grid.csv", "opower-billing", ServiceKind.Gas, 0, 38,
            "Forward 38 3935 2019-11-26T05:00Z 2022-12-13T05:00Z" },
        // m/d/yy, a blank line after every row: 86 bills 11/25/15 to 1/10/23, 12619 therms, two estimated.
        { "codeforboston__home-energy-analysis-tool/national-grid-with-m-d-yy-format/national-grid.csv", "opower-billing", ServiceKind.Gas, 0, 86,
            "Forward 86 12619 2015-11-25T05:00Z 2023-01-10T05:00Z" },
        { "codeforboston__home-energy-analysis-tool/national-grid-with-yyyy-m-d-format/national-grid.csv", "opower-billing", ServiceKind.Gas, 0, 35,
            "Forward 35 3716 2020-06-17T04:00Z 2023-04-20T04:00Z" },
    };

    [CorpusFact]
    public void The_corpus_holds_the_19_csv_downloads_listed_here()
    {
        var onDisk = Directory.EnumerateFiles(SharedCorpus.Directory!, "*.csv", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SharedCorpus.Directory!, f).Replace('\\', '/'))
            .Where(f => f.Contains("-csv__", StringComparison.Ordinal) || f.StartsWith("codeforboston__home-energy-analysis-tool/", StringComparison.Ordinal));
        onDisk.Should().BeEquivalentTo(Files.Select(row => (string)row[0]));
    }

    [CorpusTheory]
    [MemberData(nameof(Files))]
    public void Reads_with_the_totals_of_the_file(string file, string layout, ServiceKind service, int exponent, int summaries, string expected)
    {
        var download = GreenButtonCsvReader.Read(SharedCorpus.PathOf(file));
        var document = download.ToDocument();

        download.Layout.Name.Should().Be(layout);
        download.RowsSkipped.Should().Be(0);
        var usagePoint = document.UsagePoints.Should().ContainSingle().Subject;
        usagePoint.ServiceKind.Should().Be(service);
        usagePoint.LocalTimeParameters.Should().NotBeNull();
        document.Diagnostics.Should().NotContain(d => d.Severity >= DiagnosticSeverity.Warning, "every resource is attached by link");
        usagePoint.UsageSummaries.Should().HaveCount(summaries);
        var series = expected.Length == 0 ? [] : expected.Split('|').Select(Parse).ToList();
        var actual = usagePoint.MeterReadings.Select(m => Figures(m, m.ReadingType!.Uom == UnitOfMeasure.CubicFoot ? 2 : exponent)).ToList();
        actual.Should().Equal(series);
        foreach (var meterReading in usagePoint.MeterReadings)
        {
            meterReading.IntervalBlocks.Should().OnlyContain(b => b.Readings.Count > 0 && b.Interval!.Value.StartSeconds == b.Readings[0].StartSeconds);
        }
    }

    [CorpusFact]
    public void Billing_summaries_carry_the_bills_usage_cost_and_estimates()
    {
        var download = GreenButtonCsvReader.Read(SharedCorpus.PathOf("codeforboston__home-energy-analysis-tool/ngma_natural_gas_billing_billing_data_Service 1_1_2022-08-02_to_2025-08-01.csv"));
        var summaries = download.ToDocument().UsagePoints[0].UsageSummaries;

        summaries.Sum(s => s.BillLastPeriodAmount).Should().Be(2889.49m);
        summaries.Sum(s => s.OverallConsumptionLastPeriod!.ScaledValue!.Value.Amount).Should().Be(1244m);
        summaries.Count(s => s.QualityOfReading == QualityOfReading.EstimatedUsingReferenceDay).Should().Be(6);
        // 2022-08-02 to 2022-08-31 inclusive: 30 days of Eastern daylight time.
        summaries[0].BillingPeriod.Should().Be(new DateTimeInterval(Utc("2022-08-02T04:00Z").ToUnixTimeSeconds(), 30 * 86400));
        download.Customer.Should().BeEquivalentTo(new CsvCustomerData { Name = "BOB SMITH", Address = "2 MARGIN ST, SALEM MA 01970", AccountNumber = "1111222233", ServiceName = "Service 1" });
        download.Entries.Should().NotContain(e => e.Title!.Contains("BOB", StringComparison.Ordinal) || e.Title.Contains("MARGIN", StringComparison.Ordinal));
    }

    [CorpusFact]
    public void The_files_that_contradict_themselves_say_so_and_the_rows_win()
    {
        var sample = GreenButtonCsvReader.Read(SharedCorpus.PathOf("SDGE-csv__chrisarm_green-button-advisor-prototype/sample.csv"));
        sample.Diagnostics.Where(d => d.Code == CsvDiagnosticCodes.StatedTotalMismatch).Should().ContainSingle().Which.Line.Should().Be(12);
        sample.Diagnostics.Where(d => d.Code == CsvDiagnosticCodes.StatedPeriodMismatch).Select(d => d.Line).Should().Equal(10, 11);

        var hourlyThenQuarter = GreenButtonCsvReader.Read(SharedCorpus.PathOf("SDGE-csv__dbellotti_green-button-scripts/elec-5.22-5.23.csv"));
        var mismatch = hourlyThenQuarter.Diagnostics.First(d => d.Code == CsvDiagnosticCodes.DurationMismatch);
        mismatch.Line.Should().Be(8186);
        mismatch.Count.Should().Be(2400);
        var consumption = hourlyThenQuarter.ToDocument().MeterReadings[0];
        consumption.Readings.Count(r => r.DurationSeconds == 900).Should().Be(2400);
        consumption.ReadingType!.IntervalLength.Should().Be(3600);

        var standardStart = GreenButtonCsvReader.Read(SharedCorpus.PathOf("SCE-csv__kodek_sce-greenbutton/one_day_constant_power.csv"));
        standardStart.Diagnostics.Should().ContainSingle(d => d.Code == CsvDiagnosticCodes.StatedPeriodMismatch)
            .Which.Message.Should().Contain("standard time");
    }

    [CorpusFact]
    public void The_fall_back_hour_of_the_sdge_hourly_file_is_placed_twice_an_hour_apart()
    {
        var document = GreenButtonCsvReader.Read(SharedCorpus.PathOf("SDGE-csv__corruptbear_my_sdge/Electric_60_Minute_11-1-2022_11-30-2022_20230819.csv")).ToDocument();
        var day = document.MeterReadings[0].IntervalBlocks.Single(b => b.Title == "2022-11-06");

        day.Readings.Should().HaveCount(25);
        day.Interval!.Value.DurationSeconds.Should().Be(25 * 3600);
        day.Readings[1].Start.Should().Be(Utc("2022-11-06T08:00Z"));
        day.Readings[2].Start.Should().Be(Utc("2022-11-06T09:00Z"));
        day.Readings.Zip(day.Readings.Skip(1)).Should().OnlyContain(p => p.Second.StartSeconds - p.First.StartSeconds == 3600);
    }

    private static CsvTestSupport.Series Parse(string text)
    {
        var p = text.Split(' ');
        return new(Enum.Parse<FlowDirection>(p[0]), int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture), Utc(p[3]), Utc(p[4]));
    }
}
