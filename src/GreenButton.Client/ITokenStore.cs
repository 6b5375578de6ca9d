namespace GreenButton.Client;

/// <summary>Keeps one customer's tokens between calls (a database row in a real application).</summary>
public interface ITokenStore
{
    /// <summary>The current tokens, or null when none were saved.</summary>
    ValueTask<TokenResponse?> GetAsync(CancellationToken cancellationToken);

    /// <summary>Saves tokens after an exchange or a refresh (a rotated refresh token replaces the old one).</summary>
    ValueTask SaveAsync(TokenResponse tokens, CancellationToken cancellationToken);
}
