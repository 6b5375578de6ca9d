using System.Net;

namespace GreenButton.Client;

/// <summary>
/// The customer's grant is gone: the refresh token was refused (<c>invalid_grant</c>: expired, revoked, or already
/// consumed by a rotating custodian), or the token store holds no tokens. Only a new consent (authorization code)
/// helps; retrying the refresh does not.
/// </summary>
public sealed class ReconsentRequiredException : OAuthException
{
    /// <summary>Creates the exception for a refused refresh.</summary>
    public ReconsentRequiredException(string? error, string? errorDescription, string? errorUri, HttpStatusCode? statusCode)
        : base(Describe(error, errorDescription, statusCode)[..^1] + ": the customer must consent again.", error, errorDescription, errorUri, statusCode)
    {
    }

    private ReconsentRequiredException(string message)
        : base(message, null, null, null, null)
    {
    }

    internal static ReconsentRequiredException NoTokens()
        => new("The token store holds no tokens (or no refresh token to renew them): the customer must consent again.");
}
