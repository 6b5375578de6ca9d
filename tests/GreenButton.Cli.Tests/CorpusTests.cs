using System.Text.Json;
using GreenButton.Tests.Corpus;

namespace GreenButton.Cli.Tests;

/// <summary>Every corpus file summarised (--lenient, JSON) matches the independent reading of expected.json.</summary>
public sealed class CorpusTests
{
    private static readonly HashSet<string> s_espiResources =
    [
        "UsagePoint", "MeterReading", "ReadingType", "IntervalBlock", "LocalTimeParameters", "UsageSummary",
        "ElectricPowerUsageSummary", "ElectricPowerQualitySummary", "ApplicationInformation", "Authorization",
        "BatchList", "ServiceStatus", "ProgramIdMappings",
        "Customer", "CustomerAccount", "CustomerAgreement", "ServiceLocation", "ServiceSupplier", "EndDevice", "Meter", "Statement",
        "ProgramDateIdMappings",
    ];

    [CorpusTheory]
    [MemberData(nameof(SharedCorpus.WellFormedFiles), MemberType = typeof(SharedCorpus))]
    public async Task Summary_matches_expected(string file)
    {
        var expected = SharedCorpus.ExpectedFor(file);
        var path = SharedCorpus.PathOf(file);
        var result = await CliRunner.RunAsync("summary", path, "--lenient", "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        Schemas.ShouldMatchSummarySchema(result.Out);
        using var json = JsonDocument.Parse(result.Out);
        var summary = json.RootElement.GetProperty("files")[0];
        summary.GetProperty("diagnostics").EnumerateArray().Should().NotContain(d => d.GetProperty("code").GetString()!.StartsWith("skipped-", StringComparison.Ordinal));

        var resources = summary.GetProperty("resources");
        foreach (var resource in expected.GetProperty("resources").EnumerateObject().Where(r => s_espiResources.Contains(r.Name)))
        {
            // 'xyz' and a bare ServiceCategory root are counted by the independent reading but are not ESPI resources.
            var actual = resources.TryGetProperty(resource.Name, out var count) ? count.GetInt32() : 0;
            actual.Should().Be(resource.Value.GetInt32(), $"{resource.Name} count");
        }
        summary.GetProperty("totals").GetProperty("intervalReadings").GetInt64().Should().Be(expected.GetProperty("intervalReadings").GetInt64());
        summary.GetProperty("sumRawValue").GetInt64().Should().Be(expected.GetProperty("sumValue").GetInt64());
        summary.GetProperty("sumRawCost").GetInt64().Should().Be(expected.GetProperty("sumCost").GetInt64());
        summary.GetProperty("readingQualities").GetInt64().Should().Be(expected.GetProperty("readingQualities").GetInt64());

        var expectedMeterReadings = expected.GetProperty("meterReadings").EnumerateArray().ToList();
        var meterReadings = DocumentComparison.AllMeterReadings(summary);
        meterReadings.Should().HaveCount(expectedMeterReadings.Count);
        for (var i = 0; i < expectedMeterReadings.Count; i++)
        {
            var e = expectedMeterReadings[i];
            var mr = meterReadings[i];
            mr.GetProperty("intervalBlocks").GetInt32().Should().Be(e.GetProperty("intervalBlocks").GetInt32(), $"blocks of meter reading {i}");
            mr.GetProperty("intervalReadings").GetInt64().Should().Be(e.GetProperty("intervalReadings").GetInt64(), $"readings of meter reading {i}");
            mr.GetProperty("sumRawValue").GetInt64().Should().Be(e.GetProperty("sumValue").GetInt64(), $"sum of meter reading {i}");
            if (e.GetProperty("intervalReadings").GetInt64() > 0)
            {
                mr.GetProperty("firstStart").GetString().Should().Be(Formats.Utc(e.GetProperty("firstStart").GetInt64()), $"first start of meter reading {i}");
                mr.GetProperty("lastEnd").GetString().Should().Be(Formats.Utc(e.GetProperty("lastEnd").GetInt64()), $"last end of meter reading {i}");
            }
        }
        DocumentComparison.ShouldAgree(path, result.Out, lenient: true);
    }

    [CorpusTheory]
    [MemberData(nameof(SharedCorpus.MalformedFiles), MemberType = typeof(SharedCorpus))]
    public async Task Malformed_files_exit_with_3_and_a_located_message(string file)
    {
        var result = await CliRunner.RunAsync("summary", SharedCorpus.PathOf(file), "--lenient");
        result.ExitCode.Should().Be(3);
        result.Error.Should().MatchRegex(@"^.+:\d+:\d+: ");
    }
}
