using System.Text.Json;

namespace GreenButton.Cli.Tests;

/// <summary>
/// The streaming summary (one pass, links resolved by the CLI) must say what <see cref="GreenButtonDocument"/> says:
/// the same meter readings in the same order, with the same usage point, ReadingType, blocks, readings, sums, extent,
/// duplicate/overlap counts, and the same diagnostics.
/// </summary>
internal static class DocumentComparison
{
    public static void ShouldAgree(string path, string summaryJson, bool lenient)
    {
        var doc = GreenButtonDocument.Load(path, new GreenButtonReaderOptions { Lenient = lenient });
        using var json = JsonDocument.Parse(summaryJson);
        var file = json.RootElement.GetProperty("files")[0];
        var meterReadings = AllMeterReadings(file);
        meterReadings.Should().HaveCount(doc.MeterReadings.Count);
        file.GetProperty("usagePoints").GetArrayLength().Should().Be(doc.UsagePoints.Count);
        for (var i = 0; i < doc.UsagePoints.Count; i++)
        {
            var up = file.GetProperty("usagePoints")[i];
            up.GetProperty("meterReadings").GetArrayLength().Should().Be(doc.UsagePoints[i].MeterReadings.Count, $"meter readings of usage point {i}");
            (up.GetProperty("localTime").ValueKind == JsonValueKind.Object).Should().Be(doc.UsagePoints[i].LocalTimeParameters is not null, $"local time of usage point {i}");
            up.GetProperty("usageSummaries").GetArrayLength().Should().Be(doc.UsagePoints[i].UsageSummaries.Count);
        }
        for (var i = 0; i < doc.MeterReadings.Count; i++)
        {
            var expected = doc.MeterReadings[i];
            var actual = meterReadings[i];
            var because = $"meter reading {i} (line {expected.Line})";
            actual.GetProperty("line").GetInt32().Should().Be(expected.Entry?.Line ?? 0, because);
            actual.GetProperty("intervalBlocks").GetInt32().Should().Be(expected.IntervalBlocks.Count, because);
            var readings = expected.Readings.ToList();
            actual.GetProperty("intervalReadings").GetInt64().Should().Be(readings.Count, because);
            actual.GetProperty("sumRawValue").GetInt64().Should().Be(readings.Sum(r => r.Value), because);
            actual.GetProperty("sumRawCost").GetInt64().Should().Be(readings.Sum(r => r.Cost ?? 0), because);
            var type = actual.GetProperty("readingType");
            if (expected.ReadingType is null)
            {
                type.ValueKind.Should().Be(JsonValueKind.Null, because);
            }
            else
            {
                type.GetProperty("powerOfTenMultiplier").GetInt32().Should().Be(expected.ReadingType.PowerOfTenMultiplier, because);
                Nullable(type.GetProperty("uom")).Should().Be((int?)expected.ReadingType.Uom, because);
                NullableLong(type.GetProperty("intervalLength")).Should().Be(expected.ReadingType.IntervalLength, because);
                Nullable(type.GetProperty("flowDirection")).Should().Be((int?)expected.ReadingType.FlowDirection, because);
            }
            if (readings.Count > 0)
            {
                actual.GetProperty("firstStart").GetString().Should().Be(Formats.Utc(readings.Min(r => r.StartSeconds)), because);
                actual.GetProperty("lastEnd").GetString().Should().Be(Formats.Utc(readings.Max(r => r.EndSeconds)), because);
            }
        }
        var duplicates = meterReadings.Sum(m => m.GetProperty("duplicates").GetInt64());
        var overlaps = meterReadings.Sum(m => m.GetProperty("overlaps").GetInt64());
        duplicates.Should().Be(doc.Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateReading).Sum(d => (long)d.Count));
        overlaps.Should().Be(doc.Diagnostics.Where(d => d.Code == DiagnosticCodes.OverlappingReading).Sum(d => (long)d.Count));
        var diagnostics = file.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("severity").GetString()} {d.GetProperty("code").GetString()} {d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()}"
                + $" x{d.GetProperty("count").GetInt32()} {(d.TryGetProperty("entryId", out var id) ? id.GetString() : null)}: {d.GetProperty("message").GetString()}");
        diagnostics.Should().BeEquivalentTo(doc.Diagnostics.Select(d => $"{d.Severity.ToString().ToLowerInvariant()} {d.Code} {d.Line}:{d.Column} x{d.Count} {d.EntryId}: {d.Message}"));
    }

    /// <summary>Every meter reading of a file summary, in document order (by line).</summary>
    public static List<JsonElement> AllMeterReadings(JsonElement file)
        => [.. file.GetProperty("usagePoints").EnumerateArray().SelectMany(u => u.GetProperty("meterReadings").EnumerateArray())
            .Concat(file.GetProperty("unattachedMeterReadings").EnumerateArray())
            .Select((m, i) => (m, i)).OrderBy(t => t.m.GetProperty("line").GetInt32()).ThenBy(t => t.m.GetProperty("column").GetInt32()).ThenBy(t => t.i).Select(t => t.m)];

    private static int? Nullable(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt32();

    private static long? NullableLong(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt64();
}
