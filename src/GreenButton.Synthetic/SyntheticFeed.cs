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

    private const string EspiNs = "http://naesb.org/espi";
    private const string AtomNs = "http://www.w3.org/2005/Atom";
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
        using var writer = new FeedWriter(output);
        var truth = new Generator(writer, options).Run();
        writer.Flush();
        return truth with { Bytes = writer.BytesWritten };
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

    private sealed class Generator(FeedWriter w, SyntheticFeedOptions o)
    {
        private readonly Random _random = new(o.Seed);
        private readonly string _a = o.Style == SyntheticFeedStyle.Prefixed ? "ns0:" : "";
        private readonly string _e = o.Style == SyntheticFeedStyle.Prefixed ? "espi:" : "";
        private readonly string _nl = o.LineBreaks ? "\n" : "";
        private int _blocks;
        private int _meterReadings;
        private int _summaries;
        private long _readings;
        private long _sumValue;
        private long _sumCost;
        private long _first = long.MaxValue;
        private long _last = long.MinValue;

        public SyntheticFeedTruth Run()
        {
            w.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            if (o.Style == SyntheticFeedStyle.Prefixed)
            {
                w.Append($"<ns0:feed xmlns:ns0=\"{AtomNs}\" xmlns:espi=\"{EspiNs}\">{_nl}");
            }
            else
            {
                w.Append($"<feed xmlns=\"{AtomNs}\">{_nl}");
            }
            Element("id", "urn:uuid:2e6f0d8a-0000-4000-8000-000000000000");
            Element("title", "Green Button Usage Feed");
            Element("updated", "2024-01-01T08:00:00Z");
            w.Append($"<{_a}link rel=\"self\" href=\"{BaseUri}/Subscription/1\"/>{_nl}");
            for (var i = 0; i < o.UsagePoints.Count; i++)
            {
                WriteUsagePoint(i + 1, o.UsagePoints[i]);
                if (i == 0)
                {
                    WriteLocalTimeParameters();
                }
            }
            w.Append($"</{_a}feed>{_nl}");
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

        private void Element(string name, string value) => w.Append($"<{_a}{name}>{value}</{_a}{name}>{_nl}");

        private void BeginEntry(int id, string self, string up, string title, params string[] related)
        {
            w.Append($"<{_a}entry>{_nl}");
            w.Append($"<{_a}id>urn:uuid:00000000-0000-4000-8000-").Append(100_000_000_000 + id).Append($"</{_a}id>{_nl}");
            w.Append($"<{_a}link rel=\"self\" href=\"{self}\"/>{_nl}<{_a}link rel=\"up\" href=\"{up}\"/>{_nl}");
            foreach (var href in related)
            {
                w.Append($"<{_a}link rel=\"related\" href=\"{href}\"/>{_nl}");
            }
            w.Append($"<{_a}title>{title}</{_a}title>{_nl}");
            w.Append($"<{_a}content>{_nl}");
        }

        private void BeginResource(string name)
            => w.Append(o.Style == SyntheticFeedStyle.Prefixed ? $"<espi:{name}>{_nl}" : $"<{name} xmlns=\"{EspiNs}\">{_nl}");

        private void EndEntry(string name)
            => w.Append($"</{_e}{name}>{_nl}</{_a}content>{_nl}<{_a}published>2024-01-01T08:00:00Z</{_a}published>{_nl}<{_a}updated>2024-01-01T08:00:00Z</{_a}updated>{_nl}</{_a}entry>{_nl}");

        private void Espi(string name, long value) => w.Append($"<{_e}{name}>").Append(value).Append($"</{_e}{name}>{_nl}");

        private int _entryIds;

        private void WriteLocalTimeParameters()
        {
            BeginEntry(++_entryIds, $"{BaseUri}/LocalTimeParameters/1", $"{BaseUri}/LocalTimeParameters", "DST For North America");
            BeginResource("LocalTimeParameters");
            w.Append($"<{_e}dstEndRule>B40E2000</{_e}dstEndRule>{_nl}");
            Espi("dstOffset", 3600);
            w.Append($"<{_e}dstStartRule>360E2000</{_e}dstStartRule>{_nl}");
            Espi("tzOffset", -28800);
            EndEntry("LocalTimeParameters");
        }

        private void WriteUsagePoint(int index, SyntheticUsagePoint point)
        {
            var up = $"{BaseUri}/Subscription/1/UsagePoint/{index}";
            var related = new List<string> { $"{up}/MeterReading", $"{BaseUri}/LocalTimeParameters/1" };
            if (point.WithUsageSummaries)
            {
                related.Add($"{up}/UsageSummary");
            }
            BeginEntry(++_entryIds, up, $"{BaseUri}/Subscription/1/UsagePoint", point.Kind == ServiceKind.Gas ? "Gas" : "Electricity", [.. related]);
            BeginResource("UsagePoint");
            w.Append($"<{_e}ServiceCategory>{_nl}");
            Espi("kind", (int)point.Kind);
            w.Append($"</{_e}ServiceCategory>{_nl}");
            Espi("status", 1);
            EndEntry("UsagePoint");
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
            BeginEntry(++_entryIds, mr, $"{BaseUri}/Subscription/1/UsagePoint/{point}/MeterReading",
                reverse ? "Energy Received" : gas ? "Gas Usage" : "Energy Delivered", $"{mr}/IntervalBlock", readingType);
            BeginResource("MeterReading");
            EndEntry("MeterReading");

            BeginEntry(++_entryIds, readingType, $"{BaseUri}/ReadingType", "Type of Meter Reading Data");
            BeginResource("ReadingType");
            Espi("accumulationBehaviour", 4);
            Espi("commodity", gas ? 7 : 1);
            Espi("currency", 840);
            Espi("dataQualifier", 12);
            Espi("flowDirection", reverse ? 19 : 1);
            Espi("intervalLength", p.IntervalSeconds);
            Espi("kind", 12);
            Espi("phase", 769);
            Espi("powerOfTenMultiplier", gas ? -3 : 0);
            Espi("timeAttribute", 0);
            Espi("uom", gas ? 169 : 72);
            EndEntry("ReadingType");

            var day = o.StartDate;
            for (var d = 0; d < o.Days; d++, day = day.AddDays(1))
            {
                var start = LocalMidnightUtc(day);
                var end = LocalMidnightUtc(day.AddDays(1));
                BeginEntry(++_entryIds, $"{mr}/IntervalBlock/{d + 1}", $"{mr}/IntervalBlock", "");
                BeginResource("IntervalBlock");
                w.Append($"<{_e}interval>{_nl}");
                Espi("duration", end - start);
                Espi("start", start);
                w.Append($"</{_e}interval>{_nl}");
                long dayValue = 0, dayCost = 0;
                for (var t = start; t < end; t += p.IntervalSeconds)
                {
                    var value = Value(t, p, reverse);
                    w.Append($"<{_e}IntervalReading>{_nl}");
                    if (p.WithCost)
                    {
                        var cost = Cost(t, value, gas);
                        Espi("cost", cost);
                        dayCost += cost;
                        _sumCost += cost;
                    }
                    if (p.WithQuality)
                    {
                        var roll = _random.Next(100);
                        w.Append($"<{_e}ReadingQuality>{_nl}");
                        Espi("quality", roll < 2 ? 8 : roll < 3 ? 9 : 19);
                        w.Append($"</{_e}ReadingQuality>{_nl}");
                    }
                    w.Append($"<{_e}timePeriod>{_nl}");
                    Espi("duration", p.IntervalSeconds);
                    Espi("start", t);
                    w.Append($"</{_e}timePeriod>{_nl}");
                    Espi("value", value);
                    w.Append($"</{_e}IntervalReading>{_nl}");
                    _readings++;
                    _sumValue += value;
                    dayValue += value;
                    _first = Math.Min(_first, t);
                    _last = Math.Max(_last, t + p.IntervalSeconds);
                }
                EndEntry("IntervalBlock");
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
            BeginEntry(++_entryIds, $"{up}/UsageSummary/{index}", $"{up}/UsageSummary", "Usage Summary");
            BeginResource("UsageSummary");
            w.Append($"<{_e}billingPeriod>{_nl}");
            Espi("duration", end - start);
            Espi("start", start);
            w.Append($"</{_e}billingPeriod>{_nl}");
            Espi("billLastPeriod", cost + 1_000_000); // plus a $10 customer charge
            w.Append($"<{_e}costAdditionalDetailLastPeriod>{_nl}");
            Espi("amount", 1_000_000);
            w.Append($"<{_e}note>Customer charge</{_e}note>{_nl}");
            Espi("itemKind", 1);
            w.Append($"</{_e}costAdditionalDetailLastPeriod>{_nl}");
            Espi("currency", 840);
            w.Append($"<{_e}overallConsumptionLastPeriod>{_nl}");
            Espi("powerOfTenMultiplier", gas ? -3 : 0);
            Espi("uom", gas ? 169 : 72);
            Espi("value", value);
            w.Append($"</{_e}overallConsumptionLastPeriod>{_nl}");
            Espi("qualityOfReading", 14);
            Espi("statusTimeStamp", Updated);
            Espi("commodity", gas ? 7 : 1);
            EndEntry("UsageSummary");
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
