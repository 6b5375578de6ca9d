using System.Globalization;

namespace GreenButton.Synthetic;

/// <summary>
/// Writes deterministic, realistic Green Button feeds: UsagePoints with LocalTimeParameters (US Pacific), MeterReadings
/// with their ReadingTypes, one IntervalBlock per local day (so DST days hold 23 and 25 hours), optional costs,
/// ReadingQualities, reverse flow (solar) and monthly UsageSummaries. Links are ESPI's: up/related/self.
/// </summary>
public static class SyntheticFeed
{
    /// <summary>Base of every href in generated feeds.</summary>
    public const string BaseUri = "https://example.test/DataCustodian/espi/1_1/resource";

    private const long Updated = 1704096000; // 2024-01-01T08:00:00Z

    /// <summary>The LocalTimeParameters every generated feed carries: US Pacific time.</summary>
    public static LocalTimeParameters Pacific { get; } = new()
    {
        TzOffsetSeconds = -28800,
        DstOffsetSeconds = 3600,
        DstStartRule = new DstRule(0x360E2000),
        DstEndRule = new DstRule(0xB40E2000),
    };

    /// <summary>Writes a feed to <paramref name="output"/> (left open) and returns what it holds.</summary>
    public static SyntheticFeedTruth Write(Stream output, SyntheticFeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var counting = new CountingStream(output);
        var writerOptions = new GreenButtonWriterOptions
        {
            LineBreaks = options.LineBreaks,
            AtomPrefix = options.Style switch { SyntheticFeedStyle.Prefixed => "ns0", SyntheticFeedStyle.Compact => "atom", _ => null },
            EspiPrefix = options.Style == SyntheticFeedStyle.Compact ? "" : null,
        };
        SyntheticFeedTruth truth;
        using (var writer = new GreenButtonWriter(counting, writerOptions))
        {
            truth = new Generator(writer, options).Run();
        }
        return truth with { Bytes = counting.BytesWritten };
    }

