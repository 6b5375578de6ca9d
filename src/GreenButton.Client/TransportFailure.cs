using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace GreenButton.Client;

/// <summary>
/// Turns what the HTTP stack throws (a dependency's timeout, <see cref="HttpRequestException"/> and the TLS layer's
/// exceptions inside it) into <see cref="DataCustodianException"/>, the transport's exception kept as the inner one.
/// </summary>
internal static class TransportFailure
{
    // How TLS stacks name an alert that refuses the client certificate (OpenSSL: "tlsv13 alert certificate required",
    // "sslv3 alert bad certificate", "tlsv1 alert unknown ca"; SChannel and Secure Transport say it in words).
    private static readonly string[] s_certificateAlerts =
    [
        "alert certificate required", "certificate_required", "alert bad certificate", "bad_certificate", "alert unknown ca", "unknown_ca",
        "alert certificate unknown", "certificate_unknown", "alert certificate expired", "alert certificate revoked", "alert unsupported certificate",
        "alert access denied", "certificate was not provided", "no certificate was supplied",
    ];

    /// <summary>Whether a failure is the TLS layer's refusal of the client certificate, by an alert.</summary>
    public static bool IsCertificateAlert(Exception exception) => s_certificateAlerts.Any(alert => Mentions(exception, alert));

    private static bool Mentions(Exception exception, string text)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e.Message.Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a connection that closed without an answer, before any byte of it, is how a TLS 1.3 server refuses a
    /// client certificate (after the client finished its handshake).
    /// </summary>
    public static bool IsSilentClose(Exception exception)
        => exception is HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded, StatusCode: null };

    /// <summary>The typed failure for a transport exception; null when <paramref name="exception"/> is none of them.</summary>
    public static DataCustodianException? Translate(Exception exception, Uri? uri, DataCustodianOptions options, bool sentOnce)
    {
        var safeUri = uri is null ? null : DataCustodianClient.WithoutSecrets(uri);
        var target = safeUri?.GetLeftPart(UriPartial.Path) ?? "the custodian";
        var attempts = options.MaxRetryAttempts > 0 && !sentOnce ? $" ({options.MaxRetryAttempts + 1} attempts)" : "";
        if (exception is Polly.Timeout.TimeoutRejectedException or TimeoutException || exception is OperationCanceledException { InnerException: TimeoutException })
        {
            return new DataCustodianException(DataCustodianErrorKind.Timeout,
                $"No answer from {target} within {Seconds(options.RequestTimeout)} per attempt{attempts} (DataCustodianOptions.RequestTimeout).", safeUri, exception);
        }
        if (exception is not HttpRequestException http)
        {
            return null;
        }
        // A TLS 1.2 handshake_failure alert is also how OpenSSL refuses a missing certificate (it may mean no common cipher too).
        if (IsCertificateAlert(http) || (options.ClientCertificate is null && Mentions(http, "alert handshake failure")))
        {
            return CertificateRefused(options, safeUri, $"{target} refused the client certificate (a TLS alert, not retried)", http);
        }
        if (IsSilentClose(http))
        {
            return CertificateRefused(options, safeUri,
                $"{target} refused the client certificate (the connection closed without an answer{attempts}, as a TLS 1.3 server refuses one)", http);
        }
        return http.HttpRequestError switch
        {
            HttpRequestError.SecureConnectionError => new DataCustodianException(DataCustodianErrorKind.TlsHandshakeFailed,
                $"The TLS handshake with {target} failed: {Innermost(http)} Check that the server's certificate is trusted (the machine's store, or DataCustodianOptions.AdditionalTrustedRoot).",
                safeUri, http),
            HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.ProxyTunnelError => new DataCustodianException(DataCustodianErrorKind.ConnectionFailed,
                $"Cannot reach {target}{attempts}: {Innermost(http)}", safeUri, http),
            _ => new DataCustodianException(DataCustodianErrorKind.ConnectionLost, $"The exchange with {target} failed{attempts}: {Innermost(http)}", safeUri, http),
        };
    }

    /// <summary>The same type and message for an alert and a silent close, naming the certificate to check.</summary>
    private static DataCustodianException CertificateRefused(DataCustodianOptions options, Uri? uri, string what, Exception inner)
    {
        var certificate = options.ClientCertificate is { } c ? Describe(c) : "no client certificate is configured (DataCustodianOptions.ClientCertificate), and custodians require one";
        return new DataCustodianException(DataCustodianErrorKind.ClientCertificateRefused, $"{what}: {certificate}.", uri, inner);
    }

    internal static string Describe(X509Certificate2 certificate)
    {
        var expired = certificate.NotAfter.ToUniversalTime() < DateTime.UtcNow ? " (expired)" : certificate.NotBefore.ToUniversalTime() > DateTime.UtcNow ? " (not yet valid)" : "";
        return $"the client certificate configured (subject {certificate.Subject}, issuer {certificate.Issuer}, valid until {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd}{expired}) "
            + "may not be the one registered with the custodian, or not issued by a CA it trusts";
    }

    private static string Innermost(Exception exception)
    {
        var e = exception;
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }
        var text = e.Message.TrimEnd();
        return text.EndsWith('.') ? text : text + ".";
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds >= 1 ? $"{span.TotalSeconds:0.#} s" : $"{span.TotalMilliseconds:0} ms";

    /// <summary>Whether the failure is one whose retry cannot help (a refused certificate, a failed handshake).</summary>
    public static bool IsPermanent(Exception? exception)
        => exception is HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } || (exception is not null && IsCertificateAlert(exception))
            || exception is AuthenticationException;
}
