using static GreenButton.Csv.Tests.CsvTestSupport;

namespace GreenButton.Csv.Tests;

/// <summary>Each layout read from a small file of its shape, written for these tests.</summary>
public sealed class LayoutFixtureTests
{
    internal const string Sce = "\uFEFFEnergy Usage Information\n\"For location: 1 TEST WAY ANYTOWN CA 90000\"\n\nMeter Reading Information\n"
        + "\"Type of readings: Electricity\"\n\nDetailed Usage\n\"Start date: 2024-06-01 00:00:00\u00a0 for 1 days\"\n\n"
        + "\"Data for period starting: 2024-06-01 00:00:00\u00a0 for 24 hours\"\n"
        + "Energy\u00a0 Delivered time period,Usage\u00a0 Delivered(Real energy in kilowatt-hours)(Real energy in kilowatt-hours),Reading quality\n"
        + "\"2024-06-01 00:00:00\u00a0 to 2024-06-01 01:00:00\",\"1.250\",\"\"\n"
        + "\"2024-06-01 01:00:00\u00a0 to 2024-06-01 02:00:00\",\"0.5\",\"Estimated\"\n\n"
        + "\"Data for period starting: 2024-06-01 00:00:00\u00a0 for 24 hours\"\n"
        + "Energy\u00a0 Received time period,Usage\u00a0 Received(Real energy in kilowatt-hours)(Real energy in kilowatt-hours),Reading quality\n"
        + "\"2024-06-01 00:00:00\u00a0 to 2024-06-01 01:00:00\",\"0.000\",\"Actual\"\n"
        + "\"2024-06-01 01:00:00\u00a0 to 2024-06-01 02:00:00\",\"0.125\",\"\"\n\u00a0,,\n";

    internal const string Sdge = "Name,TEST PERSON\r\nAddress,1 TEST ST  San Diego CA 92000\r\nAccount Number,999\r\nDisclaimer,Confidential.\r\n"
        + "Title,CSV Export Electric Meter(s)\r\nResource,Electric\r\nMeter Number,1234\r\nInterval UOM,Minute(s)\r\nReading Start,6/1/2024 00:00\r\n"
        + "Reading End,6/1/2024 00:15\r\nTotal Duration,1 Days\r\nTotal Usage,0.5\r\nUOM,kWh\r\n"
        + "Meter Number,Date,Start Time,Duration,Consumption,Generation,Net\r\n"
        + "\"1234\",\"6/1/2024\",\"12:00 AM\",\"15\",\"0.2900\",\"0.0100\",\"0.2800\"\r\n"
        + "\"1234\",\"6/1/2024\",\"12:15 AM\",\"15\",\"0.2100\",\"\",\"0.2100\"\r\n";

    internal const string OpowerInterval = "Name,TEST PERSON\nAddress,\"1 TEST ST, SAN FRANCISCO CA 94000\"\nAccount Number,555\nService,Service 1\n\n"
        + "TYPE,DATE,START TIME,END TIME,USAGE,UNITS,COST,NOTES\n"
        + "Electric usage,2024-01-01,00:00,00:14,0.12,kWh,$0.03,\n"
        + "Electric usage,2024-01-01,00:15,00:29,1.05,kWh,$0.26,Estimated\n";

