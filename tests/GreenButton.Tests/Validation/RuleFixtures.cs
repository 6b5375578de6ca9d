using static GreenButton.Tests.Validation.ConformantFeed;

namespace GreenButton.Tests.Validation;

/// <summary>
/// One bad fixture per data rule: <see cref="ConformantFeed"/> with the one thing the rule forbids. D028 has none: it asks
/// that a MeterReading entry hold a MeterReading, which is how such an entry is recognised at all.
/// </summary>
internal static class RuleFixtures
{
    private const string Wh = "ib-elec-wh";
    private static readonly string s_wh1 = $"{Electric}/MeterReading/1";

    public static readonly IReadOnlyDictionary<string, Func<string>> Bad = new Dictionary<string, Func<string>>
    {
        // FB 1: the feed, its UsagePoints and LocalTimeParameters
        ["D000"] = () => "<?xml version=\"1.0\"?><results xmlns=\"http://www.w3.org/2005/Atom\"/>",
        ["D136"] = () => InEntry("ltp", _ => ""),
        ["D006"] = () => InEntry("up-water", _ => "", InEntry("up-gas", _ => "", InEntry("up-elec", _ => ""))),
        ["D001"] = () => Xml.Replace("<id>urn:uuid:feed</id>", "", StringComparison.Ordinal),
        ["D002"] = () => Xml.Replace("<title>Conformant feed</title>", "", StringComparison.Ordinal),
        ["D003"] = () => Xml.Replace("<updated>2023-06-02T00:00:00Z</updated>\n<link rel=\"self\"", "<link rel=\"self\"", StringComparison.Ordinal),
        ["D004"] = () => Replace("rt-elec-va", "<id>urn:uuid:rt-elec-va</id>", "<id>urn:uuid:rt-elec-wh</id>"),
        ["D138"] = () => Without("ltp", "id"),
        ["D139"] = () => Replace("ltp", "<link rel=\"self\"[^>]*/>", ""),
        ["D140"] = () => Replace("ltp", "<link rel=\"up\"[^>]*/>", ""),
        ["D141"] = () => Without("ltp", "published"),
        ["D137"] = () => Without("ltp", "title"),
        ["D142"] = () => Without("ltp", "updated"),
        ["D143"] = () => InEntry("ltp", e => e + e.Replace("urn:uuid:ltp", "urn:uuid:ltp-2", StringComparison.Ordinal)),
        ["D135"] = () => Replace("ltp", "LocalTimeParameters/1\"", "LocalTimeParameters/9\""),
        ["D008"] = () => Without("up-elec", "ServiceCategory"),
        ["D011"] = () => Without("up-elec", "id"),
        ["D016"] = () => Replace("up-elec", "(<link rel=\"related\"[^>]*/>)+", ""),
        ["D013"] = () => Replace("up-elec", "<link rel=\"self\"[^>]*/>", ""),
        ["D015"] = () => Replace("up-elec", "<link rel=\"up\"[^>]*/>", ""),
        ["D009"] = () => Without("up-elec", "published"),
        ["D012"] = () => Without("up-elec", "title"),
        ["D010"] = () => Without("up-elec", "updated"),
        ["D007"] = () => SecondLocalTime(),
        ["D014"] = () => Replace("up-gas", $"rel=\"self\" href=\"{Gas}\"", $"rel=\"self\" href=\"{Electric}\""),

        // FB 4: MeterReadings, ReadingTypes, IntervalBlocks
        ["D032"] = () => RemoveEntries("ib-"),
        ["D027"] = () => RemoveEntries("mr-"),
        ["D049"] = () => RemoveEntries("rt-"),
        ["D039"] = () => Replace(Wh, "<start>[0-9]+</start></interval>", "</interval>"),
        ["D042"] = () => Replace(Wh, $"<start>{Start}</start></interval>", $"<start>{Start - 1}</start></interval>"),
        ["D044"] = () => Replace(Wh, "<duration>900</duration>", "<duration>0</duration>"),
        ["D045"] = () => Replace(Wh, "<timePeriod>.*?</timePeriod>", ""),
        ["D046"] = () => Replace(Wh, "<value>100</value>", ""),
        ["D038"] = () => Replace(Wh, "<interval><duration>[0-9]+</duration>", "<interval>"),
        ["D031"] = () => Without(Wh, "id"),
        ["D034"] = () => Replace(Wh, "<link rel=\"self\"[^>]*/>", ""),
        ["D036"] = () => Replace(Wh, "<link rel=\"up\"[^>]*/>", ""),
        ["D040"] = () => Without(Wh, "published"),
        ["D033"] = () => Without(Wh, "title"),
        ["D041"] = () => Without(Wh, "updated"),
        ["D035"] = () => Replace("ib-elec-va", "MeterReading/2/IntervalBlock/1\"", "MeterReading/1/IntervalBlock/1\""),
        ["D037"] = () => Replace(Wh, "rel=\"up\" href=\"[^\"]*\"", "rel=\"up\" href=\"https://elsewhere.example/IntervalBlock\""),
        ["D018"] = () => Without("mr-elec-wh", "id"),
        ["D020"] = () => Replace("mr-elec-wh", "<link rel=\"self\"[^>]*/>", ""),
        ["D022"] = () => Replace("mr-elec-wh", "<link rel=\"up\"[^>]*/>", ""),
        ["D029"] = () => Without("mr-elec-wh", "published"),
        ["D019"] = () => Without("mr-elec-wh", "title"),
        ["D030"] = () => Without("mr-elec-wh", "updated"),
        ["D145"] = () => Replace(Wh, $"<start>{Start + Interval}</start>", $"<start>{Start}</start>"),
        ["D146"] = () => SecondBlock(Start),
        ["D025"] = () => InEntry(Wh, _ => ""),
        ["D021"] = () => Replace("mr-elec-va", "MeterReading/2\"", "MeterReading/1\""),
        ["D024"] = () => Replace("mr-elec-wh", "ReadingType/elec-wh\"", "ReadingType/none\""),
        ["D023"] = () => Replace("mr-elec-wh", "rel=\"up\" href=\"[^\"]*\"", "rel=\"up\" href=\"https://elsewhere.example/MeterReading\""),
        ["D054"] = () => Xml.Replace("</feed>", Entry("rt-orphan", Base + "/ReadingType/orphan", Base + "/ReadingType", [],
            "<ReadingType xmlns=\"http://naesb.org/espi\"><intervalLength>900</intervalLength><kind>12</kind><powerOfTenMultiplier>0</powerOfTenMultiplier><uom>72</uom></ReadingType>") + "</feed>", StringComparison.Ordinal),
        ["D026"] = () => InEntry("ib-elec-rev", _ => ""),
        ["D062"] = () => Without("rt-elec-wh", "intervalLength"),
        ["D063"] = () => Without("rt-elec-wh", "kind"),
        ["D065"] = () => Without("rt-elec-wh", "powerOfTenMultiplier"),
        ["D068"] = () => Without("rt-elec-wh", "uom"),
        ["D048"] = () => Without("rt-elec-wh", "id"),
        ["D051"] = () => Replace("rt-elec-wh", "<link rel=\"self\"[^>]*/>", ""),
        ["D053"] = () => Replace("rt-elec-wh", "<link rel=\"up\"[^>]*/>", ""),
        ["D069"] = () => Without("rt-elec-wh", "published"),
        ["D050"] = () => Without("rt-elec-wh", "title"),
        ["D070"] = () => Without("rt-elec-wh", "updated"),
        ["D052"] = () => Replace("rt-elec-va", "ReadingType/elec-va\"", "ReadingType/elec-wh\""),

        // FB 5 to 11 and 29: the readings each block promises
        ["D078"] = () => Replace("rt-elec-wh", "<accumulationBehaviour>4<", "<accumulationBehaviour>1<"),
        ["D064"] = () => Without("rt-elec-wh", "phase"),
        ["D072"] = () => Replace("rt-elec-va", "<uom>61<", "<uom>62<"),
        ["D073"] = () => Replace("rt-elec-var", "<uom>63<", "<uom>64<"),
        ["D071"] = () => Replace("rt-elec-w", "<kind>37<", "<kind>38<"),
        ["D074"] = () => Replace("rt-elec-net", "<flowDirection>4<", "<flowDirection>1<"),
        ["D076"] = () => Replace("rt-elec-rev", "<flowDirection>19<", "<flowDirection>1<"),
        ["D077"] = () => Replace("rt-elec-reg", "<accumulationBehaviour>1<", "<accumulationBehaviour>3<"),
        ["D079"] = () => Replace("rt-gas-therm", "<uom>169<", "<uom>72<"),
        ["D080"] = () => Replace("rt-water-gal", "<uom>128<", "<uom>72<"),
        ["D147"] = () => Replace("rt-elec-temp", "<uom>6<", "<uom>7<"),

        // FB 12: costs
        ["D043"] = () => Replace(Wh, "<cost>1500</cost>", ""),
        ["D058"] = () => Without("rt-elec-wh", "currency"),

        // FB 15: usage summaries
        ["D083"] = () => InEntry("us-elec", _ => ""),
        ["D089"] = () => Replace("us-elec", "<billingPeriod><duration>86400</duration>", "<billingPeriod>"),
        ["D090"] = () => Replace("us-elec", $"<start>{Start}</start></billingPeriod>", "</billingPeriod>"),
        ["D081"] = () => Without("us-elec", "overallConsumptionLastPeriod"),
        ["D099"] = () => Without("us-elec", "qualityOfReading"),
        ["D100"] = () => Without("us-elec", "statusTimeStamp"),
        ["D095"] = () => InMeasurement("currentBillingPeriodOverAllConsumption", "powerOfTenMultiplier"),
        ["D096"] = () => InMeasurement("currentBillingPeriodOverAllConsumption", "timeStamp"),
        ["D097"] = () => InMeasurement("currentBillingPeriodOverAllConsumption", "uom"),
        ["D098"] = () => InMeasurement("currentBillingPeriodOverAllConsumption", "value"),
        ["D082"] = () => Without("us-elec", "id"),
        ["D085"] = () => Replace("us-elec", "<link rel=\"self\"[^>]*/>", ""),
        ["D087"] = () => Replace("us-elec", "<link rel=\"up\"[^>]*/>", ""),
        ["D101"] = () => Without("us-elec", "published"),
        ["D084"] = () => Without("us-elec", "title"),
        ["D102"] = () => Without("us-elec", "updated"),
        ["D086"] = () => InEntry("us-elec", e => e + e.Replace("urn:uuid:us-elec", "urn:uuid:us-elec-2", StringComparison.Ordinal)),
        ["D088"] = () => Replace("us-elec", "rel=\"up\" href=\"[^\"]*\"", "rel=\"up\" href=\"https://elsewhere.example/UsageSummary\""),

        // FB 16: bill amounts
        ["D091"] = () => Without("us-elec", "billLastPeriod"),
        ["D093"] = () => Without("us-elec", "costAdditionalLastPeriod"),
        ["D094"] = () => Without("us-elec", "currency"),

        // FB 17: power quality
        ["D126"] = () => InEntry("pq-elec", _ => ""),
        ["D113"] = () => Without("pq-elec", "flickerPlt"),
        ["D114"] = () => Without("pq-elec", "flickerPst"),
        ["D115"] = () => Without("pq-elec", "harmonicVoltage"),
        ["D116"] = () => Without("pq-elec", "longInterruptions"),
        ["D117"] = () => Without("pq-elec", "mainsVoltage"),
        ["D118"] = () => Without("pq-elec", "powerFrequency"),
        ["D119"] = () => Without("pq-elec", "rapidVoltageChanges"),
        ["D120"] = () => Without("pq-elec", "shortInterruptions"),
        ["D121"] = () => Without("pq-elec", "summaryInterval"),
        ["D134"] = () => Replace("pq-elec", $"<start>{Start}</start></summaryInterval>", "</summaryInterval>"),
        ["D122"] = () => Without("pq-elec", "supplyVoltageDips"),
        ["D123"] = () => Without("pq-elec", "supplyVoltageImbalance"),
        ["D124"] = () => Without("pq-elec", "supplyVoltageVariations"),
        ["D125"] = () => Without("pq-elec", "tempOvervoltage"),
        ["D128"] = () => Without("pq-elec", "id"),
        ["D129"] = () => Replace("pq-elec", "<link rel=\"self\"[^>]*/>", ""),
        ["D130"] = () => Replace("pq-elec", "<link rel=\"up\"[^>]*/>", ""),
        ["D131"] = () => Without("pq-elec", "published"),
        ["D127"] = () => Without("pq-elec", "title"),
        ["D132"] = () => Without("pq-elec", "updated"),
        ["D133"] = () => InEntry("pq-elec", e => e + e.Replace("urn:uuid:pq-elec", "urn:uuid:pq-elec-2", StringComparison.Ordinal)),

        // FB 27: demand and daily consumption
        ["D106"] = () => InMeasurement("currentDayOverallConsumption", "powerOfTenMultiplier"),
        ["D105"] = () => Without("us-elec", "peakDemand"),
        ["D107"] = () => InMeasurement("previousDayOverallConsumption", "powerOfTenMultiplier"),
        ["D103"] = () => Without("us-elec", "ratchetDemand"),
        ["D104"] = () => Without("us-elec", "ratchetDemandPeriod"),
        ["D111"] = () => InMeasurement("currentDayOverallConsumption", "uom"),
        ["D110"] = () => InMeasurement("peakDemand", "uom"),
        ["D112"] = () => InMeasurement("previousDayOverallConsumption", "uom"),
        ["D108"] = () => InMeasurement("ratchetDemand", "uom"),
        ["D109"] = () => Replace("us-elec", $"<start>{Start}</start></ratchetDemandPeriod>", "</ratchetDemandPeriod>"),

        // FB 28: bill to date
        ["D092"] = () => Without("us-elec", "billToDate"),

        // FB 99: the Alliance's optional fields
        ["D047"] = () => Replace(Wh, "<ReadingQuality><quality>0</quality></ReadingQuality>", ""),
        ["D057"] = () => Without("rt-elec-wh", "consumptionTier"),
        ["D059"] = () => Without("rt-elec-wh", "dataQualifier"),
        ["D060"] = () => Without("rt-elec-wh", "defaultQuality"),
        ["D066"] = () => Without("rt-elec-wh", "timeAttribute"),
        ["D067"] = () => Without("rt-elec-wh", "tou"),
        ["D017"] = () => Without("up-elec", "roleFlags"),
        ["D005"] = () => Without("up-elec", "status"),
    };

