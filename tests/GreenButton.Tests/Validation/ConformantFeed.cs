using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GreenButton.Tests.Validation;

/// <summary>
/// A feed that is valid against the ESPI 4.0 schema and passes every data rule of every function block (1, 4 to 12, 15
/// to 17, 27 to 29, 99): an electricity UsagePoint with a load profile and the demand, net, reverse, register and
/// temperature readings the blocks ask for, a gas and a water UsagePoint, a UsageSummary and a power quality summary.
/// Bad fixtures are this feed with one thing changed (<see cref="InEntry"/>), so each shows the rule it breaks.
/// </summary>
internal static class ConformantFeed
{
    public const string Base = "https://utility.example/DataCustodian/espi/1_1/resource";
    public const string Electric = Base + "/Subscription/5/UsagePoint/1";
    public const string Gas = Base + "/Subscription/5/UsagePoint/2";
    public const string Water = Base + "/Subscription/5/UsagePoint/3";
    public const string LocalTime = Base + "/LocalTimeParameters/1";

    /// <summary>2023-06-01T07:00:00Z, local midnight in Pacific daylight time.</summary>
    public const long Start = 1685602800;
    public const int Readings = 96;
    public const long Interval = 900;
    public const long ReadingValue = 100;

    public static readonly int[] AllBlocks = [1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17, 27, 28, 29, 99];

    /// <summary>(id suffix, accumulationBehaviour, commodity, flowDirection, kind, uom) of the electricity series.</summary>
    private static readonly (string Name, int Accumulation, int Commodity, int Flow, int Kind, int Uom)[] s_electricSeries =
    [
        ("wh", 4, 1, 1, 12, 72),     // FB 5: Wh delivered, interval data
        ("va", 12, 1, 1, 12, 61),    // FB 6: VA demand
        ("var", 12, 1, 1, 12, 63),   // FB 6: VAr demand
        ("w", 12, 1, 1, 37, 38),     // FB 6: W demand
        ("net", 1, 1, 4, 12, 72),    // FB 7: Wh net
        ("rev", 4, 1, 19, 12, 72),   // FB 8: Wh reverse
        ("reg", 1, 1, 1, 12, 72),    // FB 9: Wh register
        ("temp", 12, 1, 1, 46, 6),   // FB 29: temperature in kelvin
    ];

    public static string Xml { get; } = Build();

