namespace GreenButton.Client;

/// <summary>
/// Any resource on the resource server, such as a URI a BatchList notification names: with a customer's tokens, or
/// with the third party's client-credentials token (<see cref="UseClientToken"/>, for Bulk and the other third-party
/// resources).
/// </summary>
public sealed class ResourceRequest : DataCustodianRequest
{
    /// <summary>The resource's absolute URI; it must be on the resource server's scheme, host and port.</summary>
    public required Uri ResourceUri { get; init; }

    /// <summary>Use the client-credentials token instead of a customer's.</summary>
    public bool UseClientToken { get; init; }
}
