using static GreenButton.Csv.Tests.CsvTestSupport;

namespace GreenButton.Csv.Tests;

/// <summary>Bad rows give <c>file:line:column: what was expected</c>; lenient skips them and says so; an unknown layout lists the known ones.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, string, string> BadRows => new()
    {
        // layout fixture with one bad cell, the position of the bad cell, what the message expects
        { LayoutFixtureTests.Sce.Replace("\"0.5\"", "\"half\"", StringComparison.Ordinal), "fixture.csv:13:47", "expected a usage value (a decimal number), found 'half'" },
        { LayoutFixtureTests.Sce.Replace("2024-06-01 01:00:00\u00a0 to 2024-06-01 02:00:00\",\"0.5\"", "2024-13-01 01:00:00\u00a0 to 2024-06-01 02:00:00\",\"0.5\"", StringComparison.Ordinal), "fixture.csv:13:1", "expected a time period*" },
        { LayoutFixtureTests.Sdge.Replace("\"12:15 AM\"", "\"25:15 AM\"", StringComparison.Ordinal), "fixture.csv:16:19", "expected a start time (h:mm AM)*" },
        { LayoutFixtureTests.Sdge.Replace("\"6/1/2024\",\"12:15", "\"6/31/2024\",\"12:15", StringComparison.Ordinal), "fixture.csv:16:8", "expected a date (m/d/yyyy)*" },
        { LayoutFixtureTests.Sdge.Replace("\"15\",\"0.2100\"", "\"fifteen\",\"0.2100\"", StringComparison.Ordinal), "fixture.csv:16:30", "expected a duration*" },
        { LayoutFixtureTests.OpowerInterval.Replace("$0.26", "$0.2.6", StringComparison.Ordinal), "fixture.csv:8:48", "expected a cost ($12.34) or nothing, found '$0.2.6'" },
        { LayoutFixtureTests.OpowerInterval.Replace("1.05,kWh", "1.05,parsecs", StringComparison.Ordinal), "fixture.csv:8:44", "expected a unit (kWh, therms, CCF)*" },
        { "TYPE,START DATE,END DATE,USAGE,UNITS,COST,NOTES\nNatural gas billing,10/2/2020,9/4/2020,29,therms,$1,\n", "fixture.csv:2:31", "expected an end date on or after the start date*" },
        { "Read Date,Usage,Number of Days,Usage per day,Charge,Average Temperature\n1/18/2022,184.00,none,5.75,$327.58,30.0\n", "fixture.csv:2:18", "expected the number of days*" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void A_bad_row_names_file_line_column_and_what_was_expected(string text, string where, string expected)
    {
        var act = () => ReadText(text, "fixture.csv", new GreenButtonCsvOptions { TimeZone = TimeZoneInfo.Utc });

        var error = act.Should().Throw<GreenButtonException>().WithMessage($"{where}: {expected}").Which;
        error.IsDataError.Should().BeTrue("lenient mode would skip the row");
        $"{error.Source}:{error.Line}:{error.Column}".Should().Be(where);
    }

    [Theory]
    [MemberData(nameof(BadRows))]
    public void Lenient_skips_the_bad_row_and_reports_it(string text, string where, string expected)
    {
        var download = ReadText(text, "fixture.csv", new GreenButtonCsvOptions { TimeZone = TimeZoneInfo.Utc, Lenient = true });

        download.RowsSkipped.Should().Be(1);
        var skipped = download.Diagnostics.Should().ContainSingle(d => d.Code == CsvDiagnosticCodes.SkippedRow).Subject;
        skipped.Severity.Should().Be(DiagnosticSeverity.Error);
        $"{skipped.Source}:{skipped.Line}:{skipped.Column}".Should().Be(where);
        skipped.Message.Should().Match($"row skipped: {expected}.");
    }

    [Fact]
    public void Redacted_messages_do_not_quote_the_cell()
    {
        var text = LayoutFixtureTests.Sce.Replace("\"0.5\"", "\"half\"", StringComparison.Ordinal);
        var act = () => ReadText(text, "fixture.csv", new GreenButtonCsvOptions { RedactValues = true });

        act.Should().Throw<GreenButtonException>().Which.Message.Should().NotContain("half").And.Contain("expected a usage value");
    }

    [Fact]
    public void An_unknown_layout_lists_the_layouts_and_how_to_add_one()
    {
        var act = () => ReadText("Date,kWh\n2024-01-01,3\n", "mystery.csv");

        var message = act.Should().Throw<GreenButtonException>().Which.Message;
        message.Should().StartWith("mystery.csv: not a utility CSV layout this reader knows (its first line is 'Date,kWh').");
        foreach (var layout in GreenButtonCsvReader.Layouts)
        {
            message.Should().Contain(layout.Name).And.Contain(layout.Header);
        }
        message.Should().Contain("Adding a CSV layout");
        act.Should().Throw<GreenButtonException>().Which.IsDataError.Should().BeFalse("no row can be skipped: the file is unreadable as a whole");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF\n\n")]
    public void An_empty_file_is_no_known_layout(string text)
        => FluentActions.Invoking(() => ReadText(text, "empty.csv")).Should().Throw<GreenButtonException>().WithMessage("empty.csv: not a utility CSV layout*the file is empty*");

    [Fact]
    public void A_layout_can_be_named_and_a_wrong_name_lists_the_right_ones()
    {
        ReadText(LayoutFixtureTests.Sdge, options: new GreenButtonCsvOptions { Layout = "sdge-interval" }).Layout.Name.Should().Be("sdge-interval");
        FluentActions.Invoking(() => ReadText(LayoutFixtureTests.Sdge, options: new GreenButtonCsvOptions { Layout = "sce-interval" }))
            .Should().Throw<GreenButtonException>().WithMessage("fixture.csv: the file has no 'Energy consumption time period*");
        FluentActions.Invoking(() => ReadText(LayoutFixtureTests.Sdge, options: new GreenButtonCsvOptions { Layout = "xcel" }))
            .Should().Throw<GreenButtonException>().WithMessage("fixture.csv: there is no CSV layout 'xcel'; the layouts are sce-interval, sdge-interval*");
    }

    [Fact]
    public void A_missing_file_is_a_green_button_exception()
        => FluentActions.Invoking(() => GreenButtonCsvReader.Read("/nonexistent/usage.csv")).Should().Throw<GreenButtonException>().WithMessage("/nonexistent/usage.csv: cannot open the file*");

    [Fact]
    public async Task Sync_and_async_reads_agree()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(LayoutFixtureTests.Sdge));
        var sync = GreenButtonCsvReader.Read(stream, new GreenButtonCsvOptions { SourceName = "x.csv" });
        stream.Position = 0;
        var async = await GreenButtonCsvReader.ReadAsync(stream, new GreenButtonCsvOptions { SourceName = "x.csv" });

        async.Entries.Select(e => e.Id).Should().Equal(sync.Entries.Select(e => e.Id));
        async.ToDocument().MeterReadings[0].Readings.Should().Equal(sync.ToDocument().MeterReadings[0].Readings);
    }
}
