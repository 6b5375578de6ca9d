namespace GreenButton;

internal static partial class GbaRules
{
    /// <summary>FB_15, usage summaries (UsageSummary and the older ElectricPowerUsageSummary alike).</summary>
    private static void UsageSummaries(RuleContext context)
    {
        var document = context.Document;
        if (context.IsFeed && document.UsageSummaries.Count == 0)
        {
            context.FeedRule("D083", "The feed holds no UsageSummary (or ElectricPowerUsageSummary) entry.");
        }
        foreach (var summary in document.UsageSummaries)
        {
            if (summary.BillingPeriod is not { HasDuration: true })
            {
                context.Rule("D089", summary, $"The {summary.ResourceName} has no billingPeriod duration.");
            }
            if (summary.BillingPeriod is not { HasStart: true })
            {
                context.Rule("D090", summary, $"The {summary.ResourceName} has no billingPeriod start.");
            }
            Present(context, "D081", summary, summary.OverallConsumptionLastPeriod is not null, "overallConsumptionLastPeriod");
            Present(context, "D099", summary, summary.QualityOfReading.HasValue, "qualityOfReading");
            Present(context, "D100", summary, summary.StatusTimeStamp.HasValue, "statusTimeStamp");
            if (summary.CurrentBillingPeriodOverallConsumption is { } current)
            {
                Present(context, "D095", summary, current.HasPowerOfTenMultiplier, "currentBillingPeriodOverAllConsumption/powerOfTenMultiplier");
                Present(context, "D096", summary, current.TimeStamp.HasValue, "currentBillingPeriodOverAllConsumption/timeStamp");
                Present(context, "D097", summary, current.Uom.HasValue, "currentBillingPeriodOverAllConsumption/uom");
                Present(context, "D098", summary, current.Value.HasValue, "currentBillingPeriodOverAllConsumption/value");
            }
        }
        var entries = EntriesWith<UsageSummary>(context);
        Metadata(context, entries, "UsageSummary", "D082", "D084", "D101", "D102", "D085", "D087");
        SelfUnique(context, entries, "UsageSummary", "D086");
        var pointRelated = RelatedCounts(context, EntriesWith<UsagePoint>(context));
        foreach (var entry in entries)
        {
            var up = context.Key(entry.UpHref);
            var count = up is null ? 0 : pointRelated.GetValueOrDefault(up);
            if (count != 1)
            {
                context.Rule("D088", entry, count == 0
                    ? "The UsageSummary's up link is named by no UsagePoint's related link."
                    : $"The UsageSummary's up link is named by {count} UsagePoints' related links; it must point to a single one.");
            }
        }
    }

    /// <summary>FB_16, bill amounts.</summary>
    private static void Bills(RuleContext context)
    {
        foreach (var summary in context.Document.UsageSummaries)
        {
            Present(context, "D091", summary, summary.BillLastPeriod.HasValue, "billLastPeriod");
            Present(context, "D093", summary, summary.CostAdditionalLastPeriod.HasValue, "costAdditionalLastPeriod");
            Present(context, "D094", summary, summary.Currency.HasValue, "currency");
        }
    }

    /// <summary>FB_27, demand and daily consumption in summaries.</summary>
    private static void Demand(RuleContext context)
    {
        foreach (var summary in context.Document.UsageSummaries)
        {
            Present(context, "D106", summary, summary.CurrentDayOverallConsumption is { HasPowerOfTenMultiplier: true }, "currentDayOverallConsumption (with its powerOfTenMultiplier)");
            Present(context, "D105", summary, summary.PeakDemand is not null, "peakDemand");
            Present(context, "D107", summary, summary.PreviousDayOverallConsumption is { HasPowerOfTenMultiplier: true }, "previousDayOverallConsumption (with its powerOfTenMultiplier)");
            Present(context, "D103", summary, summary.RatchetDemand is not null, "ratchetDemand");
            Present(context, "D104", summary, summary.RatchetDemandPeriod.HasValue, "ratchetDemandPeriod");
            Measurement(context, "D111", summary, summary.CurrentDayOverallConsumption, "currentDayOverallConsumption");
            Measurement(context, "D110", summary, summary.PeakDemand, "peakDemand");
            Measurement(context, "D112", summary, summary.PreviousDayOverallConsumption, "previousDayOverallConsumption");
            Measurement(context, "D108", summary, summary.RatchetDemand, "ratchetDemand");
            Present(context, "D109", summary, summary.RatchetDemandPeriod is { HasStart: true, HasDuration: true }, "ratchetDemandPeriod with a start and a duration");
        }
    }

    /// <summary>A SummaryMeasurement with a powerOfTenMultiplier and a uom.</summary>
    private static void Measurement(RuleContext context, string code, UsageSummary summary, SummaryMeasurement? measurement, string field)
    {
        if (measurement is not { HasPowerOfTenMultiplier: true, Uom: not null })
        {
            context.Rule(code, summary, measurement is null
                ? $"The {summary.ResourceName} has no {field}."
                : $"The {summary.ResourceName}'s {field} lacks its {(measurement.HasPowerOfTenMultiplier ? "uom" : measurement.Uom is null ? "powerOfTenMultiplier and uom" : "powerOfTenMultiplier")}.");
        }
    }

    /// <summary>FB_28, bill to date.</summary>
    private static void BillToDate(RuleContext context)
    {
        foreach (var summary in context.Document.UsageSummaries)
        {
            Present(context, "D092", summary, summary.BillToDate.HasValue, "billToDate");
        }
    }

    /// <summary>FB_17, power quality summaries: every counter present.</summary>
    private static void PowerQuality(RuleContext context)
    {
        var document = context.Document;
        if (context.IsFeed && document.PowerQualitySummaries.Count == 0)
        {
            context.FeedRule("D126", "The feed holds no ElectricPowerQualitySummary entry.");
        }
        foreach (var q in document.PowerQualitySummaries)
        {
            Present(context, "D113", q, q.FlickerPlt.HasValue, "flickerPlt");
            Present(context, "D114", q, q.FlickerPst.HasValue, "flickerPst");
            Present(context, "D115", q, q.HarmonicVoltage.HasValue, "harmonicVoltage");
            Present(context, "D116", q, q.LongInterruptions.HasValue, "longInterruptions");
            Present(context, "D117", q, q.MainsVoltage.HasValue, "mainsVoltage");
            Present(context, "D118", q, q.PowerFrequency.HasValue, "powerFrequency");
            Present(context, "D119", q, q.RapidVoltageChanges.HasValue, "rapidVoltageChanges");
            Present(context, "D120", q, q.ShortInterruptions.HasValue, "shortInterruptions");
            Present(context, "D121", q, q.SummaryInterval.HasValue, "summaryInterval");
            Present(context, "D134", q, q.SummaryInterval is { HasStart: true, HasDuration: true }, "summaryInterval with a start and a duration");
            Present(context, "D122", q, q.SupplyVoltageDips.HasValue, "supplyVoltageDips");
            Present(context, "D123", q, q.SupplyVoltageImbalance.HasValue, "supplyVoltageImbalance");
            Present(context, "D124", q, q.SupplyVoltageVariations.HasValue, "supplyVoltageVariations");
            Present(context, "D125", q, q.TempOvervoltage.HasValue, "tempOvervoltage");
        }
        var entries = EntriesWith<ElectricPowerQualitySummary>(context);
        Metadata(context, entries, "ElectricPowerQualitySummary", "D128", "D127", "D131", "D132", "D129", "D130");
        SelfUnique(context, entries, "ElectricPowerQualitySummary", "D133");
    }
}
