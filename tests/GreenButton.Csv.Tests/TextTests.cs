using System.Text;
using GreenButton.Csv.Text;
using static GreenButton.Csv.Tests.CsvTestSupport;

namespace GreenButton.Csv.Tests;

/// <summary>Encodings, separators, line ends, RFC 4180 quoting, amounts as utilities write them.</summary>
public sealed class TextTests
{
    private const string Billing = "Name,{0}\nAddress,\"1 MAIN ST, \"\"REAR\"\"\nBOSTON MA 02130\"\nAccount Number,1\n\n"
        + "TYPE,START DATE,END DATE,USAGE,UNITS,COST,NOTES\nNatural gas billing,1/1/2024,1/31/2024,\"1,234.50\",therms,\"$1,000.01\",* This data was estimated\n"
        + "Total,,,1234.50,therms,$1000.01,\n";

    [Fact]
    public void Quoted_fields_hold_separators_quotes_and_line_breaks()
    {
        var download = ReadText(string.Format(System.Globalization.CultureInfo.InvariantCulture, Billing, "A"));

        download.Customer.Address.Should().Be("1 MAIN ST, \"REAR\"\nBOSTON MA 02130");
        var bill = download.ToDocument().UsageSummaries.Single();
        bill.OverallConsumptionLastPeriod!.ScaledValue!.Value.Amount.Should().Be(1234.5m);
        bill.BillLastPeriodAmount.Should().Be(1000.01m);
        bill.QualityOfReading.Should().Be(QualityOfReading.EstimatedUsingReferenceDay);
        download.Diagnostics.Should().ContainSingle(d => d.Code == CsvDiagnosticCodes.SummaryLine).Which.Line.Should().Be(8, "the address spans lines 2 and 3");
        download.TimeZone.Id.Should().Be("America/New_York", "the address is in Massachusetts");
    }

    [Fact]
    public void Windows_1252_is_read_when_the_bytes_are_not_utf8()
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Billing, "JOS\u00c9 O\u2019NEIL");
        var bytes = text.Select(c => c switch { '\u2019' => (byte)0x92, _ => (byte)c }).ToArray();
        var download = ReadBytes(bytes);

        download.Encoding.Should().Be("Windows-1252");
        download.Customer.Name.Should().Be("JOS\u00c9 O\u2019NEIL");
    }

    [Theory]
    [InlineData("utf-8", false)]
    [InlineData("utf-8", true)]
    [InlineData("utf-16", true)]
    [InlineData("utf-16BE", true)]
    [InlineData("utf-16", false)]
    public void Utf8_and_utf16_read_alike(string encoding, bool bom)
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Billing, "\u00c5SA");
        var enc = Encoding.GetEncoding(encoding);
        byte[] bytes = bom ? [.. enc.GetPreamble(), .. enc.GetBytes(text)] : enc.GetBytes(text);
        var download = ReadBytes(bytes);

        download.Customer.Name.Should().Be("\u00c5SA");
        download.ToDocument().UsageSummaries.Should().ContainSingle();
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Every_line_end_reads_alike(string newline)
    {
        var text = "Read Date,Usage,Number of Days,Usage per day,Charge,Average Temperature\n1/18/2022,184.00,32,5.75,$327.58,30.0\n12/17/2021,124.00,29,4.28,$224.09,39.0".Replace("\n", newline, StringComparison.Ordinal);
        var download = ReadText(text);

        download.ToDocument().UsageSummaries.Select(s => s.BillLastPeriodAmount).Should().BeEquivalentTo([327.58m, 224.09m]);
    }

    [Fact]
    public void Records_keep_their_line_and_column()
    {
        var records = CsvTokenizer.Split("a,\"b\nc\",d\r\ne,,f\rg", ',');

        records.Select(r => (r.Line, string.Join("|", r.Fields))).Should().Equal((1, "a|b\nc|d"), (3, "e||f"), (4, "g"));
        records[0].Columns.Should().Equal(1, 3, 4);
        records[1].Columns.Should().Equal(1, 3, 4);
    }

    [Theory]
    [InlineData("0.2900", "0.2900")]
    [InlineData(" $42.08 ", "42.08")]
    [InlineData("-$10.00", "-10.00")]
    [InlineData("$-10.00", "-10.00")]
    [InlineData("($3.10)", "-3.10")]
    [InlineData("1,234,567.5", "1234567.5")]
    [InlineData("-56", "-56")]
    [InlineData("\u00a00.25\u00a0", "0.25")]
    public void Amounts_read_exactly(string cell, string expected)
    {
        CsvCells.TryAmount(cell, out var value).Should().BeTrue();
        value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        value.Scale.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Scale, "the file's precision is kept");
    }

    [Theory]
    [InlineData("")]
    [InlineData("1,2")]
    [InlineData("12,34.5")]
    [InlineData("1.2.3")]
    [InlineData("$")]
    [InlineData("1e5")]
    [InlineData("NaN")]
    public void Not_amounts(string cell) => CsvCells.TryAmount(cell, out _).Should().BeFalse();

    [Theory]
    [InlineData("11/25/15", 2015, 11, 25)]
    [InlineData("1/7/2021", 2021, 1, 7)]
    [InlineData("2020-10-2", 2020, 10, 2)]
    [InlineData("2022-08-02", 2022, 8, 2)]
    public void Dates_read_in_every_style(string cell, int year, int month, int day)
    {
        CsvCells.TryDate(cell, out var date).Should().BeTrue();
        date.Should().Be(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData("2/30/2024")]
    [InlineData("13/1/2024")]
    [InlineData("1/1/202")]
    [InlineData("2024/01/01")]
    [InlineData("1/1/2300")]
    [InlineData("12/31/1899")]
    public void Not_dates(string cell) => CsvCells.TryDate(cell, out _).Should().BeFalse();
}