    [Fact]
    public void Sce_sections_become_delivered_and_received_meter_readings()
    {
        var download = ReadText(Sce);
        var document = download.ToDocument();

        download.Layout.Name.Should().Be("sce-interval");
        download.Customer.Address.Should().Be("1 TEST WAY ANYTOWN CA 90000");
        var (delivered, received) = (document.MeterReadings[0], document.MeterReadings[1]);
        delivered.ReadingType!.FlowDirection.Should().Be(FlowDirection.Forward);
        received.ReadingType!.FlowDirection.Should().Be(FlowDirection.Reverse);
        delivered.Readings.Select(r => r.Value).Should().Equal(1250, 500);
        received.Readings.Select(r => r.Value).Should().Equal(0, 125);
        delivered.ReadingType.Uom.Should().Be(UnitOfMeasure.Wh);
        delivered.ReadingType.PowerOfTenMultiplier.Should().Be(0);
        delivered.Readings.First().Start.Should().Be(Utc("2024-06-01T07:00Z"));
        delivered.Readings.Should().OnlyContain(r => r.DurationSeconds == 3600);
        delivered.Readings.Last().Qualities.Should().Equal(new ReadingQuality(QualityOfReading.EstimatedUsingReferenceDay));
        received.Readings.First().Qualities.Should().Equal(new ReadingQuality(QualityOfReading.Valid));
        download.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Sdge_columns_become_forward_reverse_and_net_with_exact_values()
    {
        var download = ReadText(Sdge);
        var document = download.ToDocument();

        download.Customer.Should().BeEquivalentTo(new CsvCustomerData { Name = "TEST PERSON", Address = "1 TEST ST  San Diego CA 92000", AccountNumber = "999", MeterNumbers = ["1234"] });
        download.Customer.ToString().Should().Be("customer data: name, address, account number, 1 meter number(s)", "values stay out of logs");
        document.MeterReadings.Select(m => m.ReadingType!.FlowDirection).Should().Equal(FlowDirection.Forward, FlowDirection.Reverse, FlowDirection.Net);
        // 0.2900 kWh is 290 Wh: a whole number of the ESPI unit, power of ten 0.
        document.MeterReadings[0].Readings.Select(r => r.Value).Should().Equal(290, 210);
        document.MeterReadings[1].Readings.Select(r => r.Value).Should().Equal(10);
        document.MeterReadings[0].ReadingType!.IntervalLength.Should().Be(900);
        document.MeterReadings[0].ReadingType!.MeasuringPeriod.Should().Be(TimeAttribute.FifteenMinute);
        document.UsagePoints.Should().ContainSingle().Which.ServiceKind.Should().Be(ServiceKind.Electricity);
        download.Diagnostics.Should().BeEmpty("the file agrees with itself: 0.2900 + 0.2100 is its Total Usage of 0.5 kWh, its start and end are its rows'");
    }

    [Fact]
    public void Sdge_without_the_account_block_reads_its_rows_and_says_the_unit_was_assumed()
    {
        var text = Sdge[Sdge.IndexOf("Meter Number,Date", StringComparison.Ordinal)..];
        var download = ReadText(text);

        download.Customer.MeterNumbers.Should().Equal("1234");
        download.Customer.Name.Should().BeNull();
        download.Diagnostics.Should().ContainSingle(d => d.Code == CsvDiagnosticCodes.AssumedUnit);
        download.ToDocument().MeterReadings[0].Readings.Sum(r => r.Value).Should().Be(500);
    }

    [Fact]
    public void Sdge_meter_numbers_become_usage_points()
    {
        var text = "Meter Number,Date,Start Time,Duration,Consumption,Generation,Net\n1,6/1/2024,12:00 AM,60,1,,1\n2,6/1/2024,12:00 AM,60,2,,2\n1,6/1/2024,1:00 AM,60,3,,3\n";
        var document = ReadText(text).ToDocument();

        document.UsagePoints.Should().HaveCount(2);
        document.UsagePoints[0].MeterReadings.Select(m => m.Readings.Sum(r => r.Value)).Should().Equal(4000, 4000);
        document.UsagePoints[1].MeterReadings.Select(m => m.Readings.Sum(r => r.Value)).Should().Equal(2000, 2000);
    }

    [Fact]
    public void Opower_interval_end_times_name_the_last_minute_and_costs_are_exact()
    {
        var download = ReadText(OpowerInterval, "pge_electric_interval_data_Service 1_1_2024-01-01_to_2024-01-01.csv");
        var readings = download.ToDocument().MeterReadings.Single().Readings.ToList();

        download.Layout.Name.Should().Be("opower-interval");
        download.TimeZone.Id.Should().Be("America/Los_Angeles");
        download.Diagnostics.Should().ContainSingle(d => d.Code == CsvDiagnosticCodes.TimeZoneFromFile).Which.Message.Should().Contain("PG&E");
        readings.Select(r => (r.Start, r.DurationSeconds, r.Value, r.Cost)).Should().Equal(
            (Utc("2024-01-01T08:00Z"), 900L, 120L, (long?)3000),
            (Utc("2024-01-01T08:15Z"), 900L, 1050L, (long?)26000));
        readings[1].Qualities.Should().Equal(new ReadingQuality(QualityOfReading.EstimatedUsingReferenceDay));
        download.ToDocument().ReadingTypes.Single().Currency.Should().Be(Currency.USD);
    }

    [Fact]
    public void Opower_interval_import_and_export_become_forward_and_reverse()
    {
        var text = "TYPE,DATE,START TIME,END TIME,IMPORT (kWh),EXPORT (kWh),NOTES\nElectric usage,2024-07-01,12:00,12:59,0.10,1.40,\n";
        var document = ReadText(text, "pge_electric_interval_data.csv").ToDocument();

        document.MeterReadings.Select(m => (m.ReadingType!.FlowDirection, m.Readings.Single().Value, m.Readings.Single().DurationSeconds))
            .Should().Equal((FlowDirection.Forward, 100L, 3600L), (FlowDirection.Reverse, 1400L, 3600L));
    }

    [Fact]
    public void Opower_daily_gas_runs_to_midnight_and_keeps_hundredths_of_a_therm()
    {
        var text = "Name,A\nAddress,\"1 ST, BROOKLYN NY 11201\"\n\nTYPE,DATE,START TIME,END TIME,USAGE,UNITS,COST,NOTES\nNatural gas usage,2024-01-01,00:00,23:59,1.02,therms,\"$1,001.55\",\n";
        var download = ReadText(text, "gas.csv");
        var document = download.ToDocument();
        var reading = document.MeterReadings.Single().Readings.Single();

        download.TimeZone.Id.Should().Be("America/New_York");
        document.UsagePoints[0].ServiceKind.Should().Be(ServiceKind.Gas);
        document.ReadingTypes[0].Uom.Should().Be(UnitOfMeasure.Therm);
        document.ReadingTypes[0].PowerOfTenMultiplier.Should().Be(-2);
        reading.Value.Should().Be(102);
        reading.DurationSeconds.Should().Be(86400);
        reading.CostAmount.Should().Be(1001.55m);
    }

    [Fact]
    public void Opower_without_a_zone_asks_for_one_and_takes_the_one_given()
    {
        var text = "TYPE,DATE,START TIME,END TIME,USAGE,UNITS,COST,NOTES\nElectric usage,2024-01-01,00:00,00:59,1,kWh,,\n";

        var act = () => ReadText(text, "usage.csv");
        act.Should().Throw<GreenButtonException>().WithMessage("usage.csv: *time zone*--time-zone*");

        var eastern = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        ReadText(text, "usage.csv", new GreenButtonCsvOptions { TimeZone = eastern }).ToDocument().MeterReadings[0].Readings.Single().Start
            .Should().Be(Utc("2024-01-01T05:00Z"));
    }

    [Theory]
    [InlineData("Natural gas billing,10/2/20,11/4/20,29,therms,$42.08 ,")]
    [InlineData("Natural gas billing,10/2/2020,11/4/2020,29,therms,$42.08 ,")]
    [InlineData("Natural gas billing,2020-10-2,2020-11-4,29,therms,$42.08 ,")]
    public void Opower_billing_reads_every_date_style_as_the_same_bill(string row)
    {
        var text = $"Name,A PERSON,,,,,\nAddress,\"1 ST, BOSTON MA 02130\",,,,,\nAccount Number,1,,,,,\nService,Service 1,,,,,\n,,,,,,\nTYPE,START DATE,END DATE,USAGE,UNITS,COST,NOTES\n{row}\n";
        var document = ReadText(text).ToDocument();
        var summary = document.UsageSummaries.Single();

        // 10/2 00:00 EDT to 11/5 00:00 EST: 34 days and the hour the clocks went back.
        summary.BillingPeriod.Should().Be(new DateTimeInterval(Utc("2020-10-02T04:00Z").ToUnixTimeSeconds(), (34 * 86400) + 3600));
        summary.BillLastPeriodAmount.Should().Be(42.08m);
        summary.Currency.Should().Be(Currency.USD);
        summary.OverallConsumptionLastPeriod!.ScaledValue.Should().Be(new Quantity(29m, UnitOfMeasure.Therm));
        document.MeterReadings.Single().ReadingType!.MeasuringPeriod.Should().Be(TimeAttribute.BillingPeriod);
        document.MeterReadings.Single().Readings.Single().Value.Should().Be(29);
    }

    [Fact]
    public void Eversource_billing_runs_from_the_days_before_the_read_date_and_reads_the_preamble()
    {
        var text = "1 TEST ST BOSTON MA US 02000 ,,,,,,\nData from 1/31/2024 to 2/29/2024,,,,,,\nRequested By someone on 3/1/2024,,,,,,\nMeter No: ,777,,,,,\n,,,,,,\n"
            + "Account,Read Date,Usage,Number of Days,Usage per day,Charge,Average Temperature\n"
            + "42,2/29/2024,100,29,3.45,\"$1,234.50 \",30\n42,1/31/2024,-5,31,0,$10.00 ,31\n";
        var download = ReadText(text);
        var document = download.ToDocument();

        download.Customer.Should().BeEquivalentTo(new CsvCustomerData { Address = "1 TEST ST BOSTON MA US 02000", AccountNumber = "42", MeterNumbers = ["777"], RequestedBy = "someone" });
        var bills = document.UsageSummaries.OrderBy(s => s.BillingPeriod!.Value.StartSeconds).ToList();
        bills.Select(b => b.BillingPeriod!.Value.Start).Should().Equal(Utc("2023-12-31T05:00Z"), Utc("2024-01-31T05:00Z"));
        bills.Select(b => b.BillLastPeriodAmount).Should().Equal(10.00m, 1234.50m);
        download.Diagnostics.Select(d => d.Code).Should().Contain([CsvDiagnosticCodes.AssumedUnit, CsvDiagnosticCodes.UnmappedColumn, CsvDiagnosticCodes.NegativeUsage])
            .And.NotContain(CsvDiagnosticCodes.StatedPeriodMismatch);
    }

    [Fact]
    public void Eversource_unicode_text_export_reads_therms_ccf_and_read_types()
    {
        var text = "End Date\tDays In Bill\tMeter Read\tRead Type\tUsage (CCF)\tUsage (Therms)\tUsage (Cost)\r\n"
            + "\"7/12/2021\"\t\"32\"\t\"9113\"\t\"ACTUAL\"\t\"18\"\t\"18\"\t\"$30.58\"\r\n\"6/10/2021\"\t\"30\"\t\"9095\"\t\"ESTIMATED\"\t\"41\"\t\"42\"\t\"$54.06\"\r\n";
        var download = ReadBytes([0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(text)]);
        var document = download.ToDocument();

        download.Encoding.Should().Be("UTF-16LE with BOM");
        download.Separator.Should().Be('\t');
        document.MeterReadings.Select(m => m.ReadingType!.Uom).Should().Equal(UnitOfMeasure.Therm, UnitOfMeasure.CubicFoot);
        document.MeterReadings[1].Readings.Sum(r => document.MeterReadings[1].Scale(r).Amount).Should().Be(5900m);
        document.MeterReadings[0].Readings.Select(r => r.Qualities.Single().Quality).Should().Equal(QualityOfReading.EstimatedUsingReferenceDay, QualityOfReading.Valid);
        document.UsageSummaries.Should().HaveCount(2);
    }
}
