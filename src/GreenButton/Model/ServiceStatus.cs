namespace GreenButton;

/// <summary>ESPI <c>ServiceStatus</c>: the answer of <c>ReadServiceStatus</c>.</summary>
public sealed class ServiceStatus : EspiResource
{
    /// <inheritdoc/>
    public override string ResourceName => "ServiceStatus";

    /// <summary><c>currentStatus</c>; other codes are kept as read.</summary>
    public ServiceStatusKind? CurrentStatus { get; init; }

    /// <summary>Whether the service reports normal operation.</summary>
    public bool IsAvailable => CurrentStatus == ServiceStatusKind.Normal;
}
