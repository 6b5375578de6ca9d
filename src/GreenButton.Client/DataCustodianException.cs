using System.Net;

namespace GreenButton.Client;

/// <summary>
/// A request to the Data Custodian failed for good (after retries): <see cref="Kind"/> says how, the HTTP status and
/// the custodian's error fields when it answered, the request URI without secrets, and the start of the body (at most
/// <see cref="MaxExcerptBytes"/>). Transport failures (timeouts, TLS, connections) are this type too, the transport's
/// own exception kept as <see cref="Exception.InnerException"/>.
/// </summary>
/// <remarks>The body excerpt may hold personal data: it is kept out of <see cref="Exception.Message"/>.</remarks>
public sealed class DataCustodianException : Exception
{
    /// <summary>The most of the body kept in <see cref="BodyExcerpt"/>.</summary>
    public const int MaxExcerptBytes = 1024;

    /// <summary>Creates the exception for an answer with an error status (202: <see cref="DataCustodianErrorKind.Deferred"/>).</summary>
    public DataCustodianException(HttpStatusCode statusCode, Uri? requestUri, string? error, string? errorDescription, string? bodyExcerpt)
        : base($"The Data Custodian answered HTTP {(int)statusCode} {statusCode} to {requestUri?.ToString() ?? "a request"}"
            + (error is null ? statusCode == HttpStatusCode.Accepted ? ": the data will be delivered later, through a notification." : "." : $": {error}{(errorDescription is null ? "" : $" ({errorDescription})")}."))
    {
        Kind = statusCode == HttpStatusCode.Accepted ? DataCustodianErrorKind.Deferred : DataCustodianErrorKind.HttpError;
        StatusCode = statusCode;
        RequestUri = requestUri;
        Error = error;
        ErrorDescription = errorDescription;
        BodyExcerpt = bodyExcerpt;
        DeferredUris = Kind == DataCustodianErrorKind.Deferred && requestUri is not null ? [requestUri] : [];
    }

    /// <summary>Creates the exception for a failure without an answer (or with several deferred windows).</summary>
    public DataCustodianException(DataCustodianErrorKind kind, string message, Uri? requestUri, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        RequestUri = requestUri;
        StatusCode = kind == DataCustodianErrorKind.Deferred ? HttpStatusCode.Accepted : null;
        DeferredUris = kind == DataCustodianErrorKind.Deferred && requestUri is not null ? [requestUri] : [];
    }

    /// <summary>How the request failed.</summary>
    public DataCustodianErrorKind Kind { get; }

    /// <summary>The HTTP status; null when no answer came (a timeout, a TLS or connection failure).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The request URI, without user info or secret query parameters (<c>access_token</c>, <c>client_secret</c>, ...).</summary>
    public Uri? RequestUri { get; }

    /// <summary>The custodian's error code (a JSON <c>error</c> or an ESPI error element), when it sent one.</summary>
    public string? Error { get; }

    /// <summary>The custodian's error description, when it sent one.</summary>
    public string? ErrorDescription { get; }

    /// <summary>The first bytes of the body as text, at most <see cref="MaxExcerptBytes"/> bytes.</summary>
    public string? BodyExcerpt { get; }

    /// <summary>
    /// With <see cref="DataCustodianErrorKind.Deferred"/>: the request URIs (without secrets) whose data is missing, to
    /// match against BatchList notifications or ask again. From a stream, exactly the deferred windows (the others were
    /// yielded); from a merged document, every window of the range (the merge stops at the first deferred one). Empty otherwise.
    /// </summary>
    public IReadOnlyList<Uri> DeferredUris { get; init; }

    /// <summary>Whether trying again later may succeed: 408, 429, 5xx, a timeout or a lost connection.</summary>
    public bool IsTransient => Kind is DataCustodianErrorKind.Timeout or DataCustodianErrorKind.ConnectionLost or DataCustodianErrorKind.ConnectionFailed or DataCustodianErrorKind.RateLimited
        || (Kind == DataCustodianErrorKind.HttpError && (int?)StatusCode is 408 or 429 or >= 500);
}
