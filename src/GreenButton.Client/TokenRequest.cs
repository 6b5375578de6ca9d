namespace GreenButton.Client;

/// <summary>A token endpoint request: one OAuth grant and its parameters. <see cref="ToString"/> names only the grant.</summary>
public abstract class TokenRequest
{
    private protected TokenRequest()
    {
    }

    /// <summary>The OAuth <c>grant_type</c>.</summary>
    public abstract string GrantType { get; }

    /// <summary>The scope sent with the grant; null to send none.</summary>
    public string? Scope { get; init; }

    /// <summary>The grant's own form parameters (besides <c>grant_type</c>, <c>scope</c> and client authentication).</summary>
    internal abstract IEnumerable<KeyValuePair<string, string>> Parameters { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{GetType().Name} grant_type={GrantType}"; // never a code or a token
}
