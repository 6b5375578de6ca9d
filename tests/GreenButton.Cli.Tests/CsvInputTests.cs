using System.Text.Json;

namespace GreenButton.Cli.Tests;

/// <summary><c>summary</c>, <c>export</c> and <c>inspect</c> read utility CSV downloads as they read ESPI XML.</summary>
public sealed class CsvInputTests
{
    private static readonly string s_fixture = TestPaths.Fixture("sdge-fixture.csv");

    [Fact]
    public async Task Summary_reads_a_csv_download()
    {
        var result = await CliRunner.RunAsync("summary", s_fixture, "--format", "json", "-q");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        result.Out.Should().Contain("\"intervalReadings\": 4").And.NotContain("TEST PERSON");
    }

    [Fact]
    public async Task Export_places_the_repeated_hour_and_scales_exactly()
    {
        var result = await CliRunner.RunAsync("export", s_fixture, "--to", "csv", "-q");

        result.ExitCode.Should().Be(0, result.Error);
        var rows = result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Where(r => r.Contains(",meter,forward,", StringComparison.Ordinal)).ToList();
        rows.Select(r => r.Split(',')[4]).Should().Equal("2024-11-03T07:00:00Z", "2024-11-03T08:00:00Z", "2024-11-03T09:00:00Z", "2024-11-03T10:00:00Z");
        rows.Select(r => r.Split(',')[7]).Should().Equal("290", "210", "300", "400");
    }

    [Fact]
    public async Task Time_zone_moves_a_csv_inputs_local_times()
    {
        var result = await CliRunner.RunAsync("export", s_fixture, "--to", "csv", "-q", "--time-zone", "America/New_York");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain(",meter,forward,2024-11-03T04:00:00Z,");
    }

