namespace GreenButton;

/// <summary>
/// ESPI <c>UsageSummary</c>: a billing period's totals, bill amounts and line items for a <see cref="UsagePoint"/>.
/// The older <c>ElectricPowerUsageSummary</c> reads as the derived <see cref="ElectricPowerUsageSummary"/>.
/// Amounts (<see cref="BillLastPeriod"/>, ...) are raw: 1/100000 of <see cref="Currency"/>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0022", Justification = "ElectricPowerUsageSummary derives from it on purpose; the base has no protected members to expose.")]
public class UsageSummary : EspiResource
{
    /// <inheritdoc/>
    public override string ResourceName => "UsageSummary";

    /// <summary><c>billingPeriod</c>.</summary>
    public DateTimeInterval? BillingPeriod { get; init; }

    /// <summary><c>billLastPeriod</c>, raw.</summary>
    public long? BillLastPeriod { get; init; }

    /// <summary><c>billToDate</c>, raw.</summary>
    public long? BillToDate { get; init; }

    /// <summary><c>costAdditionalLastPeriod</c>, raw.</summary>
    public long? CostAdditionalLastPeriod { get; init; }

    /// <summary><c>costAdditionalDetailLastPeriod</c>: the bill's line items.</summary>
    public IReadOnlyList<LineItem> CostAdditionalDetailLastPeriod { get; init; } = [];

    /// <summary><c>currency</c>.</summary>
    public Currency? Currency { get; init; }

    /// <summary><c>overallConsumptionLastPeriod</c>.</summary>
    public SummaryMeasurement? OverallConsumptionLastPeriod { get; init; }

    /// <summary><c>currentBillingPeriodOverAllConsumption</c>.</summary>
    public SummaryMeasurement? CurrentBillingPeriodOverallConsumption { get; init; }

    /// <summary><c>currentDayLastYearNetConsumption</c>.</summary>
    public SummaryMeasurement? CurrentDayLastYearNetConsumption { get; init; }

    /// <summary><c>currentDayNetConsumption</c>.</summary>
    public SummaryMeasurement? CurrentDayNetConsumption { get; init; }

    /// <summary><c>currentDayOverallConsumption</c>.</summary>
    public SummaryMeasurement? CurrentDayOverallConsumption { get; init; }

    /// <summary><c>peakDemand</c>.</summary>
    public SummaryMeasurement? PeakDemand { get; init; }

    /// <summary><c>previousDayLastYearOverallConsumption</c>.</summary>
    public SummaryMeasurement? PreviousDayLastYearOverallConsumption { get; init; }

    /// <summary><c>previousDayNetConsumption</c>.</summary>
    public SummaryMeasurement? PreviousDayNetConsumption { get; init; }

    /// <summary><c>previousDayOverallConsumption</c>.</summary>
    public SummaryMeasurement? PreviousDayOverallConsumption { get; init; }

    /// <summary><c>qualityOfReading</c>.</summary>
    public QualityOfReading? QualityOfReading { get; init; }

    /// <summary><c>ratchetDemand</c>.</summary>
    public SummaryMeasurement? RatchetDemand { get; init; }

    /// <summary><c>ratchetDemandPeriod</c>.</summary>
    public DateTimeInterval? RatchetDemandPeriod { get; init; }

    /// <summary><c>statusTimeStamp</c>.</summary>
    public DateTimeOffset? StatusTimeStamp { get; init; }

    /// <summary><c>commodity</c>.</summary>
    public Commodity? Commodity { get; init; }

    /// <summary><c>tariffProfile</c> (UsageSummary only).</summary>
    public string? TariffProfile { get; init; }

    /// <summary><c>readCycle</c> (UsageSummary only).</summary>
    public string? ReadCycle { get; init; }

    /// <summary><c>tariffRiderRefs</c> (UsageSummary only).</summary>
    public IReadOnlyList<TariffRiderRef> TariffRiderRefs { get; init; } = [];

    /// <summary><c>billingChargeSource/agencyName</c> (UsageSummary only).</summary>
    public string? BillingChargeSourceAgencyName { get; init; }

    /// <summary>The UsagePoint this belongs to; set by <see cref="GreenButtonDocument"/>.</summary>
    public UsagePoint? UsagePoint { get; internal set; }

    /// <summary><see cref="BillLastPeriod"/> in currency units; null when absent.</summary>
    public decimal? BillLastPeriodAmount => BillLastPeriod / 100_000m;

    /// <summary><see cref="BillToDate"/> in currency units; null when absent.</summary>
    public decimal? BillToDateAmount => BillToDate / 100_000m;
}
