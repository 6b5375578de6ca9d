using System.Collections.ObjectModel;
using CsCheck;

namespace GreenButton.Tests.Writing;

/// <summary>write(model) then read gives the model back, for generated models built in code; the output is valid ESPI 4.0.</summary>
public sealed class WriterProperties
{
    private const long Int48 = (1L << 47) - 1;

    private static readonly Gen<IntervalReading> s_reading = Gen.Select(
        Gen.Long[-Int48, Int48], Gen.Long[-Int48, Int48].Nullable(), Gen.Int[0, 19].Array[0, 2],
        Gen.Short[0, 5].Nullable(), Gen.Short[0, 5].Nullable(), Gen.Short[0, 5].Nullable(), Gen.Bool)
        .Select((value, cost, qualities, tier, tou, cpp, hasValue) => new IntervalReading(0, 0, hasValue ? value : 0, hasValue, cost ?? 0, cost.HasValue,
            qualities.Length == 0 ? null : new ReadOnlyCollection<ReadingQuality>(qualities.Select(q => new ReadingQuality((QualityOfReading)q)).ToArray()),
            tier, tou, cpp, hasTimePeriod: true, origin: null));

    /// <summary>A block of readings one after another from its start.</summary>
    private static readonly Gen<IntervalBlock> s_block = Gen.Select(Gen.Long[0, 2_000_000_000], Gen.OneOfConst(900L, 3600L), s_reading.Array[0, 6])
        .Select((start, duration, readings) => new IntervalBlock
        {
            Interval = new DateTimeInterval(start, duration * readings.Length),
            Readings = readings.Select((r, i) => r.At(start + (i * duration), duration)).ToArray(),
        });

    private static readonly Gen<ReadingType> s_readingType = Gen.Select(Gen.Int[0, 200], Gen.Int[-3, 3], Gen.OneOfConst(900L, 3600L).Nullable(),
        Gen.Short[0, 3].Nullable(), Gen.Int[0, 20].Nullable(), Gen.Select(Gen.Long[-5, 5].Nullable(), Gen.Long[1, 5].Nullable()).Nullable())
        .Select((uom, power, length, tou, flow, argument) => new ReadingType
        {
            Uom = (UnitOfMeasure)uom,
            PowerOfTenMultiplier = power,
            IntervalLength = length,
            Tou = tou,
            FlowDirection = (FlowDirection?)flow,
            Argument = argument is { } a ? new RationalNumber(a.Item1, a.Item2) : null,
            Currency = Currency.USD,
        });

    private static readonly Gen<UsageSummary> s_summary = Gen.Select(Gen.Long[0, 2_000_000_000], Gen.Long[-Int48, Int48].Nullable(), Gen.String[Gen.Char.AlphaNumeric, 1, 12])
        .Select((start, bill, note) => new UsageSummary
        {
            BillingPeriod = new DateTimeInterval(start, 86400 * 30),
            BillLastPeriod = bill,
            StatusTimeStamp = DateTimeOffset.FromUnixTimeSeconds(start),
            CostAdditionalDetailLastPeriod = [new LineItem { Amount = bill, Note = note, ItemKind = ItemKind.Information }],
            OverallConsumptionLastPeriod = new SummaryMeasurement { Uom = UnitOfMeasure.Wh, Value = bill, PowerOfTenMultiplier = 3 },
        });

    /// <summary>One usage point: its resources in ESPI order (usage point, meter readings each with type and blocks, summaries).</summary>
    private static readonly Gen<EspiResource[]> s_usagePoint = Gen.Select(Gen.Int[0, 8], Gen.Select(s_readingType, s_block.Array[0, 3]).Array[1, 2], s_summary.Array[0, 2],
        Gen.String[Gen.Char.AlphaNumeric, 0, 10])
        .Select((kind, meters, summaries, readCycle) =>
        {
            var resources = new List<EspiResource> { new UsagePoint { ServiceKind = (ServiceKind)kind, ReadCycle = readCycle.Length == 0 ? null : readCycle, Status = UsagePointStatus.On } };
            foreach (var (type, blocks) in meters)
            {
                resources.Add(new MeterReading());
                resources.Add(type);
                resources.AddRange(blocks);
            }
            resources.AddRange(summaries);
            return resources.ToArray();
        });

    private static readonly Gen<GreenButtonDocument> s_model = s_usagePoint.Array[1, 2]
        .Select(points => GreenButtonDocument.FromEntries(points.SelectMany(p => p).Select(r => new AtomEntry { Resources = [r] }).ToList()));

    [Fact]
    public void Write_then_read_gives_the_model_back()
        => s_model.Sample(model =>
        {
            using var output = new MemoryStream();
            model.Save(output).Should().BeEmpty();
            var again = GreenButtonDocument.Load(new MemoryStream(output.ToArray()));
            ModelDump.Of(again, withLinks: false).Should().Be(ModelDump.Of(model, withLinks: false));
            again.Diagnostics.Should().NotContain(d => d.Severity >= DiagnosticSeverity.Warning && d.Code != DiagnosticCodes.OverlappingReading && d.Code != DiagnosticCodes.DuplicateReading);
        }, iter: 60, threads: 1);

    [SchemaFact]
    public void Written_models_are_valid_ESPI()
        => s_model.Sample(model =>
        {
            using var output = new MemoryStream();
            model.Save(output);
            EspiSchemas.Validate(output.ToArray()).Should().BeEmpty();
        }, iter: 30, threads: 1);
}
