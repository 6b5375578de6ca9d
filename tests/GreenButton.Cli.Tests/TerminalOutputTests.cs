using GreenButton.Cli.Summary;

namespace GreenButton.Cli.Tests;

/// <summary>The text summary as a terminal shows it: fitted to 80 or 120 columns, one readable unit per row, currencies named.</summary>
public sealed class TerminalOutputTests
{
    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    [InlineData(120)]
    [InlineData(160)]
    public async Task The_sample_summary_fits_the_terminal(int width)
    {
        var result = await CliRunner.RunAtWidthAsync(width);
        result.ExitCode.Should().Be(0, result.Error);
        Lines(result.Out).Should().OnlyContain(line => line.Length <= width, $"every line fits {width} columns");
        result.Out.Should().Contain("5,079 kWh").And.Contain("1,656 therms").And.Contain("1,710.17 USD").And.Contain("billed 1,830.17 USD over 12 billing periods");
        result.Out.Should().Contain("More columns: --wide. Exact figures: --format json.");
    }

    [Fact]
    public async Task At_80_columns_the_essential_columns_are_shown_and_at_120_min_mean_max_too()
    {
        var narrow = await CliRunner.RunAtWidthAsync(80);
        var header = Lines(narrow.Out).First(line => line.Contains("Readings", StringComparison.Ordinal));
        header.Should().Contain("Meter").And.Contain("From / to").And.Contain("Total").And.Contain("Cost").And.Contain("Gaps");
        narrow.Out.Should().NotContain("Min / mean / max");
        Lines(narrow.Out).Should().Contain(line => line.Contains("8,760 × 1 h", StringComparison.Ordinal));

        var wider = await CliRunner.RunAtWidthAsync(120);
        wider.Out.Should().Contain("Min / mean / max").And.Contain("0.188 / 0.58 / 2.592", "min, mean and max are in the row's unit, kWh, as the total");
    }

    [Fact]
    public async Task The_small_fixture_at_80_columns_is_the_golden_one()
    {
        // From standard input: the heading names '-', so that where the repository lies does not change its wrapping.
        var result = await CliRunner.RunAsync(["summary", "-"], await File.ReadAllBytesAsync(TestPaths.Fixture("small.xml")), width: 80);
        result.ExitCode.Should().Be(0, result.Error);
        Golden.Check("small.summary.80.txt", result.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Wide_shows_every_column_whatever_the_width()
    {
        var result = await CliRunner.RunAtWidthAsync(400, "--wide");
        var header = Lines(result.Out).First(line => line.Contains("Usage point", StringComparison.Ordinal));
        foreach (var column in new[] { "Meter reading", "Interval", "Flow", "Blocks", "Readings", "First start (local)", "Last end (local)", "Unit", "Total",
            "Min", "Mean", "Max", "Cost", "Gaps", "Overlaps / dups", "Quality code:readings" })
        {
            header.Should().Contain(column);
        }
        var narrow = await CliRunner.RunAtWidthAsync(80, "--wide");
        Lines(narrow.Out).First(line => line.StartsWith('╭')).Count(c => c == '┬').Should().Be(16, "--wide keeps all 17 columns at 80 columns too");
    }

    [Fact]
    public async Task Redirected_output_gets_the_whole_table_on_one_line_per_row()
    {
        var result = await CliRunner.RunAsync();
        result.Out.Should().Contain("Quality code:readings").And.NotContain("--wide");
    }

    [Fact]
    public async Task No_parenthesised_plurals()
    {
        foreach (var args in new[] { Array.Empty<string>(), ["summary", TestPaths.Fixture("small.xml")] })
        {
            var result = await CliRunner.RunAtWidthAsync(80, args);
            result.Out.Should().NotContain("(s)").And.NotContain("(ies)");
        }
        (await CliRunner.RunAsync("summary", TestPaths.Fixture("small.xml"))).Out.Should().Contain("1 usage point, 2 meter readings, 2 interval blocks, 8 readings, 0 usage summaries");
    }

    [Theory]
    [InlineData(UnitOfMeasure.Wh, 2592, 188, 5_079_019, "kWh", "5,079")]
    [InlineData(UnitOfMeasure.Wh, 800, 10, 1_500_000, "kWh", "1,500")]
    [InlineData(UnitOfMeasure.Wh, 500, 0, 2_000, "kWh", "2")]
    [InlineData(UnitOfMeasure.Wh, 300, 50, 650, "Wh", "650")]
    [InlineData(UnitOfMeasure.Wh, 283, 0, 329_048, "kWh", "329")]
    [InlineData(UnitOfMeasure.Wh, 1, 0, 20_000_000, "kWh", "20,000")]
    [InlineData(UnitOfMeasure.Wh, 500_000, 1_000, 4_380_000_000, "MWh", "4,380")]
    [InlineData(UnitOfMeasure.W, 3000, 0, 36_680, "kW", "36.68")]
    [InlineData(UnitOfMeasure.Therm, 0.6, 0.04, 1655.6, "therms", "1,656")]
    [InlineData(UnitOfMeasure.CubicMeter, 2, 0, 1234.5, "m³", "1,235")]
    public void Each_row_has_one_unit_scaled_for_reading(UnitOfMeasure unit, double max, double min, double total, string label, string shown)
    {
        var mr = new MeterReadingSummary
        {
            Qualities = new Dictionary<string, long>(), Unit = Units.Symbol(unit), ReadingType = new ReadingTypeSummary { Uom = (int)unit },
            MaxValue = (decimal)max, MinValue = (decimal)min, SumValue = (decimal)total,
        };
        var display = SummaryUnits.For(mr);
        display.Label.Should().Be(label);
        display.Format(mr.SumValue).Should().Be(shown);
        display.Format(mr.MaxValue).Should().Be(Figures.Readable(mr.MaxValue!.Value / display.Divisor), "min, mean and max use the total's unit");
    }

    [Theory]
    [InlineData(5079.019, "5,079")]
    [InlineData(507.9012, "507.9")]
    [InlineData(2.5924, "2.592")]
    [InlineData(0.188, "0.188")]
    [InlineData(0.58, "0.58")]
    [InlineData(0.0012345, "0.00123")]
    [InlineData(1234567.8, "1,234,568")]
    [InlineData(-42.5, "-42.5")]
    [InlineData(0, "0")]
    public void Figures_keep_about_four_significant_digits(double value, string expected)
        => Figures.Readable((decimal)value).Should().Be(expected);

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');
}
