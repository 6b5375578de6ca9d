using System.Net;

namespace GreenButton.Client;

/// <summary>
/// The token endpoint refused a request (RFC 6749 §5.2): <see cref="Error"/> such as <c>invalid_client</c> or
/// <c>invalid_grant</c>, its description and URI, and the HTTP status. Never holds a secret or a token.
/// </summary>
public sealed class OAuthException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OAuthException(string? error, string? errorDescription, string? errorUri, HttpStatusCode? statusCode)
        : base(Describe(error, errorDescription, statusCode))
    {
        Error = error;
        ErrorDescription = errorDescription;
        ErrorUri = errorUri;
        StatusCode = statusCode;
    }

    /// <summary>The OAuth <c>error</c> code; null when the endpoint gave none (an HTML error page, say).</summary>
    public string? Error { get; }

    /// <summary>The OAuth <c>error_description</c>.</summary>
    public string? ErrorDescription { get; }

    /// <summary>The OAuth <c>error_uri</c>.</summary>
    public string? ErrorUri { get; }

    /// <summary>The HTTP status of the answer; null when the answer was 2xx but unusable.</summary>
    public HttpStatusCode? StatusCode { get; }

    private static string Describe(string? error, string? description, HttpStatusCode? status)
    {
        var text = $"The token endpoint refused the request: {error ?? "no OAuth error code"}";
        if (description is not null)
        {
            text += $" ({description})";
        }
        return status is { } s ? $"{text}, HTTP {(int)s} {s}." : text + ".";
    }
}
