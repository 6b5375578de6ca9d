using System.Globalization;
using CsCheck;

namespace GreenButton.Tests.Properties;

/// <summary>
/// The parser's own integer reader (no string per value, a fast path for plain digits) agrees with the framework's
/// <see cref="long.TryParse(string, NumberStyles, IFormatProvider, out long)"/> on every integer text, at every
/// length and at the overflow edges.
/// </summary>
public sealed class IntegerParsingProperties
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    private static void AgreesWithFramework(string text)
    {
        var ours = EspiParser.TryParseInteger(text, out var value, out var padded, out var fraction);
        var theirs = long.TryParse(text, Styles, CultureInfo.InvariantCulture, out var expected);
        ours.Should().Be(theirs, $"'{text}' is {(theirs ? "" : "not ")}a long");
        fraction.Should().BeFalse();
        if (theirs)
        {
            value.Should().Be(expected, text);
            padded.Should().Be(text.Trim().Length != text.Length, text);
        }
    }

    [Fact]
    public void Any_long_written_any_way_reads_back() =>
        Gen.Select(Gen.Long, Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, 2]).Sample((n, zeros, before, after) =>
            AgreesWithFramework(new string(' ', before) + (n < 0 ? "-" : "") + new string('0', zeros) + Math.Abs((decimal)n).ToString(CultureInfo.InvariantCulture) + new string(' ', after)));

    [Fact]
    public void Digit_strings_of_every_length_read_as_the_framework_reads_them() =>
        Gen.Char['0', '9'].Array[1, 22].Select(c => new string(c)).Sample(AgreesWithFramework);

    [Theory]
    [InlineData("9223372036854775807")]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("18446744073709551615")]
    [InlineData("18446744073709551616")]
    [InlineData("184467440737095516150")]
    [InlineData("999999999999999999")]
    [InlineData("000000000000000000000000000000000000000000042")]
    [InlineData("+17")]
    [InlineData("1 2")]
    [InlineData("12a")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData(" ")]
    public void Edges_read_as_the_framework_reads_them(string text) => AgreesWithFramework(text);

    [Theory]
    [InlineData("12.0", 12, false)]
    [InlineData("12.5", 12, true)]
    [InlineData("-3.25", -3, true)]
    public void Fractions_are_truncated_and_flagged(string text, long expected, bool flagged)
    {
        EspiParser.TryParseInteger(text, out var value, out _, out var fraction).Should().BeTrue();
        value.Should().Be(expected);
        fraction.Should().Be(flagged);
    }
}
