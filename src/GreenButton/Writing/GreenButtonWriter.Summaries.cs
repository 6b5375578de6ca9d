namespace GreenButton;

/// <summary>UsageSummary (and its pre-3.3 name ElectricPowerUsageSummary) and ElectricPowerQualitySummary.</summary>
public sealed partial class GreenButtonWriter
{
    private void WriteUsageSummary(UsageSummary s)
    {
        var name = s.ResourceName;
        Start(name);
        BatchItemInfo(s.BatchItemInfo);
        Interval("billingPeriod", s.BillingPeriod, name);
        Int48("billLastPeriod", s.BillLastPeriod);
        Int48("billToDate", s.BillToDate);
        Int48("costAdditionalLastPeriod", s.CostAdditionalLastPeriod);
        foreach (var item in s.CostAdditionalDetailLastPeriod)
        {
            LineItem(item);
        }
        Code("currency", (int?)s.Currency);
        Measurement("overallConsumptionLastPeriod", s.OverallConsumptionLastPeriod);
        Measurement("currentBillingPeriodOverAllConsumption", s.CurrentBillingPeriodOverallConsumption);
        Measurement("currentDayLastYearNetConsumption", s.CurrentDayLastYearNetConsumption);
        Measurement("currentDayNetConsumption", s.CurrentDayNetConsumption);
        Measurement("currentDayOverallConsumption", s.CurrentDayOverallConsumption);
        Measurement("peakDemand", s.PeakDemand);
        Measurement("previousDayLastYearOverallConsumption", s.PreviousDayLastYearOverallConsumption);
        Measurement("previousDayNetConsumption", s.PreviousDayNetConsumption);
        Measurement("previousDayOverallConsumption", s.PreviousDayOverallConsumption);
        Code("qualityOfReading", (int?)s.QualityOfReading);
        Measurement("ratchetDemand", s.RatchetDemand);
        Interval("ratchetDemandPeriod", s.RatchetDemandPeriod, name);
        RequiredTime(name, "statusTimeStamp", s.StatusTimeStamp);
        Code("commodity", (int?)s.Commodity);
        var legacy = s is ElectricPowerUsageSummary;
        if (legacy && (s.TariffProfile is not null || s.ReadCycle is not null || s.TariffRiderRefs.Count > 0 || s.BillingChargeSourceAgencyName is not null))
        {
            Invalid("legacy-summary-fields", "ElectricPowerUsageSummary has no tariffProfile, readCycle, tariffRiderRefs or billingChargeSource in ESPI 4.0; written as held.");
        }
        Text("tariffProfile", s.TariffProfile);
        Text("readCycle", s.ReadCycle);
        TariffRiderRefs(s.TariffRiderRefs);
        if (s.BillingChargeSourceAgencyName is { } agency)
        {
            Start("billingChargeSource");
            Text("agencyName", agency);
            End();
        }
        End();
    }

    private void LineItem(LineItem item)
    {
        Start("costAdditionalDetailLastPeriod");
        Int48("amount", item.Amount);
        Int48("rounding", item.Rounding);
        Time("dateTime", item.DateTime);
        RequiredText("LineItem", "note", item.Note);
        Measurement("measurement", item.Measurement);
        if (item.ItemKind is null)
        {
            Missing("LineItem", "itemKind");
        }
        Code("itemKind", (int?)item.ItemKind);
        Int48("unitCost", item.UnitCost);
        Interval("itemPeriod", item.ItemPeriod, "LineItem");
        End();
    }

    private void WritePowerQualitySummary(ElectricPowerQualitySummary s)
    {
        const string Name = "ElectricPowerQualitySummary";
        Start(Name);
        BatchItemInfo(s.BatchItemInfo);
        Int48("flickerPlt", s.FlickerPlt);
        Int48("flickerPst", s.FlickerPst);
        Int48("harmonicVoltage", s.HarmonicVoltage);
        Int48("longInterruptions", s.LongInterruptions);
        Int48("mainsVoltage", s.MainsVoltage);
        Code("measurementProtocol", s.MeasurementProtocol);
        Int48("powerFrequency", s.PowerFrequency);
        Int48("rapidVoltageChanges", s.RapidVoltageChanges);
        Int48("shortInterruptions", s.ShortInterruptions);
        if (s.SummaryInterval is null)
        {
            Missing(Name, "summaryInterval");
        }
        Interval("summaryInterval", s.SummaryInterval, Name);
        Int48("supplyVoltageDips", s.SupplyVoltageDips);
        Int48("supplyVoltageImbalance", s.SupplyVoltageImbalance);
        Int48("supplyVoltageVariations", s.SupplyVoltageVariations);
        Int48("tempOvervoltage", s.TempOvervoltage);
        End();
    }
}
