using System.Text.Json;

namespace GreenButton.Tests.Corpus;

/// <summary>Every well-formed corpus file loads (lenient) and matches the independent reading in expected.json.</summary>
public sealed class CorpusTests
{
    private static readonly GreenButtonReaderOptions s_lenient = new() { Lenient = true };

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
    public void Document_matches_expected_counts_and_sums(string file)
    {
        var expected = SharedCorpus.ExpectedFor(file);
        var doc = GreenButtonDocument.Load(SharedCorpus.PathOf(file), s_lenient);

        doc.Diagnostics.Where(d => d.Code is DiagnosticCodes.SkippedEntry or DiagnosticCodes.SkippedResource or DiagnosticCodes.SkippedReading).Should().BeEmpty("nothing of a corpus file should be lost");
        var resources = expected.GetProperty("resources");
        foreach (var resource in resources.EnumerateObject())
        {
            if (!s_espiResources.Contains(resource.Name))
            {
                // 'xyz' (an unknown root) and a bare ServiceCategory root are counted by the independent reading but are
                // not ESPI resources.
                continue;
            }
            var actual = doc.Resources.Count(r => r.ResourceName == resource.Name);
            actual.Should().Be(resource.Value.GetInt32(), $"{resource.Name} count");
        }
        var readings = doc.IntervalBlocks.SelectMany(b => b.Readings).ToList();
        readings.Should().HaveCount(expected.GetProperty("intervalReadings").GetInt32());
        readings.Sum(r => r.Value).Should().Be(expected.GetProperty("sumValue").GetInt64());
        readings.Sum(r => r.Cost ?? 0).Should().Be(expected.GetProperty("sumCost").GetInt64());
        readings.Sum(r => r.Qualities.Count).Should().Be(expected.GetProperty("readingQualities").GetInt32());

        var expectedMeterReadings = expected.GetProperty("meterReadings").EnumerateArray().ToList();
        doc.MeterReadings.Should().HaveCount(expectedMeterReadings.Count);
        for (var i = 0; i < expectedMeterReadings.Count; i++)
        {
            var e = expectedMeterReadings[i];
            var mr = doc.MeterReadings[i];
            var blocks = mr.IntervalBlocks;
            var mrReadings = mr.Readings.ToList();
            blocks.Should().HaveCount(e.GetProperty("intervalBlocks").GetInt32(), $"blocks of meter reading {i}");
            mrReadings.Should().HaveCount(e.GetProperty("intervalReadings").GetInt32(), $"readings of meter reading {i}");
            mrReadings.Sum(r => r.Value).Should().Be(e.GetProperty("sumValue").GetInt64(), $"sum of meter reading {i}");
            if (mrReadings.Count > 0)
            {
                mrReadings.Min(r => r.StartSeconds).Should().Be(e.GetProperty("firstStart").GetInt64(), $"first start of meter reading {i}");
                mrReadings.Max(r => r.EndSeconds).Should().Be(e.GetProperty("lastEnd").GetInt64(), $"last end of meter reading {i}");
            }
        }
    }

    [CorpusTheory]
    [MemberData(nameof(SharedCorpus.WellFormedFiles), MemberType = typeof(SharedCorpus))]
    public void Streaming_readings_match_expected(string file)
    {
        var expected = SharedCorpus.ExpectedFor(file);
        long count = 0, sum = 0, cost = 0;
        foreach (var reading in GreenButtonReader.ReadIntervalReadings(SharedCorpus.PathOf(file), s_lenient))
        {
            count++;
            sum += reading.Value;
            cost += reading.Cost ?? 0;
        }
        count.Should().Be(expected.GetProperty("intervalReadings").GetInt32());
        sum.Should().Be(expected.GetProperty("sumValue").GetInt64());
        cost.Should().Be(expected.GetProperty("sumCost").GetInt64());
    }

    [CorpusTheory]
    [MemberData(nameof(SharedCorpus.WellFormedFiles), MemberType = typeof(SharedCorpus))]
    public async Task Async_load_matches_sync_load(string file)
    {
        var sync = GreenButtonDocument.Load(SharedCorpus.PathOf(file), s_lenient);
        await using var stream = File.OpenRead(SharedCorpus.PathOf(file));
        var async = await GreenButtonDocument.LoadAsync(stream, s_lenient);
        async.Resources.Select(r => r.ResourceName).Should().Equal(sync.Resources.Select(r => r.ResourceName));
        async.IntervalBlocks.SelectMany(b => b.Readings).Should().Equal(sync.IntervalBlocks.SelectMany(b => b.Readings));
        async.MeterReadings.Select(m => m.IntervalBlocks.Count).Should().Equal(sync.MeterReadings.Select(m => m.IntervalBlocks.Count));
    }

    [CorpusTheory]
    [MemberData(nameof(SharedCorpus.MalformedFiles), MemberType = typeof(SharedCorpus))]
    public void Malformed_files_fail_in_every_mode_with_a_located_error(string file)
    {
        foreach (var options in new[] { default, s_lenient })
        {
            var act = () => GreenButtonDocument.Load(SharedCorpus.PathOf(file), options);
            var error = act.Should().Throw<GreenButtonException>().Which;
            error.Line.Should().BePositive();
            error.Source.Should().EndWith(Path.GetFileName(file));
        }
    }
}
