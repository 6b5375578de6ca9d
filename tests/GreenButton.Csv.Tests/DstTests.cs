using System.Globalization;
using System.Text;
using static GreenButton.Csv.Tests.CsvTestSupport;

namespace GreenButton.Csv.Tests;

/// <summary>Days of 23 and 25 hours: every layout's local times placed in UTC by the core's conversion, the repeated 1:00 by row order.</summary>
public sealed class DstTests
{
    private static string SdgeDay(string date, params string[] times)
    {
        var text = new StringBuilder("Meter Number,Date,Start Time,Duration,Consumption,Generation,Net\n");
        foreach (var time in times)
        {
            text.Append(CultureInfo.InvariantCulture, $"\"1\",\"{date}\",\"{time}\",\"15\",\"0.0100\",\"\",\"0.0100\"\n");
        }
        return text.ToString();
    }

    private static string[] QuarterHours(params int[] hours)
        => [.. hours.SelectMany(h => new[] { 0, 15, 30, 45 }.Select(m => $"{(h % 12 == 0 ? 12 : h % 12)}:{m:00} {(h < 12 ? "AM" : "PM")}"))];

    [Fact]
    public void A_spring_forward_day_has_92_quarter_hours_without_a_gap()
    {
        var times = QuarterHours([0, 1, .. Enumerable.Range(3, 21)]);
        var block = ReadText(SdgeDay("3/10/2024", times)).ToDocument().MeterReadings[0].IntervalBlocks.Single();

        block.Readings.Should().HaveCount(92);
        block.Interval!.Value.DurationSeconds.Should().Be(23 * 3600);
        block.Readings[7].Start.Should().Be(Utc("2024-03-10T09:45Z"));
        block.Readings[8].Start.Should().Be(Utc("2024-03-10T10:00Z"), "3:00 AM PDT follows 1:45 AM PST");
        block.Readings.Should().OnlyContain(r => r.DurationSeconds == 900);
    }

    [Fact]
    public void A_fall_back_day_has_100_quarter_hours_and_the_repeated_hour_follows_the_first()
    {
        var times = QuarterHours([0, 1, 1, .. Enumerable.Range(2, 22)]);
        var download = ReadText(SdgeDay("11/3/2024", times));
        var block = download.ToDocument().MeterReadings[0].IntervalBlocks.Single();

        block.Readings.Should().HaveCount(100);
        block.Interval!.Value.DurationSeconds.Should().Be(25 * 3600);
        block.Readings[4].Start.Should().Be(Utc("2024-11-03T08:00Z"), "the first 1:00 AM is daylight time");
        block.Readings[8].Start.Should().Be(Utc("2024-11-03T09:00Z"), "the second 1:00 AM is standard time");
        block.Readings.Zip(block.Readings.Skip(1)).Should().OnlyContain(p => p.Second.StartSeconds - p.First.StartSeconds == 900);
        download.Diagnostics.Should().ContainSingle(d => d.Code == CsvDiagnosticCodes.RepeatedLocalTime).Which.Count.Should().Be(8, "four rows of the second 1:00 hour, each a consumption and a net reading");
    }

    [Fact]
    public void Sce_periods_of_the_repeated_hour_last_one_hour_each()
    {
        var text = "\"Type of readings: Electricity\"\nEnergy consumption time period,Usage(Real energy in kilowatt-hours),Reading quality\n"
            + "2024-11-03 00:00:00 to 2024-11-03 01:00:00,1,\n2024-11-03 01:00:00 to 2024-11-03 02:00:00,2,\n"
            + "2024-11-03 01:00:00 to 2024-11-03 02:00:00,3,\n2024-11-03 02:00:00 to 2024-11-03 03:00:00,4,\n";
        var readings = ReadText(text).ToDocument().MeterReadings.Single().Readings.ToList();

        readings.Select(r => (r.Start, r.DurationSeconds)).Should().Equal(
            (Utc("2024-11-03T07:00Z"), 3600L), (Utc("2024-11-03T08:00Z"), 3600L), (Utc("2024-11-03T09:00Z"), 3600L), (Utc("2024-11-03T10:00Z"), 3600L));
    }

    [Fact]
    public void Sce_period_across_the_spring_gap_lasts_one_hour()
    {
        var text = "Energy consumption time period,Usage(Real energy in kilowatt-hours),Reading quality\n"
            + "2024-03-10 01:00:00 to 2024-03-10 03:00:00,1,\n2024-03-10 03:00:00 to 2024-03-10 04:00:00,1,\n";
        var readings = ReadText(text).ToDocument().MeterReadings.Single().Readings.ToList();

        readings.Select(r => (r.Start, r.DurationSeconds)).Should().Equal((Utc("2024-03-10T09:00Z"), 3600L), (Utc("2024-03-10T10:00Z"), 3600L));
    }

    [Fact]
    public void Opower_hourly_rows_of_a_fall_back_day_are_25_hours()
    {
        var rows = new StringBuilder("TYPE,DATE,START TIME,END TIME,USAGE,UNITS,COST,NOTES\n");
        foreach (var hour in new[] { 0, 1, 1 }.Concat(Enumerable.Range(2, 22)))
        {
            rows.Append(CultureInfo.InvariantCulture, $"Electric usage,2024-11-03,{hour:00}:00,{hour:00}:59,1.00,kWh,,\n");
        }
        var block = ReadText(rows.ToString(), "pge_electric_interval_data.csv").ToDocument().MeterReadings[0].IntervalBlocks.Single();

        block.Readings.Should().HaveCount(25);
        block.Readings.Should().OnlyContain(r => r.DurationSeconds == 3600);
        block.Interval!.Value.DurationSeconds.Should().Be(25 * 3600);
    }

    [Fact]
    public void A_start_the_clocks_skip_is_shifted_forward_and_reported()
    {
        var download = ReadText(SdgeDay("3/10/2024", "1:45 AM", "2:00 AM"));

        download.ToDocument().MeterReadings[0].Readings.Select(r => r.Start).Should().Equal(Utc("2024-03-10T09:45Z"), Utc("2024-03-10T10:00Z"));
        download.Diagnostics.Should().ContainSingle(d => d.Code == CsvDiagnosticCodes.SkippedLocalTime).Which.Line.Should().Be(3);
    }

    [Fact]
    public void The_zone_can_be_overridden_and_local_time_parameters_follow_it()
    {
        var eastern = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var document = ReadText(SdgeDay("6/1/2024", "12:00 AM"), options: new GreenButtonCsvOptions { TimeZone = eastern }).ToDocument();

        document.MeterReadings[0].Readings.Single().Start.Should().Be(Utc("2024-06-01T04:00Z"));
        var parameters = document.UsagePoints[0].LocalTimeParameters!;
        parameters.TzOffsetSeconds.Should().Be(-5 * 3600);
        parameters.DstOffsetSeconds.Should().Be(3600);
        parameters.DstStartRule.ToString().Should().Be("360E2000");
        parameters.DstEndRule.ToString().Should().Be("B40E2000");
        parameters.ToLocal(Utc("2024-06-01T04:00Z")).Offset.Should().Be(TimeSpan.FromHours(-4));
    }
}
