namespace GreenButton;

/// <summary>ESPI <c>ElectricPowerQualitySummary</c>: power quality counters over a summary interval (IEC 61000-4-30).</summary>
public sealed class ElectricPowerQualitySummary : EspiResource
{
    /// <inheritdoc/>
    public override string ResourceName => "ElectricPowerQualitySummary";

    /// <summary><c>flickerPlt</c>.</summary>
    public long? FlickerPlt { get; init; }
    /// <summary><c>flickerPst</c>.</summary>
    public long? FlickerPst { get; init; }
    /// <summary><c>harmonicVoltage</c>.</summary>
    public long? HarmonicVoltage { get; init; }
    /// <summary><c>longInterruptions</c>.</summary>
    public long? LongInterruptions { get; init; }
    /// <summary><c>mainsVoltage</c>.</summary>
    public long? MainsVoltage { get; init; }
    /// <summary><c>measurementProtocol</c>.</summary>
    public int? MeasurementProtocol { get; init; }
    /// <summary><c>powerFrequency</c>.</summary>
    public long? PowerFrequency { get; init; }
    /// <summary><c>rapidVoltageChanges</c>.</summary>
    public long? RapidVoltageChanges { get; init; }
    /// <summary><c>shortInterruptions</c>.</summary>
    public long? ShortInterruptions { get; init; }
    /// <summary><c>summaryInterval</c>.</summary>
    public DateTimeInterval? SummaryInterval { get; init; }
    /// <summary><c>supplyVoltageDips</c>.</summary>
    public long? SupplyVoltageDips { get; init; }
    /// <summary><c>supplyVoltageImbalance</c>.</summary>
    public long? SupplyVoltageImbalance { get; init; }
    /// <summary><c>supplyVoltageVariations</c>.</summary>
    public long? SupplyVoltageVariations { get; init; }
    /// <summary><c>tempOvervoltage</c>.</summary>
    public long? TempOvervoltage { get; init; }

    /// <summary>The UsagePoint this belongs to; set by <see cref="GreenButtonDocument"/>.</summary>
    public UsagePoint? UsagePoint { get; internal set; }
}