    /// <summary>A second LocalTimeParameters, named by the electricity UsagePoint beside the first.</summary>
    public static string SecondLocalTime()
    {
        var second = Base + "/LocalTimeParameters/2";
        var xml = InEntry("ltp", e => e + e.Replace("urn:uuid:ltp", "urn:uuid:ltp-2", StringComparison.Ordinal).Replace(LocalTime + "\"", second + "\"", StringComparison.Ordinal));
        return Replace("up-elec", "<link rel=\"related\"", $"<link rel=\"related\" href=\"{second}\"/><link rel=\"related\"", xml);
    }

    /// <summary>A second IntervalBlock of the Wh MeterReading, starting at <paramref name="start"/>.</summary>
    public static string SecondBlock(long start)
        => InEntry(Wh, e => e + Entry("ib-elec-wh-2", s_wh1 + "/IntervalBlock/2", s_wh1 + "/IntervalBlock", [], Block(start, Readings)));

    /// <summary>The feed without any entry whose id starts with <paramref name="prefix"/>.</summary>
    public static string RemoveEntries(string prefix)
        => System.Text.RegularExpressions.Regex.Replace(Xml, $"<entry>\\n<id>urn:uuid:{prefix}.*?</entry>\\n", "", System.Text.RegularExpressions.RegexOptions.Singleline, System.Text.RegularExpressions.Regex.InfiniteMatchTimeout);

    /// <summary>The feed with <paramref name="field"/> removed from the summary's <paramref name="measurement"/>.</summary>
    public static string InMeasurement(string measurement, string field)
        => Replace("us-elec", $"(<{measurement}>.*?)<{field}>[^<]*</{field}>(.*?</{measurement}>)", "$1$2");
}
