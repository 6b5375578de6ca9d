namespace GreenButton;

/// <summary>ESPI <c>BatchList</c>: the resource URIs a Data Custodian's notification tells a third party to fetch.</summary>
public sealed class BatchList : EspiResource
{
    /// <inheritdoc/>
    public override string ResourceName => "BatchList";

    /// <summary>The <c>resources</c> URIs, as written.</summary>
    public IReadOnlyList<string> Resources { get; init; } = [];
}
