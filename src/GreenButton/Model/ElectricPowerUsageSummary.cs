namespace GreenButton;

/// <summary>ESPI <c>ElectricPowerUsageSummary</c>: the pre-3.3 name of <see cref="UsageSummary"/>, same content.</summary>
public sealed class ElectricPowerUsageSummary : UsageSummary
{
    /// <inheritdoc/>
    public override string ResourceName => "ElectricPowerUsageSummary";
}
