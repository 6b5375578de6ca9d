namespace GreenButton.Sandbox;

/// <summary>How the sandbox's TLS layer refuses a missing or untrusted client certificate.</summary>
public enum SandboxCertificateRefusal
{
    /// <summary>
    /// The connection is closed without an alert after the handshake (what Kestrel, and other servers that check the
    /// certificate after a TLS 1.3 handshake, do): the client sees a connection closed without an answer.
    /// </summary>
    CloseConnection,

    /// <summary>
    /// A fatal TLS alert in the handshake, the way an OpenSSL-based custodian sends it: <c>handshake_failure</c> for no
    /// certificate, <c>unknown_ca</c> for one the CA did not issue. The API listener then speaks TLS 1.2, where the alert
    /// precedes the encrypted records (a TLS 1.3 alert is encrypted and only the TLS stack can send it).
    /// </summary>
    TlsAlert,
}
