namespace GreenButton.Client;

/// <summary>
/// A request for one customer's data: whose tokens to use. <see cref="TokenStore"/> (the customer's own store, refreshed
/// when needed), else <see cref="AccessToken"/> (used as is), else <see cref="DataCustodianOptions.TokenStore"/>.
/// <see cref="ToString"/> never shows the token.
/// </summary>
public abstract class DataCustodianRequest
{
    private protected DataCustodianRequest()
    {
    }

    /// <summary>The customer's access token, used as is (no refresh).</summary>
    public string? AccessToken { get; init; }

    /// <summary>The customer's token store (one per customer or authorization): read, refreshed when expired or refused, saved.</summary>
    public ITokenStore? TokenStore { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{GetType().Name} with {(TokenStore is not null ? "a token store" : AccessToken is not null ? "an access token" : "the configured token store")}";
}
