namespace GreenButton.Client;

/// <summary>An <see cref="ITokenStore"/> in memory, for one customer (tests, command-line use).</summary>
public sealed class InMemoryTokenStore(TokenResponse? tokens = null) : ITokenStore
{
    private TokenResponse? _tokens = tokens;

    /// <inheritdoc/>
    public ValueTask<TokenResponse?> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Volatile.Read(ref _tokens));

    /// <inheritdoc/>
    public ValueTask SaveAsync(TokenResponse tokens, CancellationToken cancellationToken)
    {
        Set(tokens);
        return ValueTask.CompletedTask;
    }

    internal void Set(TokenResponse tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Volatile.Write(ref _tokens, tokens);
    }
}