    private static string Build()
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        sb.Append("<id>urn:uuid:feed</id>\n<title>Conformant feed</title>\n<updated>2023-06-02T00:00:00Z</updated>\n");
        sb.Append($"<link rel=\"self\" href=\"{Base}/Subscription/5\"/>\n");
        sb.Append(Entry("ltp", LocalTime, Base + "/LocalTimeParameters", [],
            "<LocalTimeParameters xmlns=\"http://naesb.org/espi\"><dstEndRule>B40E2000</dstEndRule><dstOffset>3600</dstOffset><dstStartRule>360E2000</dstStartRule><tzOffset>-28800</tzOffset></LocalTimeParameters>"));
        UsagePoint(sb, "elec", Electric, 0, [.. s_electricSeries], summaries: true);
        UsagePoint(sb, "gas", Gas, 1, [("therm", 4, 7, 1, 12, 169)], summaries: false);
        UsagePoint(sb, "water", Water, 2, [("gal", 4, 9, 1, 58, 128)], summaries: false);
        sb.Append("</feed>\n");
        return sb.ToString();
    }

    private static void UsagePoint(StringBuilder sb, string name, string self, int kind,
        (string Name, int Accumulation, int Commodity, int Flow, int Kind, int Uom)[] series, bool summaries)
    {
        string[] related = summaries
            ? [self + "/MeterReading", LocalTime, self + "/UsageSummary", self + "/ElectricPowerQualitySummary"]
            : [self + "/MeterReading", LocalTime];
        sb.Append(Entry($"up-{name}", self, Base + "/Subscription/5/UsagePoint", related,
            $"<UsagePoint xmlns=\"http://naesb.org/espi\"><roleFlags>01</roleFlags><ServiceCategory><kind>{kind}</kind></ServiceCategory><status>1</status></UsagePoint>"));
        for (var i = 0; i < series.Length; i++)
        {
            var (suffix, accumulation, commodity, flow, measured, uom) = series[i];
            var meterReading = $"{self}/MeterReading/{i + 1}";
            var readingType = $"{Base}/ReadingType/{name}-{suffix}";
            sb.Append(Entry($"mr-{name}-{suffix}", meterReading, self + "/MeterReading", [meterReading + "/IntervalBlock", readingType],
                "<MeterReading xmlns=\"http://naesb.org/espi\"/>"));
            sb.Append(Entry($"rt-{name}-{suffix}", readingType, Base + "/ReadingType", [],
                $"<ReadingType xmlns=\"http://naesb.org/espi\"><accumulationBehaviour>{accumulation}</accumulationBehaviour><commodity>{commodity}</commodity>"
                + "<consumptionTier>1</consumptionTier><currency>840</currency><dataQualifier>12</dataQualifier><defaultQuality>0</defaultQuality>"
                + $"<flowDirection>{flow}</flowDirection><intervalLength>{Interval}</intervalLength><kind>{measured}</kind><phase>769</phase>"
                + $"<powerOfTenMultiplier>0</powerOfTenMultiplier><timeAttribute>0</timeAttribute><tou>1</tou><uom>{uom}</uom></ReadingType>"));
            sb.Append(Entry($"ib-{name}-{suffix}", meterReading + "/IntervalBlock/1", meterReading + "/IntervalBlock", [], Block(Start, Readings)));
        }
        if (summaries)
        {
            var total = ReadingValue * Readings;
            sb.Append(Entry($"us-{name}", self + "/UsageSummary/1", self + "/UsageSummary", [],
                "<UsageSummary xmlns=\"http://naesb.org/espi\">"
                + $"<billingPeriod><duration>86400</duration><start>{Start}</start></billingPeriod>"
                + "<billLastPeriod>1150000</billLastPeriod><billToDate>450000</billToDate><costAdditionalLastPeriod>100000</costAdditionalLastPeriod>"
                + "<currency>840</currency>"
                + Measurement("overallConsumptionLastPeriod", total)
                + Measurement("currentBillingPeriodOverAllConsumption", total)
                + Measurement("currentDayOverallConsumption", 400)
                + Measurement("peakDemand", 2000, uom: 38)
                + Measurement("previousDayOverallConsumption", 500)
                + "<qualityOfReading>0</qualityOfReading>"
                + Measurement("ratchetDemand", 1800, uom: 38)
                + $"<ratchetDemandPeriod><duration>2592000</duration><start>{Start}</start></ratchetDemandPeriod>"
                + $"<statusTimeStamp>{Start + 86400}</statusTimeStamp></UsageSummary>"));
            sb.Append(Entry($"pq-{name}", self + "/ElectricPowerQualitySummary/1", self + "/ElectricPowerQualitySummary", [],
                "<ElectricPowerQualitySummary xmlns=\"http://naesb.org/espi\"><flickerPlt>1</flickerPlt><flickerPst>2</flickerPst><harmonicVoltage>3</harmonicVoltage>"
                + "<longInterruptions>4</longInterruptions><mainsVoltage>240</mainsVoltage><measurementProtocol>1</measurementProtocol><powerFrequency>60</powerFrequency>"
                + "<rapidVoltageChanges>5</rapidVoltageChanges><shortInterruptions>6</shortInterruptions>"
                + $"<summaryInterval><duration>86400</duration><start>{Start}</start></summaryInterval>"
                + "<supplyVoltageDips>7</supplyVoltageDips><supplyVoltageImbalance>8</supplyVoltageImbalance><supplyVoltageVariations>9</supplyVoltageVariations>"
                + "<tempOvervoltage>10</tempOvervoltage></ElectricPowerQualitySummary>"));
        }
    }

    private static string Measurement(string name, long value, int uom = 72)
        => $"<{name}><powerOfTenMultiplier>0</powerOfTenMultiplier><timeStamp>{Start + 86400}</timeStamp><uom>{uom}</uom><value>{value}</value></{name}>";

    /// <summary>An IntervalBlock of <paramref name="count"/> contiguous 15-minute readings from <paramref name="start"/>.</summary>
    public static string Block(long start, int count)
    {
        var sb = new StringBuilder("<IntervalBlock xmlns=\"http://naesb.org/espi\">");
        sb.Append(CultureInfo.InvariantCulture, $"<interval><duration>{count * Interval}</duration><start>{start}</start></interval>");
        for (var i = 0; i < count; i++)
        {
            sb.Append(Reading(start + (i * Interval), ReadingValue));
        }
        return sb.Append("</IntervalBlock>").ToString();
    }

    public static string Reading(long start, long value, long duration = Interval)
        => $"<IntervalReading><cost>1500</cost><ReadingQuality><quality>0</quality></ReadingQuality><timePeriod><duration>{duration}</duration><start>{start}</start></timePeriod><value>{value}</value></IntervalReading>";

    public static string Entry(string id, string self, string up, string[] related, string content)
    {
        var links = string.Concat(related.Select(r => $"<link rel=\"related\" href=\"{r}\"/>"));
        return $"<entry>\n<id>urn:uuid:{id}</id>\n<link rel=\"self\" href=\"{self}\"/>\n<link rel=\"up\" href=\"{up}\"/>\n{links}\n<title>{id}</title>\n"
            + $"<content>{content}</content>\n<published>2023-06-02T00:00:00Z</published>\n<updated>2023-06-02T00:00:00Z</updated>\n</entry>\n";
    }

    /// <summary>The feed with <paramref name="change"/> applied to the entry whose id is <c>urn:uuid:<paramref name="id"/></c>.</summary>
    public static string InEntry(string id, Func<string, string> change, string? xml = null)
    {
        xml ??= Xml;
        var marker = $"<id>urn:uuid:{id}</id>";
        var at = xml.IndexOf(marker, StringComparison.Ordinal);
        at.Should().BeGreaterThan(0, $"the feed has an entry {id}");
        var start = xml.LastIndexOf("<entry>", at, StringComparison.Ordinal);
        var end = xml.IndexOf("</entry>", at, StringComparison.Ordinal) + "</entry>".Length;
        var entry = xml[start..end];
        var changed = change(entry);
        changed.Should().NotBe(entry, $"the change applies to entry {id}");
        return xml[..start] + changed + xml[end..];
    }

    /// <summary>The feed without the first element <paramref name="element"/> (with its content) in entry <paramref name="id"/>.</summary>
    public static string Without(string id, string element, string? xml = null)
        => InEntry(id, e => Regex.Replace(e, $"<{element}(\\s[^>]*)?(/>|>.*?</{element}>)", "", RegexOptions.Singleline, Regex.InfiniteMatchTimeout) is var r && r != e ? r : e, xml);

    /// <summary>The feed with the first match of <paramref name="pattern"/> in entry <paramref name="id"/> replaced.</summary>
    public static string Replace(string id, string pattern, string replacement, string? xml = null)
        => InEntry(id, e => new Regex(pattern, RegexOptions.Singleline, Regex.InfiniteMatchTimeout).Replace(e, replacement, 1), xml);

    public static GreenButtonValidationResult Validate(string xml, GreenButtonValidationOptions? options = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return GreenButtonValidator.Validate(stream, options ?? new GreenButtonValidationOptions { FunctionBlocks = AllBlocks, SourceName = "feed.xml" });
    }
}
