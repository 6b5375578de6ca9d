namespace GreenButton.Client;

/// <summary>The client-credentials grant: the third party's own token, for Bulk, ApplicationInformation and Authorization resources.</summary>
public sealed class ClientCredentialsTokenRequest : TokenRequest
{
    /// <inheritdoc/>
    public override string GrantType => "client_credentials";

    internal override IEnumerable<KeyValuePair<string, string>> Parameters => [];
}