    [Fact]
    public async Task An_unknown_time_zone_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("export", s_fixture, "--to", "csv", "--time-zone", "Mars/Olympus");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--time-zone: 'Mars/Olympus' is not a time zone");
    }

    [Fact]
    public async Task A_bad_row_is_a_data_error_with_its_position_and_lenient_skips_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gb-bad-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, File.ReadAllText(s_fixture).Replace("\"2:00 AM\"", "\"2:00 XM\"", StringComparison.Ordinal));
        try
        {
            var strict = await CliRunner.RunAsync("export", path, "--to", "csv", "-q");
            strict.ExitCode.Should().Be(1);
            strict.Error.Should().Contain($"{path}:11:20: expected a start time (h:mm AM), found '2:00 XM'");

            var lenient = await CliRunner.RunAsync("summary", path, "--lenient", "--format", "json", "-q");
            lenient.ExitCode.Should().Be(0, lenient.Error);
            lenient.Out.Should().Contain("skipped-row").And.Contain("\"intervalReadings\": 3");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_csv_on_standard_input_is_recognised_by_its_content()
    {
        var result = await CliRunner.RunAsync(["summary", "-", "--format", "json", "-q"], File.ReadAllBytes(s_fixture));

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("\"intervalReadings\": 4");
    }

    [Fact]
    public async Task An_unknown_csv_layout_says_which_layouts_exist()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gb-unknown-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "Date,kWh\n2024-01-01,3\n");
        try
        {
            var result = await CliRunner.RunAsync("summary", path, "-q");
            result.ExitCode.Should().Be(3);
            result.Error.Should().Contain("not a utility CSV layout").And.Contain("sdge-interval").And.Contain("Adding a CSV layout");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Convert_writes_an_espi_feed_that_reads_back_the_same_readings()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gb-convert-{Guid.NewGuid():N}.xml");
        try
        {
            var result = await CliRunner.RunAsync("convert", s_fixture, "-o", path);

            result.ExitCode.Should().Be(0, result.Error);
            result.Error.Should().Contain("sdge-interval, times in America/Los_Angeles: 1 usage point, 3 meter readings, 12 readings");
            var document = GreenButtonDocument.Load(path);
            document.MeterReadings[0].Readings.Select(r => r.Value).Should().Equal(290, 210, 300, 400);
            document.MeterReadings[0].Readings.Select(r => r.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)).Should().Equal("07:00", "08:00", "09:00", "10:00");
            result.Error.Should().Contain("5 customer resources (customer data: name, address, account number, 1 meter number(s); --no-customer-data leaves them out)")
                .And.NotContain("TEST PERSON");
            document.UsagePoints.Single().Customer!.CustomerName.Should().Be("TEST PERSON");
            document.UsagePoints.Single().ServiceLocation!.Meters.Single().SerialNumber.Should().Be("1234");
            var validation = GreenButtonValidator.Validate(path);
            validation.IsSchemaValid.Should().BeTrue();
            validation.Violations.Should().NotContain(v => v.Severity == DiagnosticSeverity.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Convert_with_no_customer_data_writes_no_personal_data()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gb-convert-{Guid.NewGuid():N}.xml");
        try
        {
            var result = await CliRunner.RunAsync("convert", s_fixture, "-o", path, "--no-customer-data");

            result.ExitCode.Should().Be(0, result.Error);
            result.Error.Should().Contain("personal data left out (customer data: name, address, account number, 1 meter number(s))").And.NotContain("customer resource").And.NotContain("TEST PERSON");
            var xml = File.ReadAllText(path);
            xml.Should().NotContain("TEST PERSON").And.NotContain("TEST ST").And.NotContain("999").And.NotContain("naesb.org/espi/customer");
            GreenButtonDocument.Load(path).MeterReadings[0].Readings.Should().HaveCount(4);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("2025-03-04T05:06:07Z", "2025-03-04T05:06:07Z")]
    [InlineData("2025-03-04T05:06:07+02:00", "2025-03-04T03:06:07Z")]
    public async Task Convert_updated_dates_the_feed_and_every_entry(string given, string written)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gb-convert-{Guid.NewGuid():N}.xml");
        try
        {
            var result = await CliRunner.RunAsync("convert", s_fixture, "-o", path, "--updated", given, "-q");

            result.ExitCode.Should().Be(0, result.Error);
            var atom = System.Xml.Linq.XNamespace.Get("http://www.w3.org/2005/Atom");
            var xml = System.Xml.Linq.XDocument.Load(path);
            var dates = xml.Descendants(atom + "updated").Concat(xml.Descendants(atom + "published")).Select(e => e.Value).ToList();
            dates.Should().HaveCountGreaterThan(2).And.OnlyContain(d => d == written);
            GreenButtonDocument.Load(path).FeedUpdated.Should().Be(DateTimeOffset.Parse(written, System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Convert_dates_the_feed_by_its_last_reading_by_default()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gb-convert-{Guid.NewGuid():N}.xml");
        try
        {
            (await CliRunner.RunAsync("convert", s_fixture, "-o", path, "-q")).ExitCode.Should().Be(0);

            var document = GreenButtonDocument.Load(path);
            document.FeedUpdated.Should().Be(document.MeterReadings.SelectMany(m => m.Readings).Max(r => r.End));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Convert_updated_that_is_no_date_is_a_usage_error_and_writes_nothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gb-convert-{Guid.NewGuid():N}.xml");

        var result = await CliRunner.RunAsync("convert", s_fixture, "-o", path, "--updated", "yesterday");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--updated: 'yesterday' is not a date (yyyy-MM-dd) or date-time (yyyy-MM-ddTHH:mm:ssZ).");
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public async Task Convert_of_a_bad_row_fails_with_its_position_and_writes_nothing()
    {
        var input = Path.Combine(Path.GetTempPath(), $"gb-bad-{Guid.NewGuid():N}.csv");
        var output = Path.Combine(Path.GetTempPath(), $"gb-bad-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(input, File.ReadAllText(s_fixture).Replace("\"0.3000\"", "\"lots\"", StringComparison.Ordinal));
        try
        {
            var result = await CliRunner.RunAsync("convert", input, "-o", output);

            result.ExitCode.Should().Be(1);
            result.Error.Should().Contain($"{input}:10:").And.Contain("expected a consumption value");
            File.Exists(output).Should().BeFalse();
            (await CliRunner.RunAsync("convert", input, "-o", output, "--lenient", "-q")).ExitCode.Should().Be(0);
            GreenButtonDocument.Load(output).MeterReadings[0].Readings.Should().HaveCount(3);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }
}
