using CsCheck;
using GreenButton.Cli.Export;
using Parquet.Data;

namespace GreenButton.Cli.Tests;

/// <summary>The Parquet writer's unscaled decimals equal Parquet.Net's own conversion, so the file's bytes are unchanged.</summary>
public sealed class ParquetDecimalTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0.0")]
    [InlineData("1.5")]
    [InlineData("-1.000000001")]
    [InlineData("0.000000001")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("7922816251426433759354395.0335")]
    [InlineData("1.0000000000")] // more decimals than the column: Parquet.Net's conversion
    public void Unscaled_equals_Parquet_Net_from_decimal(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var scale in (int[])[ParquetRowWriter.ValueScale, ParquetRowWriter.CostScale])
        {
            Same(ParquetRowWriter.Unscaled(value, scale), BigDecimal.FromDecimal(value, ParquetRowWriter.ValuePrecision, scale));
        }
    }

    [Fact]
    public void Unscaled_equals_Parquet_Net_from_decimal_for_any_value_of_the_columns_scale()
    {
        var values = Gen.Select(Gen.Int, Gen.Int, Gen.Int, Gen.Bool, Gen.Byte[0, 9])
            .Select((lo, mid, hi, negative, scale) => new decimal(lo, mid, hi, negative, scale));
        values.Sample(value =>
        {
            Same(ParquetRowWriter.Unscaled(value, ParquetRowWriter.ValueScale), BigDecimal.FromDecimal(value, ParquetRowWriter.ValuePrecision, ParquetRowWriter.ValueScale));
            var cost = Math.Round(value / 10_000m, ParquetRowWriter.CostScale);
            Same(ParquetRowWriter.Unscaled(cost, ParquetRowWriter.CostScale), BigDecimal.FromDecimal(cost, ParquetRowWriter.ValuePrecision, ParquetRowWriter.CostScale));
        });
    }

    private static void Same(BigDecimal actual, BigDecimal expected)
    {
        actual.UnscaledValue.Should().Be(expected.UnscaledValue);
        actual.Precision.Should().Be(expected.Precision);
        actual.Scale.Should().Be(expected.Scale);
    }
}
