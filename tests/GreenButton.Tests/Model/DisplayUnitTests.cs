namespace GreenButton.Tests.Model;

/// <summary>The one display unit of a meter reading's figures: SI multiples of energy and power units, therms spelt out.</summary>
public sealed class DisplayUnitTests
{
    [Theory]
    [InlineData(UnitOfMeasure.Wh, 5_079_019, 2592, "kWh", 1000)]
    [InlineData(UnitOfMeasure.Wh, 650, 300, "Wh", 1)]
    [InlineData(UnitOfMeasure.Wh, 329_048, 283, "kWh", 1000)]
    [InlineData(UnitOfMeasure.Wh, 20_000_000, 1, "kWh", 1000)]
    [InlineData(UnitOfMeasure.Wh, 4_380_000_000, 500_000, "MWh", 1_000_000)]
    [InlineData(UnitOfMeasure.W, 36_680, 3000, "kW", 1000)]
    [InlineData(UnitOfMeasure.Joule, 2_000_000, 0, "MJ", 1_000_000)]
    [InlineData(UnitOfMeasure.Therm, 1655.6, 0.6, "therms", 1)]
    [InlineData(UnitOfMeasure.CubicMeter, 1_234_567, 2, "m³", 1)]
    public void The_unit_follows_the_total_and_the_largest_reading(UnitOfMeasure unit, double total, double largest, string label, double divisor)
    {
        var display = DisplayUnit.For(unit, (decimal)total, (decimal)largest);
        display.Label.Should().Be(label);
        display.Divisor.Should().Be((decimal)divisor);
        display.Convert((decimal)total).Should().Be((decimal)total / (decimal)divisor);
        display.ToString().Should().Be(label);
    }

    [Fact]
    public void Without_a_unit_figures_stay_as_they_are()
        => DisplayUnit.For(null, 5_000_000, 10).Should().Be(new DisplayUnit("", 1));

    [Fact]
    public void Of_scales_the_statistics_by_the_reading_types_power_of_ten()
    {
        var statistics = new ReadingStatistics();
        statistics.Add(new IntervalReading(DateTimeOffset.UnixEpoch, TimeSpan.FromHours(1), 2_500));
        statistics.Add(new IntervalReading(DateTimeOffset.UnixEpoch.AddHours(1), TimeSpan.FromHours(1), -400));
        var type = new ReadingType { Uom = UnitOfMeasure.Wh, PowerOfTenMultiplier = 3 };

        DisplayUnit.Of(type, statistics).Should().Be(new DisplayUnit("MWh", 1_000_000), "2,100 kWh in all, 2,500 kWh at most");
        DisplayUnit.Of(new ReadingType { Uom = UnitOfMeasure.Wh }, statistics).Should().Be(new DisplayUnit("kWh", 1000));
        DisplayUnit.Of(null, statistics).Should().Be(new DisplayUnit("", 1));
        DisplayUnit.Of(new ReadingType { Uom = UnitOfMeasure.Wh, PowerOfTenMultiplier = 40 }, statistics).Should().Be(new DisplayUnit("Wh", 1), "figures beyond decimal's range are not scaled");
    }
}
