namespace GreenButton;

/// <summary>The ESPI 4.0 schema's lists of allowed values for the string-typed elements the model keeps as read.</summary>
internal static class EspiEnumerations
{
    public static readonly string[] TokenType = ["Bearer"];
    public static readonly string[] ResponseType = ["code"];
    public static readonly string[] GrantType = ["authorization_code", "client_credentials", "refresh_token"];
    public static readonly string[] TokenEndpointMethod = ["client_secret_basic"];
    public static readonly string[] OAuthError =
    [
        "invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type", "invalid_scope",
        "invalid_redirect_uri", "invalid_client_metadata", "invalid_client_id", "access_denied", "unsupported_response_type",
        "server_error", "temporarily_unavailable",
    ];
    public static readonly string[] AmiBillingReady = ["amiCapable", "amiDisabled", "billingApproved", "enabled", "nonAmi", "nonMetered", "operable"];
    public static readonly string[] ConnectionState = ["connected", "logicallyDisconnected", "physicallyDisconnected"];
    public static readonly string[] EnrollmentStatus = ["unenrolled", "enrolled", "enrolledPending"];
    public static readonly string[] ProgramKind = ["tou", "cpp", "consumptiontier"];
    public static readonly string[] ApnodeType = ["AG", "CPZ", "DPZ", "LAP", "TH", "SYS", "CA", "DCA", "GA", "GH", "EHV", "ZN", "INT", "BUS"];
    public static readonly string[] AnodeType = ["SYS", "RUC", "LFZ", "REG", "AGR", "POD", "ALR", "LTAC", "ACA", "ASR", "ECA"];
}