    /// <summary>Writes a feed to a file.</summary>
    public static SyntheticFeedTruth WriteFile(string path, SyntheticFeedOptions options)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        return Write(file, options);
    }

    /// <summary>Generates a feed in memory (for tests and small samples).</summary>
    public static byte[] ToBytes(SyntheticFeedOptions options, out SyntheticFeedTruth truth)
    {
        using var memory = new MemoryStream();
        truth = Write(memory, options);
        return memory.ToArray();
    }

    private sealed class Generator(GreenButtonWriter w, SyntheticFeedOptions o)
    {
        private static readonly DateTimeOffset s_updated = DateTimeOffset.FromUnixTimeSeconds(Updated);
        private readonly Random _random = new(o.Seed);
        private int _blocks;
        private int _meterReadings;
        private int _summaries;
        private long _readings;
        private long _sumValue;
        private long _sumCost;
        private long _first = long.MaxValue;
        private long _last = long.MinValue;
        private int _entryIds;

        /// <summary>The ReadingTypes written: meters of one kind share theirs, written once (a feed holds one entry per self link).</summary>
        private readonly HashSet<string> _readingTypes = [];

        public SyntheticFeedTruth Run()
        {
            w.WriteFeedStart("urn:uuid:2e6f0d8a-0000-4000-8000-000000000000", "Green Button Usage Feed", s_updated, [new AtomLink(AtomLink.SelfRel, $"{BaseUri}/Subscription/1")]);
            for (var i = 0; i < o.UsagePoints.Count; i++)
            {
                WriteUsagePoint(i + 1, o.UsagePoints[i]);
                if (i == 0)
                {
                    Entry($"{BaseUri}/LocalTimeParameters/1", $"{BaseUri}/LocalTimeParameters", "DST For North America", new LocalTimeParameters
                    {
                        TzOffsetSeconds = Pacific.TzOffsetSeconds,
                        DstOffsetSeconds = Pacific.DstOffsetSeconds,
                        DstStartRule = Pacific.DstStartRule,
                        DstEndRule = Pacific.DstEndRule,
                    });
                }
            }
            w.WriteFeedEnd();
            return new SyntheticFeedTruth
            {
                UsagePoints = o.UsagePoints.Count,
                MeterReadings = _meterReadings,
                IntervalBlocks = _blocks,
                IntervalReadings = _readings,
                SumValue = _sumValue,
                SumCost = _sumCost,
                FirstStart = _readings == 0 ? 0 : _first,
                LastEnd = _readings == 0 ? 0 : _last,
                UsageSummaries = _summaries,
            };
        }

        private void Entry(string self, string up, string title, EspiResource resource, params string[] related)
        {
            var links = new List<AtomLink>(2 + related.Length) { new(AtomLink.SelfRel, self), new(AtomLink.UpRel, up) };
            links.AddRange(related.Select(href => new AtomLink(AtomLink.RelatedRel, href)));
            w.WriteEntry(new AtomEntry
            {
                Id = "urn:uuid:00000000-0000-4000-8000-" + (100_000_000_000 + ++_entryIds).ToString(CultureInfo.InvariantCulture),
                Links = links,
                Title = title,
                Resources = [resource],
                Published = s_updated,
                Updated = s_updated,
            });
        }

        private void WriteUsagePoint(int index, SyntheticUsagePoint point)
        {
            var up = $"{BaseUri}/Subscription/1/UsagePoint/{index}";
            var related = new List<string> { $"{up}/MeterReading", $"{BaseUri}/LocalTimeParameters/1" };
            if (point.WithUsageSummaries)
            {
                related.Add($"{up}/UsageSummary");
            }
            Entry(up, $"{BaseUri}/Subscription/1/UsagePoint", point.Kind == ServiceKind.Gas ? "Gas" : "Electricity",
                new UsagePoint { ServiceKind = point.Kind, Status = (UsagePointStatus)1 }, [.. related]);
            var costs = new Dictionary<(int Year, int Month), (long Value, long Cost, long Start, long End)>();
            WriteMeterReading(index, 1, point, reverse: false, costs);
            if (point.WithReverseFlow && point.Kind == ServiceKind.Electricity)
            {
                WriteMeterReading(index, 2, point, reverse: true, null);
            }
            if (point.WithUsageSummaries)
            {
                var k = 0;
                foreach (var ((year, month), (value, cost, start, end)) in costs)
                {
                    WriteUsageSummary(up, ++k, point, value, cost, start, end);
                }
            }
        }

        private void WriteMeterReading(int point, int index, SyntheticUsagePoint p, bool reverse, Dictionary<(int, int), (long, long, long, long)>? months)
        {
            _meterReadings++;
            var gas = p.Kind == ServiceKind.Gas;
            var mr = $"{BaseUri}/Subscription/1/UsagePoint/{point}/MeterReading/{index}";
            var readingTypeId = $"{(gas ? 169 : 72)}-{p.IntervalSeconds}-{(reverse ? 19 : 1)}";
            var readingType = $"{BaseUri}/ReadingType/{readingTypeId}";
            Entry(mr, $"{BaseUri}/Subscription/1/UsagePoint/{point}/MeterReading", reverse ? "Energy Received" : gas ? "Gas Usage" : "Energy Delivered",
                new MeterReading(), $"{mr}/IntervalBlock", readingType);
            if (_readingTypes.Add(readingType))
            {
                Entry(readingType, $"{BaseUri}/ReadingType", "Type of Meter Reading Data", new ReadingType
                {
                    AccumulationBehaviour = (AccumulationBehaviour)4,
                    Commodity = (Commodity)(gas ? 7 : 1),
                    Currency = (Currency)840,
                    DataQualifier = (DataQualifier)12,
                    FlowDirection = (FlowDirection)(reverse ? 19 : 1),
                    IntervalLength = p.IntervalSeconds,
                    Kind = (ReadingKind)12,
                    Phase = (PhaseCode)769,
                    PowerOfTenMultiplier = gas ? -3 : 0,
                    TimeAttribute = (TimeAttribute)0,
                    Uom = (UnitOfMeasure)(gas ? 169 : 72),
                });
            }

            var day = o.StartDate;
            var readings = new List<IntervalReading>(100);
            for (var d = 0; d < o.Days; d++, day = day.AddDays(1))
            {
                var start = LocalMidnightUtc(day);
                var end = LocalMidnightUtc(day.AddDays(1));
                long dayValue = 0, dayCost = 0;
                readings.Clear();
                for (var t = start; t < end; t += p.IntervalSeconds)
                {
                    var value = Value(t, p, reverse);
                    long? cost = null;
                    if (p.WithCost)
                    {
                        cost = Cost(t, value, gas);
                        dayCost += cost.Value;
                        _sumCost += cost.Value;
                    }
                    ReadingQuality[]? quality = null;
                    if (p.WithQuality)
                    {
                        var roll = _random.Next(100);
                        quality = [new ReadingQuality((QualityOfReading)(roll < 2 ? 8 : roll < 3 ? 9 : 19))];
                    }
                    readings.Add(new IntervalReading(DateTimeOffset.FromUnixTimeSeconds(t), TimeSpan.FromSeconds(p.IntervalSeconds), value, cost, quality));
                    _readings++;
                    _sumValue += value;
                    dayValue += value;
                    _first = Math.Min(_first, t);
                    _last = Math.Max(_last, t + p.IntervalSeconds);
                }
                Entry($"{mr}/IntervalBlock/{d + 1}", $"{mr}/IntervalBlock", "",
                    new IntervalBlock { Interval = new DateTimeInterval(start, end - start), Readings = readings });
                _blocks++;
                if (months is not null)
                {
                    var key = (day.Year, day.Month);
                    months[key] = months.TryGetValue(key, out var m)
                        ? (m.Item1 + dayValue, m.Item2 + dayCost, m.Item3, end)
                        : (dayValue, dayCost, start, end);
                }
            }
        }

        private void WriteUsageSummary(string up, int index, SyntheticUsagePoint p, long value, long cost, long start, long end)
        {
            _summaries++;
            var gas = p.Kind == ServiceKind.Gas;
            Entry($"{up}/UsageSummary/{index}", $"{up}/UsageSummary", "Usage Summary", new UsageSummary
            {
                BillingPeriod = new DateTimeInterval(start, end - start),
                BillLastPeriod = cost + 1_000_000, // plus a $10 customer charge
                CostAdditionalDetailLastPeriod = [new LineItem { Amount = 1_000_000, Note = "Customer charge", ItemKind = (ItemKind)1 }],
                Currency = (Currency)840,
                OverallConsumptionLastPeriod = new SummaryMeasurement { PowerOfTenMultiplier = gas ? -3 : 0, Uom = (UnitOfMeasure)(gas ? 169 : 72), Value = value },
                QualityOfReading = (QualityOfReading)14,
                StatusTimeStamp = s_updated,
                Commodity = (Commodity)(gas ? 7 : 1),
            });
        }

        private static long LocalMidnightUtc(DateOnly day)
        {
            var standard = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds() + 28800;
            // US transitions happen at 02:00, so midnight standard time tells whether DST is in force at midnight.
            return Pacific.IsDaylightSavingTime(DateTimeOffset.FromUnixTimeSeconds(standard)) ? standard - 3600 : standard;
        }

        /// <summary>A plausible load: a base, a morning and an evening peak, summer cooling, noise.</summary>
        private long Value(long t, SyntheticUsagePoint p, bool reverse)
        {
            var local = Pacific.ToLocal(DateTimeOffset.FromUnixTimeSeconds(t));
            var hour = local.Hour + (local.Minute / 60.0);
            var season = Math.Cos((local.DayOfYear - 200) / 365.0 * 2 * Math.PI); // 1 in July
            var hours = p.IntervalSeconds / 3600.0;
            double watts;
            if (p.Kind == ServiceKind.Gas)
            {
                // milli-therms per interval: heating in winter, a hot-water peak in the morning.
                var therms = (0.05 + (0.25 * Math.Max(0, -season + 0.3)) + (hour is >= 6 and < 9 ? 0.15 : 0)) * hours;
                return (long)Math.Round(therms * 1000 * (0.8 + (0.4 * _random.NextDouble())));
            }
            if (reverse)
            {
                var sun = Math.Max(0, Math.Sin((hour - 6) / 13 * Math.PI)) * (0.75 + (0.25 * season));
                watts = 3500 * sun * (0.7 + (0.3 * _random.NextDouble()));
            }
            else
            {
                var morning = Math.Exp(-Math.Pow(hour - 7.5, 2) / 2);
                var evening = Math.Exp(-Math.Pow(hour - 19, 2) / 4);
                watts = 250 + (600 * morning) + (1200 * evening) + (900 * Math.Max(0, season) * Math.Max(0, Math.Sin((hour - 10) / 12 * Math.PI)));
                watts *= 0.75 + (0.5 * _random.NextDouble());
            }
            return (long)Math.Round(watts * hours);
        }

        /// <summary>Cost in 1/100000 dollars: $0.25/kWh, $0.45/kWh from 16:00 to 21:00; gas $1.50/therm.</summary>
        private static long Cost(long t, long value, bool gas)
        {
            if (gas)
            {
                return value * 150;
            }
            var hour = Pacific.ToLocal(DateTimeOffset.FromUnixTimeSeconds(t)).Hour;
            return value * (hour is >= 16 and < 21 ? 45 : 25);
        }
    }
}
