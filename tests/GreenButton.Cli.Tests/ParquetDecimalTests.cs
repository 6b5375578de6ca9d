using System.Numerics;
using CsCheck;
using GreenButton.Cli.Export;
using GreenButton.Cli.Export.Parquet;
using Parquet.Data;

namespace GreenButton.Cli.Tests;

/// <summary>The export's unscaled decimals equal Parquet.Net's own conversion (an independent implementation).</summary>
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
    [InlineData("1.0000000000")]
    public void Unscaled_equals_Parquet_Net_from_decimal(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var scale in (int[])[ParquetRowWriter.ValueScale, ParquetRowWriter.CostScale])
        {
            Same(value, scale);
        }
    }

    [Theory]
    [InlineData("0.0000000005", "0")] // half to even
    [InlineData("0.0000000015", "0.000000002")]
    [InlineData("-0.0000000025", "-0.000000002")]
    [InlineData("1.23456789049", "1.234567890")]
    public void Values_with_more_decimals_than_the_column_are_rounded_half_to_even(string text, string rounded)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var expected = decimal.Parse(rounded, System.Globalization.CultureInfo.InvariantCulture);
        DecimalColumn.Unscaled(value, ParquetRowWriter.ValueScale).Should().Be(DecimalColumn.Unscaled(expected, ParquetRowWriter.ValueScale));
    }

    [Fact]
    public void Unscaled_equals_Parquet_Net_from_decimal_for_any_value_of_the_columns_scale()
    {
        var values = Gen.Select(Gen.Int, Gen.Int, Gen.Int, Gen.Bool, Gen.Byte[0, 9])
            .Select((lo, mid, hi, negative, scale) => new decimal(lo, mid, hi, negative, scale));
        values.Sample(value =>
        {
            Same(value, ParquetRowWriter.ValueScale);
            Same(Math.Round(value / 10_000m, ParquetRowWriter.CostScale), ParquetRowWriter.CostScale);
        });
    }

    private static void Same(decimal value, int scale)
    {
        var expected = BigDecimal.FromDecimal(Math.Round(value, scale, MidpointRounding.ToEven), ParquetRowWriter.ValuePrecision, scale);
        ((BigInteger)DecimalColumn.Unscaled(value, scale)).Should().Be(expected.UnscaledValue, $"{value} at scale {scale}");
    }
}
