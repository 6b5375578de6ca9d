namespace GreenButton.Client;

/// <summary>What went wrong in a <see cref="DataCustodianException"/>.</summary>
public enum DataCustodianErrorKind
{
    /// <summary>The custodian answered with an error status (<see cref="DataCustodianException.StatusCode"/>).</summary>
    HttpError,

    /// <summary>
    /// The custodian accepted the request for later delivery (HTTP 202) where data was needed: the data of
    /// <see cref="DataCustodianException.DeferredUris"/> comes in a BatchList notification.
    /// </summary>
    Deferred,

    /// <summary>No answer within <see cref="DataCustodianOptions.RequestTimeout"/> (per attempt), or within the caller's <see cref="HttpClient.Timeout"/>.</summary>
    Timeout,

    /// <summary>
    /// The custodian refused the client certificate: a TLS alert (how OpenSSL-based servers do it), or a connection
    /// closed without an answer (how a TLS 1.3 server that checks the certificate after the handshake does it).
    /// </summary>
    ClientCertificateRefused,

    /// <summary>The TLS handshake failed for another reason, usually a server certificate not trusted (<see cref="DataCustodianOptions.AdditionalTrustedRoot"/>).</summary>
    TlsHandshakeFailed,

    /// <summary>The custodian could not be reached (name resolution, connection refused).</summary>
    ConnectionFailed,

    /// <summary>The connection broke while the answer was read.</summary>
    ConnectionLost,

    /// <summary>The client's own rate limiter (<see cref="DataCustodianOptions.RateLimiter"/>) refused the request: its queue is full.</summary>
    RateLimited,
}
