namespace GreenButton;

/// <summary>
/// ESPI <c>ApplicationInformation</c>: a third party's registration with a Data Custodian (OAuth client metadata
/// and endpoints). <see cref="ClientSecret"/> and <see cref="RegistrationAccessToken"/> are secrets: never log them.
/// </summary>
public sealed class ApplicationInformation : EspiResource
{
    /// <inheritdoc/>
    public override string ResourceName => "ApplicationInformation";

    /// <summary><c>dataCustodianId</c>.</summary>
    public string? DataCustodianId { get; init; }
    /// <summary><c>dataCustodianApplicationStatus</c>.</summary>
    public DataCustodianApplicationStatus? DataCustodianApplicationStatus { get; init; }
    /// <summary><c>thirdPartyApplicationDescription</c>.</summary>
    public string? ThirdPartyApplicationDescription { get; init; }
    /// <summary><c>thirdPartyApplicationStatus</c>.</summary>
    public ThirdPartyApplicationStatus? ThirdPartyApplicationStatus { get; init; }
    /// <summary><c>thirdPartyApplicationType</c>.</summary>
    public ThirdPartyApplicationType? ThirdPartyApplicationType { get; init; }
    /// <summary><c>thirdPartyApplicationUse</c>.</summary>
    public ThirdPartyApplicationUse? ThirdPartyApplicationUse { get; init; }
    /// <summary><c>thirdPartyPhone</c>.</summary>
    public string? ThirdPartyPhone { get; init; }
    /// <summary><c>authorizationServerUri</c>.</summary>
    public string? AuthorizationServerUri { get; init; }
    /// <summary><c>thirdPartyNotifyUri</c>.</summary>
    public string? ThirdPartyNotifyUri { get; init; }
    /// <summary><c>authorizationServerAuthorizationEndpoint</c>.</summary>
    public string? AuthorizationServerAuthorizationEndpoint { get; init; }
    /// <summary><c>authorizationServerRegistrationEndpoint</c>.</summary>
    public string? AuthorizationServerRegistrationEndpoint { get; init; }
    /// <summary><c>authorizationServerTokenEndpoint</c>.</summary>
    public string? AuthorizationServerTokenEndpoint { get; init; }
    /// <summary><c>dataCustodianBulkRequestURI</c>.</summary>
    public string? DataCustodianBulkRequestUri { get; init; }
    /// <summary><c>dataCustodianResourceEndpoint</c>.</summary>
    public string? DataCustodianResourceEndpoint { get; init; }
    /// <summary><c>thirdPartyScopeSelectionScreenURI</c>.</summary>
    public string? ThirdPartyScopeSelectionScreenUri { get; init; }
    /// <summary><c>thirdPartyUserPortalScreenURI</c>.</summary>
    public string? ThirdPartyUserPortalScreenUri { get; init; }
    /// <summary><c>client_secret</c>: a secret.</summary>
    public string? ClientSecret { get; init; }
    /// <summary><c>logo_uri</c>.</summary>
    public string? LogoUri { get; init; }
    /// <summary><c>client_name</c>.</summary>
    public string? ClientName { get; init; }
    /// <summary><c>client_uri</c>.</summary>
    public string? ClientUri { get; init; }
    /// <summary><c>redirect_uri</c> (one or more).</summary>
    public IReadOnlyList<string> RedirectUris { get; init; } = [];
    /// <summary><c>client_id</c>.</summary>
    public string? ClientId { get; init; }
    /// <summary><c>tos_uri</c>.</summary>
    public string? TosUri { get; init; }
    /// <summary><c>policy_uri</c>.</summary>
    public string? PolicyUri { get; init; }
    /// <summary><c>software_id</c>.</summary>
    public string? SoftwareId { get; init; }
    /// <summary><c>software_version</c>.</summary>
    public string? SoftwareVersion { get; init; }
    /// <summary><c>client_id_issued_at</c>.</summary>
    public DateTimeOffset? ClientIdIssuedAt { get; init; }
    /// <summary><c>client_secret_expires_at</c> (0 in the file means never; read as null).</summary>
    public DateTimeOffset? ClientSecretExpiresAt { get; init; }
    /// <summary><c>contacts</c>.</summary>
    public IReadOnlyList<string> Contacts { get; init; } = [];
    /// <summary><c>token_endpoint_auth_method</c> as written (<c>client_secret_basic</c>).</summary>
    public string? TokenEndpointAuthMethod { get; init; }
    /// <summary><c>scope</c> (one or more).</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];
    /// <summary><c>grant_types</c> as written (<c>authorization_code</c>, <c>client_credentials</c>, <c>refresh_token</c>).</summary>
    public IReadOnlyList<string> GrantTypes { get; init; } = [];
    /// <summary><c>response_types</c> as written (<c>code</c>).</summary>
    public string? ResponseTypes { get; init; }
    /// <summary><c>registration_client_uri</c>.</summary>
    public string? RegistrationClientUri { get; init; }
    /// <summary><c>registration_access_token</c>: a secret.</summary>
    public string? RegistrationAccessToken { get; init; }
    /// <summary><c>dataCustodianScopeSelectionScreenURI</c>.</summary>
    public string? DataCustodianScopeSelectionScreenUri { get; init; }
}
