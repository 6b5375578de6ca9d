namespace GreenButton.Client;

/// <summary>Where a resource request's access token comes from, and how it is renewed after a 401.</summary>
internal abstract class BearerCredential
{
    public abstract bool CanRenew { get; }

    public abstract ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken);

    /// <summary>Renews the token that was refused; null when it cannot.</summary>
    public abstract ValueTask<string?> RenewAsync(string refused, CancellationToken cancellationToken);

    /// <summary>A token the caller passed: used as is.</summary>
    public sealed class Fixed(string accessToken) : BearerCredential
    {
        public override bool CanRenew => false;

        public override ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(accessToken);

        public override ValueTask<string?> RenewAsync(string refused, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
    }

    /// <summary>The customer's tokens in the configured store: refreshed when expired, and once after a 401.</summary>
    public sealed class Stored(DataCustodianClient client, ITokenStore store) : BearerCredential
    {
        public override bool CanRenew => true;

        public override async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
        {
            var tokens = await store.GetAsync(cancellationToken).ConfigureAwait(false) ?? throw ReconsentRequiredException.NoTokens();
            if (tokens.IsExpired(client.Options.TimeProvider.GetUtcNow(), client.Options.TokenExpiryMargin) && tokens.RefreshToken is not null)
            {
                tokens = await client.RefreshStoredAsync(store, tokens.AccessToken, cancellationToken).ConfigureAwait(false);
            }
            return tokens.AccessToken;
        }

        public override async ValueTask<string?> RenewAsync(string refused, CancellationToken cancellationToken)
        {
            var tokens = await client.RefreshStoredAsync(store, refused, cancellationToken).ConfigureAwait(false);
            return tokens.AccessToken == refused ? null : tokens.AccessToken;
        }
    }

    /// <summary>The third party's client-credentials token: cached, and requested anew after a 401.</summary>
    public sealed class Client(DataCustodianClient client) : BearerCredential
    {
        public override bool CanRenew => true;

        public override async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
            => (await client.GetClientAccessTokenAsync(cancellationToken).ConfigureAwait(false)).AccessToken;

        public override async ValueTask<string?> RenewAsync(string refused, CancellationToken cancellationToken)
        {
            client.ForgetClientAccessToken(refused);
            var token = (await client.GetClientAccessTokenAsync(cancellationToken).ConfigureAwait(false)).AccessToken;
            return token == refused ? null : token;
        }
    }
}
