namespace GreenButton;

/// <summary>
/// ESPI <c>UsagePoint</c>: a point of service (a meter, a service connection) whose usage is measured,
/// with its <see cref="MeterReading"/>s, summaries and local time rules.
/// </summary>
public sealed partial class UsagePoint : EspiResource
{
    /// <inheritdoc/>
    public override string ResourceName => "UsagePoint";

    /// <summary><c>roleFlags</c> (HexBinary16 bit map); null when absent.</summary>
    public RoleFlags? RoleFlags { get; init; }

    /// <summary><c>ServiceCategory/kind</c>: electricity, gas, water, ...; null when absent or empty.</summary>
    public ServiceKind? ServiceKind { get; init; }

    /// <summary><c>status</c>: off or on.</summary>
    public UsagePointStatus? Status { get; init; }

    /// <summary><c>ServiceDeliveryPoint</c>; may hold personal data (names, tariffs).</summary>
    public ServiceDeliveryPoint? ServiceDeliveryPoint { get; init; }

    /// <summary><c>amiBillingReady</c> as written (<c>amiCapable</c>, <c>enabled</c>, <c>operable</c>, ...).</summary>
    public string? AmiBillingReady { get; init; }

    /// <summary><c>checkBilling</c>.</summary>
    public bool? CheckBilling { get; init; }

    /// <summary><c>connectionState</c> as written (<c>connected</c>, <c>logicallyDisconnected</c>, <c>physicallyDisconnected</c>).</summary>
    public string? ConnectionState { get; init; }

    /// <summary><c>estimatedLoad</c>.</summary>
    public SummaryMeasurement? EstimatedLoad { get; init; }

    /// <summary><c>grounded</c>.</summary>
    public bool? Grounded { get; init; }

    /// <summary><c>isSdp</c>.</summary>
    public bool? IsSdp { get; init; }

    /// <summary><c>isVirtual</c>.</summary>
    public bool? IsVirtual { get; init; }

    /// <summary><c>minimalUsageExpected</c>.</summary>
    public bool? MinimalUsageExpected { get; init; }

    /// <summary><c>nominalServiceVoltage</c>.</summary>
    public SummaryMeasurement? NominalServiceVoltage { get; init; }

    /// <summary><c>outageRegion</c>.</summary>
    public string? OutageRegion { get; init; }

    /// <summary><c>phaseCode</c>.</summary>
    public PhaseCode? PhaseCode { get; init; }

    /// <summary><c>ratedCurrent</c>.</summary>
    public SummaryMeasurement? RatedCurrent { get; init; }

    /// <summary><c>ratedPower</c>.</summary>
    public SummaryMeasurement? RatedPower { get; init; }

    /// <summary><c>readCycle</c>.</summary>
    public string? ReadCycle { get; init; }

    /// <summary><c>readRoute</c>.</summary>
    public string? ReadRoute { get; init; }

    /// <summary><c>serviceDeliveryRemark</c>.</summary>
    public string? ServiceDeliveryRemark { get; init; }

    /// <summary><c>servicePriority</c>.</summary>
    public string? ServicePriority { get; init; }

    /// <summary><c>pnodeRefs</c>: pricing nodes.</summary>
    public IReadOnlyList<PnodeRef> PnodeRefs { get; init; } = [];

    /// <summary><c>aggregateNodeRefs</c>: aggregate (price zone) nodes.</summary>
    public IReadOnlyList<AggregateNodeRef> AggregateNodeRefs { get; init; } = [];

    /// <summary>The MeterReadings; set by <see cref="GreenButtonDocument"/>.</summary>
    public IReadOnlyList<MeterReading> MeterReadings { get; internal set; } = [];

    /// <summary>The LocalTimeParameters; set by <see cref="GreenButtonDocument"/>.</summary>
    public LocalTimeParameters? LocalTimeParameters { get; internal set; }

    /// <summary>How <see cref="LocalTimeParameters"/> was found: by a related link, by document order, or not at all.</summary>
    public Attachment LocalTimeParametersAttachment { get; internal set; }

    /// <summary>The UsageSummaries and ElectricPowerUsageSummaries; set by <see cref="GreenButtonDocument"/>.</summary>
    public IReadOnlyList<UsageSummary> UsageSummaries { get; internal set; } = [];

    /// <summary>The ElectricPowerQualitySummaries; set by <see cref="GreenButtonDocument"/>.</summary>
    public IReadOnlyList<ElectricPowerQualitySummary> PowerQualitySummaries { get; internal set; } = [];
}
