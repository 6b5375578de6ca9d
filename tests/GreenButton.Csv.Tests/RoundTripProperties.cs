using System.Globalization;
using System.Text;
using CsCheck;

namespace GreenButton.Csv.Tests;

/// <summary>
/// A model (a series of contiguous readings, DST days included) written as a layout's CSV, as the utility would write it
/// in Pacific wall-clock time, reads back to the same instants, durations, exact values and costs.
/// </summary>
public sealed class RoundTripProperties
{
    private static readonly TimeZoneInfo s_pacific = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    private static readonly DateOnly[] s_days = [new(2024, 3, 10), new(2024, 11, 3), new(2024, 6, 15), new(2025, 1, 1), new(2023, 11, 5)];

    private sealed record Model(string Layout, DateOnly Day, int Days, int Interval, long[] TenThousandths, bool WithCost)
    {
        public override string ToString() => $"{Layout} {Day} +{Days}d every {Interval}s, {TenThousandths.Length} readings, cost {WithCost}";
    }

    private static readonly Gen<Model> s_models =
        Gen.Select(Gen.OneOfConst("sdge-interval", "opower-interval", "sce-interval"), Gen.Int[0, s_days.Length - 1], Gen.Int[1, 2], Gen.OneOfConst(900, 3600),
                Gen.Long[0, 999_999].Array[200], Gen.Bool)
            .Select((layout, day, days, interval, values, cost) => new Model(layout, s_days[day], days, interval, values, cost && layout == "opower-interval"));

    [Fact]
    public void A_model_written_as_csv_reads_back_the_same()
        => s_models.Sample(model =>
        {
            var expected = Readings(model);
            var csv = Write(model, expected);
            var download = GreenButtonCsvReader.Parse(csv, new GreenButtonCsvOptions { SourceName = "pge_electric_interval_data.csv", TimeZone = s_pacific });
            var meterReading = download.ToDocument().MeterReadings[0];
            var type = meterReading.ReadingType!;
            var actual = meterReading.Readings.Select(r => (r.StartSeconds, r.DurationSeconds, type.Scale(r.Value).Amount, r.CostAmount)).ToList();

            download.Layout.Name.Should().Be(model.Layout);
            actual.Should().Equal(expected.Select(e => (e.Start, (long)model.Interval, e.TenThousandths / 10_000m * 1000m, model.WithCost ? e.Cost : (decimal?)null)));
        }, iter: 200, threads: 1);

    private static List<(long Start, long TenThousandths, decimal Cost)> Readings(Model model)
    {
        var start = LocalTimeConversion.ToUtc(model.Day.ToDateTime(TimeOnly.MinValue), s_pacific).ToUnixTimeSeconds();
        var end = LocalTimeConversion.ToUtc(model.Day.AddDays(model.Days).ToDateTime(TimeOnly.MinValue), s_pacific).ToUnixTimeSeconds();
        var count = (int)Math.Min((end - start) / model.Interval, model.TenThousandths.Length);
        return [.. Enumerable.Range(0, count).Select(i => (start + (i * (long)model.Interval), model.TenThousandths[i], (model.TenThousandths[i] % 5000) / 100m))];
    }

    private static string Write(Model model, List<(long Start, long TenThousandths, decimal Cost)> readings)
    {
        var text = new StringBuilder();
        text.Append(model.Layout switch
        {
            "sdge-interval" => "Meter Number,Date,Start Time,Duration,Consumption,Generation,Net\r\n",
            "opower-interval" => "Name,A\nAddress,\"1 ST, SAN JOSE CA 95000\"\nAccount Number,1\nService,Service 1\n\nTYPE,DATE,START TIME,END TIME,USAGE,UNITS,COST,NOTES\n",
            _ => "Energy Usage Information\n\"Type of readings: Electricity\"\n\nEnergy consumption time period,Usage(Real energy in kilowatt-hours),Reading quality\n",
        });
        foreach (var (start, value, cost) in readings)
        {
            var local = Local(start);
            var localEnd = Local(start + model.Interval);
            var kwh = (value / 10_000m).ToString("0.0000", CultureInfo.InvariantCulture);
            text.Append(model.Layout switch
            {
                "sdge-interval" => FormattableString.Invariant(
                    $"\"0001\",\"{local:M/d/yyyy}\",\"{local.ToString("h:mm tt", CultureInfo.InvariantCulture)}\",\"{model.Interval / 60}\",\"{kwh}\",\"\",\"{kwh}\"\r\n"),
                "opower-interval" => FormattableString.Invariant(
                    $"Electric usage,{local:yyyy-MM-dd},{local:HH:mm},{localEnd.AddMinutes(-1):HH:mm},{kwh},kWh,{(model.WithCost ? cost.ToString("$0.00", CultureInfo.InvariantCulture) : "")},\n"),
                _ => FormattableString.Invariant($"\"{local:yyyy-MM-dd HH:mm:ss}\u00a0 to {localEnd:yyyy-MM-dd HH:mm:ss}\",\"{kwh}\",\"\"\n"),
            });
        }
        return text.ToString();
    }

    private static DateTime Local(long unixSeconds) => TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(unixSeconds), s_pacific).DateTime;

    [Fact]
    public void Arbitrary_text_reads_or_fails_with_a_green_button_exception()
        => Gen.Select(Gen.OneOfConst(LayoutFixtureTests.Sce, LayoutFixtureTests.Sdge, LayoutFixtureTests.OpowerInterval), Gen.Int[0, 400],
                Gen.OneOf(Gen.Char.Array[0, 8].Select(c => new string(c)),
                    Gen.OneOfConst("79228162514264337593543950335", "9999999999999999999.99999", "12/31/2199", "2199-12-31 23:45:00", "1/1/1900", "\"", "\r", "\u00a0", ",,,,", "24:00", "$-", "(")),
                Gen.Bool)
            .Sample((fixture, at, noise, lenient) =>
            {
                var position = Math.Min(at, fixture.Length);
                var text = fixture[..position] + noise + fixture[position..];
                try
                {
                    GreenButtonCsvReader.Parse(text, new GreenButtonCsvOptions { SourceName = "pge_x.csv", Lenient = lenient }).ToDocument();
                }
                catch (GreenButtonException)
                {
                    // the only exception the reader may throw
                }
            }, iter: 1000, threads: 1);
}
