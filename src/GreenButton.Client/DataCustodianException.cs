using System.Net;

namespace GreenButton.Client;

/// <summary>
/// A resource request failed for good (after retries): the HTTP status, the custodian's error fields when it sent
/// any, the request URI without secrets, and the start of the body (at most <see cref="MaxExcerptBytes"/>).
/// </summary>
/// <remarks>The body excerpt may hold personal data: it is kept out of <see cref="Exception.Message"/>.</remarks>
public sealed class DataCustodianException : Exception
{
    /// <summary>The most of the body kept in <see cref="BodyExcerpt"/>.</summary>
    public const int MaxExcerptBytes = 1024;

    /// <summary>Creates the exception.</summary>
    public DataCustodianException(HttpStatusCode statusCode, Uri? requestUri, string? error, string? errorDescription, string? bodyExcerpt)
        : base($"The Data Custodian answered HTTP {(int)statusCode} {statusCode} to {requestUri?.ToString() ?? "a request"}"
            + (error is null ? "." : $": {error}{(errorDescription is null ? "" : $" ({errorDescription})")}."))
    {
        StatusCode = statusCode;
        RequestUri = requestUri;
        Error = error;
        ErrorDescription = errorDescription;
        BodyExcerpt = bodyExcerpt;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The request URI, without user info or secret query parameters (<c>access_token</c>, <c>client_secret</c>, ...).</summary>
    public Uri? RequestUri { get; }

    /// <summary>The custodian's error code (a JSON <c>error</c> or an ESPI error element), when it sent one.</summary>
    public string? Error { get; }

    /// <summary>The custodian's error description, when it sent one.</summary>
    public string? ErrorDescription { get; }

    /// <summary>The first bytes of the body as text, at most <see cref="MaxExcerptBytes"/> bytes.</summary>
    public string? BodyExcerpt { get; }

    /// <summary>Whether the custodian asked to slow down or was unavailable (worth trying again later).</summary>
    public bool IsTransient => (int)StatusCode is 408 or 429 or >= 500;
}
