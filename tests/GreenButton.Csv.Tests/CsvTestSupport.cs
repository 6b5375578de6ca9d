using System.Text;

namespace GreenButton.Csv.Tests;

/// <summary>Reading helpers and the figures tests compare: per meter reading, count, total in the file's unit, first and last start.</summary>
internal static class CsvTestSupport
{
    public static CsvDownload ReadText(string text, string name = "fixture.csv", GreenButtonCsvOptions options = default)
        => GreenButtonCsvReader.Read(Encoding.UTF8.GetBytes(text), options with { SourceName = options.SourceName ?? name });

    public static CsvDownload ReadBytes(byte[] bytes, string name = "fixture.csv", GreenButtonCsvOptions options = default)
        => GreenButtonCsvReader.Read(bytes, options with { SourceName = options.SourceName ?? name });

    /// <summary>The figures of one meter reading: the total in the file's unit (kWh: Wh / 1000; CCF: ft³ / 100).</summary>
    public static Series Figures(MeterReading meterReading, int fileExponent)
    {
        var type = meterReading.ReadingType!;
        var readings = meterReading.Readings.ToList();
        var total = readings.Sum(r => type.Scale(r.Value).Amount);
        for (var i = 0; i < fileExponent; i++)
        {
            total /= 10;
        }
        return new Series(type.FlowDirection!.Value, readings.Count, total,
            readings.Count == 0 ? null : readings.Min(r => r.Start), readings.Count == 0 ? null : readings.Max(r => r.Start));
    }

    /// <summary>Every customer field of the document, by resource, for comparing a document with its read-back.</summary>
    public static List<string> CustomerFields(GreenButtonDocument document) =>
    [
        .. document.Customers.Select(c => $"Customer {c.CustomerName} accounts={c.Accounts.Count}"),
        .. document.CustomerAccounts.Select(a => $"CustomerAccount {a.AccountId} agreements={a.Agreements.Count}"),
        .. document.CustomerAgreements.Select(a => $"CustomerAgreement {a.Name} locations={a.ServiceLocations.Count}"),
        .. document.ServiceLocations.Select(l => $"ServiceLocation {l.MainAddress?.StreetDetail?.AddressGeneral}|{l.MainAddress?.StreetDetail?.AddressGeneral2}|{l.MainAddress?.TownDetail?.Name}"
            + $"|{l.MainAddress?.TownDetail?.StateOrProvince}|{l.MainAddress?.TownDetail?.Country}|{l.MainAddress?.PostalCode} points={l.UsagePoints.Count} meters={l.Meters.Count}"),
        .. document.ServiceLocations.SelectMany(l => l.Meters).Select(m => $"Meter {m.SerialNumber} {m.IntervalLength}"),
    ];

    public static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);

    public sealed record Series(FlowDirection Flow, int Readings, decimal Total, DateTimeOffset? First, DateTimeOffset? Last);
}
