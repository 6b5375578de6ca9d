namespace GreenButton.Sandbox;

/// <summary>How the sandbox's registered third party authenticates to the token endpoint (its <c>token_endpoint_auth_method</c>).</summary>
public enum SandboxClientAuthentication
{
    /// <summary>
    /// <c>client_secret_basic</c> with id and secret form-urlencoded before base64 (RFC 6749 §2.3.1), or
    /// <c>client_secret_post</c>: what a strict custodian accepts.
    /// </summary>
    ClientSecret,

    /// <summary>
    /// Basic with id and secret taken as they are after base64 (as PG&amp;E and Spring-based custodians decode them), or
    /// <c>client_secret_post</c>: a secret with <c>+ / = % :</c> sent RFC-encoded does not match.
    /// </summary>
    ClientSecretUnencodedBasic,

    /// <summary>
    /// RFC 8705 <c>tls_client_auth</c>: <c>client_id</c> in the body and the handshake's client certificate, whose subject
    /// must be the registered one (<see cref="SandboxCertificates.Client"/>'s); any secret, in a header or the body, is refused.
    /// </summary>
    TlsClientAuth,
}
