namespace GreenButton.Tests.Model;

/// <summary>Scaled values and costs are exact decimals: value × 10^powerOfTenMultiplier, no floating point on the way.</summary>
public sealed class ScaleTests
{
    private static ReadingType Type(int power, UnitOfMeasure? uom = UnitOfMeasure.Wh) => new() { PowerOfTenMultiplier = power, Uom = uom };

    [Theory]
    [InlineData(1234, 0, "1234")]
    [InlineData(1234, -3, "1.234")]
    [InlineData(1234, 3, "1234000")]
    [InlineData(-1234, -3, "-1.234")]
    [InlineData(-5, 2, "-500")]
    [InlineData(1, -28, "0.0000000000000000000000000001")]
    [InlineData(7, 28, "70000000000000000000000000000")]
    [InlineData(0, -9, "0")]
    [InlineData(100, -2, "1")]
    public void Scale_is_exact(long raw, int power, string expected)
        => Type(power).Scale(raw).Amount.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Scale_keeps_trailing_precision_that_doubles_lose()
    {
        // 0.1 + 0.2 != 0.3 in binary floating point; the decimal sum of scaled readings is exact.
        var type = Type(-1);
        (type.Scale(1).Amount + type.Scale(2).Amount).Should().Be(0.3m);
        Enumerable.Repeat(1L, 1000).Sum(v => type.Scale(v).Amount).Should().Be(100m);
    }

    [Theory]
    [InlineData(long.MaxValue, 0, "9223372036854775807")]
    [InlineData(long.MinValue, 0, "-9223372036854775808")]
    [InlineData(long.MaxValue, -3, "9223372036854775.807")]
    [InlineData(long.MinValue, -3, "-9223372036854775.808")]
    [InlineData(long.MinValue, -19, "-0.9223372036854775808")]
    [InlineData(long.MaxValue, -28, "0.0000000009223372036854775807")]
    [InlineData(long.MaxValue, 9, "9223372036854775807000000000")]
    public void Scale_is_exact_at_the_long_limits(long raw, int power, string expected)
        => Type(power).Scale(raw).Amount.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(1, 29)]
    [InlineData(1, -29)]
    [InlineData(long.MaxValue, 10)]
    public void Scale_beyond_decimal_range_throws_OverflowException(long raw, int power)
    {
        var act = () => Type(power).Scale(raw);
        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Scale_carries_the_unit_and_its_symbol()
    {
        var quantity = Type(-3, UnitOfMeasure.Therm).Scale(1500);
        quantity.Should().Be(new Quantity(1.5m, UnitOfMeasure.Therm));
        quantity.UnitSymbol.Should().Be("therm");
        quantity.ToString().Should().Be("1.500 therm");
    }

    [Fact]
    public void Scale_without_a_uom_is_unitless()
        => Type(0, null).Scale(5).Should().Be(new Quantity(5, UnitOfMeasure.None));

    [Theory]
    [InlineData(12345, "0.12345")]
    [InlineData(100000, "1")]
    [InlineData(-250000, "-2.5")]
    [InlineData(long.MaxValue, "92233720368547.75807")]
    [InlineData(long.MinValue, "-92233720368547.75808")]
    public void Cost_amount_is_the_raw_cost_in_hundred_thousandths(long raw, string expected)
    {
        var amount = decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        ReadingType.CostAmount(raw).Should().Be(amount);
        new IntervalReading(DateTimeOffset.UnixEpoch, TimeSpan.FromHours(1), 0, raw).CostAmount.Should().Be(amount);
    }

    [Fact]
    public void Parsed_readings_scale_with_their_meter_readings_reading_type()
    {
        var doc = GreenButtonDocument.Load(Fixture.PathOf("usage.xml"));
        var mr = doc.MeterReadings.Single();
        mr.Readings.Select(r => mr.Scale(r).Amount).Should().Equal(493.8m, 440m, 400m, 360m);
        mr.Readings.First().ScaledValue(mr.ReadingType!).Should().Be(new Quantity(493.8m, UnitOfMeasure.Wh));
        mr.Readings.Select(r => r.CostAmount).Should().Equal(0.12345m, 0.11m, 0.1m, 0.09m);
        doc.IntervalBlocks.Single().ReadingType.Should().BeSameAs(mr.ReadingType);
    }

    [Fact]
    public void Negative_multiplier_and_negative_values_from_a_file_scale_exactly()
    {
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.UsagePoint(), self: Fixture.UsagePointHref, related: [Fixture.UsagePointHref + "/MeterReading"]),
            Fixture.Entry(Fixture.MeterReading(), self: Fixture.MeterReadingHref, up: Fixture.UsagePointHref + "/MeterReading", related: [Fixture.MeterReadingHref + "/IntervalBlock", Fixture.ReadingTypeHref]),
            Fixture.Entry(Fixture.ReadingType(power: -6), self: Fixture.ReadingTypeHref),
            Fixture.Entry(Fixture.Block(Fixture.June1, 7200, Fixture.Reading(Fixture.June1, 3600, -1), Fixture.Reading(Fixture.June1 + 3600, 3600, 1_000_001)), up: Fixture.MeterReadingHref + "/IntervalBlock"));
        var mr = Fixture.Parse(xml).MeterReadings.Single();
        mr.Readings.Select(r => mr.Scale(r).Amount).Should().Equal(-0.000001m, 1.000001m);
    }

    [Fact]
    public void Multiplier_beyond_28_is_kept_and_reported()
    {
        var doc = Fixture.Parse(Fixture.Feed(Fixture.Entry(Fixture.ReadingType(power: 30))));
        doc.ReadingTypes.Single().PowerOfTenMultiplier.Should().Be(30);
        doc.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.OutOfRange && d.Message.Contains("powerOfTenMultiplier", StringComparison.Ordinal));
    }
}
