using System.Net;

namespace GreenButton.Client;

/// <summary>
/// The token endpoint refused a request (RFC 6749 §5.2): <see cref="Error"/> such as <c>invalid_client</c> or
/// <c>invalid_grant</c>, its description and URI, and the HTTP status. Never holds a secret or a token.
/// </summary>
/// <remarks>A refused refresh (<c>invalid_grant</c>) is the subclass <see cref="ReconsentRequiredException"/>.</remarks>
public class OAuthException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OAuthException(string? error, string? errorDescription, string? errorUri, HttpStatusCode? statusCode)
        : this(Describe(error, errorDescription, statusCode), error, errorDescription, errorUri, statusCode)
    {
    }

    /// <summary>Creates the exception with its own message.</summary>
    protected OAuthException(string message, string? error, string? errorDescription, string? errorUri, HttpStatusCode? statusCode)
        : base(message)
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

    /// <summary>The HTTP status of the answer; null when the answer was 2xx but unusable, or when none came.</summary>
    public HttpStatusCode? StatusCode { get; }

    private protected static string Describe(string? error, string? description, HttpStatusCode? status)
    {
        var text = $"The token endpoint refused the request: {error ?? "no OAuth error code"}";
        if (description is not null)
        {
            text += $" ({description})";
        }
        return status is { } s ? $"{text}, HTTP {(int)s} {s}." : text + ".";
    }
}
