using System.Net;
using System.Net.Http.Headers;

namespace GreenButton.Client;

/// <summary>
/// Adds <c>Authorization: Bearer &lt;token&gt;</c> to resource requests that carry a <see cref="BearerCredential"/>, and
/// on a 401 renews the token once (refresh grant, or a new client-credentials token) and sends the request again.
/// </summary>
internal sealed class BearerTokenHandler : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<BearerCredential> CredentialKey = new("GreenButton.Client.Credential");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(CredentialKey, out var credential))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        var token = await credential.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !credential.CanRenew)
        {
            return response;
        }
        var renewed = await credential.RenewAsync(token, cancellationToken).ConfigureAwait(false);
        if (renewed is null)
        {
            return response;
        }
        response.Dispose();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
