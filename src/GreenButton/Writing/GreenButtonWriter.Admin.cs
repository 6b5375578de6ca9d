namespace GreenButton;

/// <summary>The third-party resources: ApplicationInformation, Authorization, BatchList, ServiceStatus, ProgramIdMappings.</summary>
public sealed partial class GreenButtonWriter
{
    private void WriteApplicationInformation(ApplicationInformation a)
    {
        const string Name = "ApplicationInformation";
        var open = _filter is null; // the anonymizer drops secrets and contact data
        Start(Name);
        BatchItemInfo(a.BatchItemInfo);
        RequiredText(Name, "dataCustodianId", a.DataCustodianId);
        if (a.DataCustodianApplicationStatus is null)
        {
            Missing(Name, "dataCustodianApplicationStatus");
        }
        Code("dataCustodianApplicationStatus", (int?)a.DataCustodianApplicationStatus);
        Text("thirdPartyApplicationDescription", a.ThirdPartyApplicationDescription);
        Code("thirdPartyApplicationStatus", (int?)a.ThirdPartyApplicationStatus);
        Code("thirdPartyApplicationType", (int?)a.ThirdPartyApplicationType);
        Code("thirdPartyApplicationUse", (int?)a.ThirdPartyApplicationUse);
        Text("thirdPartyPhone", open ? a.ThirdPartyPhone : null);
        Href("authorizationServerUri", a.AuthorizationServerUri);
        RequiredHref(Name, "thirdPartyNotifyUri", a.ThirdPartyNotifyUri);
        RequiredHref(Name, "authorizationServerAuthorizationEndpoint", a.AuthorizationServerAuthorizationEndpoint);
        Href("authorizationServerRegistrationEndpoint", a.AuthorizationServerRegistrationEndpoint);
        RequiredHref(Name, "authorizationServerTokenEndpoint", a.AuthorizationServerTokenEndpoint);
        RequiredHref(Name, "dataCustodianBulkRequestURI", a.DataCustodianBulkRequestUri);
        RequiredHref(Name, "dataCustodianResourceEndpoint", a.DataCustodianResourceEndpoint);
        Href("thirdPartyScopeSelectionScreenURI", a.ThirdPartyScopeSelectionScreenUri);
        Href("thirdPartyUserPortalScreenURI", a.ThirdPartyUserPortalScreenUri);
        if (open)
        {
            RequiredText(Name, "client_secret", a.ClientSecret);
        }
        Href("logo_uri", a.LogoUri);
        RequiredText(Name, "client_name", a.ClientName);
        Href("client_uri", a.ClientUri);
        if (a.RedirectUris.Count == 0)
        {
            Missing(Name, "redirect_uri");
        }
        foreach (var uri in a.RedirectUris)
        {
            Href("redirect_uri", uri);
        }
        RequiredText(Name, "client_id", a.ClientId is null || open ? a.ClientId : _filter!.EntryId(a.ClientId));
        Href("tos_uri", a.TosUri);
        Href("policy_uri", a.PolicyUri);
        RequiredText(Name, "software_id", a.SoftwareId);
        RequiredText(Name, "software_version", a.SoftwareVersion);
        RequiredTime(Name, "client_id_issued_at", a.ClientIdIssuedAt);
        // 0 means "never expires" and reads back as null: write it so the required element is there.
        Long("client_secret_expires_at", a.ClientSecretExpiresAt is { } expires ? expires.ToUnixTimeSeconds() + (_filter?.ShiftSeconds ?? 0) : 0);
        if (open)
        {
            foreach (var contact in a.Contacts)
            {
                Text("contacts", contact);
            }
        }
        Enumerated(Name, "token_endpoint_auth_method", a.TokenEndpointAuthMethod, EspiEnumerations.TokenEndpointMethod, required: true);
        if (a.Scopes.Count == 0)
        {
            Missing(Name, "scope");
        }
        foreach (var scope in a.Scopes)
        {
            Text("scope", scope);
        }
        if (a.GrantTypes.Count < 2)
        {
            Invalid("grant_types", "ApplicationInformation needs two or more grant_types in ESPI 4.0; written as held.");
        }
        foreach (var grant in a.GrantTypes)
        {
            Enumerated(Name, "grant_types", grant, EspiEnumerations.GrantType);
        }
        Enumerated(Name, "response_types", a.ResponseTypes, EspiEnumerations.ResponseType, required: true);
        RequiredHref(Name, "registration_client_uri", a.RegistrationClientUri);
        if (open)
        {
            RequiredText(Name, "registration_access_token", a.RegistrationAccessToken);
        }
        Href("dataCustodianScopeSelectionScreenURI", a.DataCustodianScopeSelectionScreenUri);
        End();
    }

    private void RequiredHref(string resource, string name, string? href)
    {
        if (href is null)
        {
            Missing(resource, name);
        }
        Href(name, href);
    }

    private void WriteAuthorization(Authorization a)
    {
        const string Name = "Authorization";
        var open = _filter is null;
        Start(Name);
        BatchItemInfo(a.BatchItemInfo);
        Interval("authorizedPeriod", a.AuthorizedPeriod, Name);
        Interval("publishedPeriod", a.PublishedPeriod, Name);
        Text("access_token", open ? a.AccessToken : null);
        if (a.Status is null)
        {
            Missing(Name, "status");
        }
        Code("status", (int?)a.Status);
        RequiredTime(Name, "expires_at", a.ExpiresAt);
        Enumerated(Name, "grant_type", a.GrantType, EspiEnumerations.GrantType);
        Text("refresh_token", open ? a.RefreshToken : null);
        RequiredText(Name, "scope", a.Scope);
        Enumerated(Name, "token_type", a.TokenType, EspiEnumerations.TokenType, required: true);
        Enumerated(Name, "error", a.Error, EspiEnumerations.OAuthError);
        Text("error_description", a.ErrorDescription);
        Href("error_uri", a.ErrorUri);
        RequiredHref(Name, "resourceURI", a.ResourceUri);
        RequiredHref(Name, "authorizationURI", a.AuthorizationUri);
        Href("customerResourceURI", a.CustomerResourceUri);
        End();
    }

    private void WriteBatchList(BatchList list)
    {
        Start("BatchList");
        foreach (var uri in list.Resources)
        {
            Href("resources", uri);
        }
        End();
    }

    private void WriteServiceStatus(ServiceStatus status)
    {
        Start("ServiceStatus");
        if (status.CurrentStatus is null)
        {
            Missing("ServiceStatus", "currentStatus");
        }
        Code("currentStatus", (int?)status.CurrentStatus);
        End();
    }

    private void WriteProgramIdMappings(ProgramIdMappings mappings)
    {
        const string Name = "ProgramIdMappings";
        Start(Name);
        BatchItemInfo(mappings.BatchItemInfo);
        if (mappings.Mappings.Count == 0)
        {
            Missing(Name, "programIdMapping");
        }
        foreach (var mapping in mappings.Mappings)
        {
            Start("programIdMapping");
            Enumerated("programIdMapping", "tOUorCPPorConsumptionTier", mapping.Kind, EspiEnumerations.ProgramKind, required: true);
            RequiredText("programIdMapping", "code", mapping.Code);
            RequiredText("programIdMapping", "name", mapping.Name);
            Text("note", mapping.Note);
            End();
        }
        End();
    }
}
