using System.Web;
using GreenButton.Client;
using GreenButton.Sandbox;

namespace GreenButton.Client.Tests;

/// <summary>Helpers: a customer's consent through the sandbox's auto-granting authorization endpoint.</summary>
internal static class Sandboxes
{
    /// <summary>Runs the authorization-code flow (with PKCE) and returns the tokens.</summary>
    public static async Task<TokenResponse> ConsentAsync(SandboxCustodian sandbox, DataCustodianClient client)
    {
        var verifier = DataCustodianClient.CreateCodeVerifier();
        var redirect = await sandbox.AuthorizeAsync(client.BuildAuthorizationUri("state-123", codeVerifier: verifier));
        var query = HttpUtility.ParseQueryString(redirect.Query);
        query["state"].Should().Be("state-123");
        return await client.ExchangeCodeAsync(query["code"]!, verifier, CancellationToken.None);
    }

    /// <summary>A bare <see cref="HttpClient"/> over mutual TLS to the sandbox (no redirects followed): for checks of the sandbox itself.</summary>
    public static HttpClient Raw(SandboxCustodian sandbox, System.Security.Cryptography.X509Certificates.X509Certificate2? certificate)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false };
        if (certificate is not null)
        {
            handler.SslOptions.ClientCertificates = [certificate];
            handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => certificate;
        }
        var expected = sandbox.Certificates.Server.GetCertHashString();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, server, _, _) => server is not null && server.GetCertHashString() == expected; // the sandbox's own server certificate
        return new HttpClient(handler) { BaseAddress = sandbox.BaseUri };
    }

    /// <summary>
    /// How long a test waits for an event before it gives up: a guard against hanging, never a measure of speed (the
    /// events come within a second on an idle machine; CI machines can be very loaded).
    /// </summary>
    public static TimeSpan HangGuard => TimeSpan.FromMinutes(5);

    /// <summary>Polls <paramref name="condition"/> until it holds or <see cref="HangGuard"/> passes; true when it held.</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow + HangGuard;
        while (!condition())
        {
            if (DateTime.UtcNow > until)
            {
                return false;
            }
            await Task.Delay(20);
        }
        return true;
    }

    /// <summary>The first local midnight (US Pacific) in the sandbox's default history: 2023-01-01T08:00Z.</summary>
    public static DateTimeOffset Start => SandboxCustodian.LocalMidnightUtc(new DateOnly(2023, 1, 1));
}
