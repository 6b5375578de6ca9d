using System.Collections.Concurrent;

namespace GreenButton.Client;

/// <summary>
/// Token stores in memory, one per key (a customer or an authorization id): for tests and short-lived workers. A
/// service implements <see cref="ITokenStore"/> over one database row per key instead.
/// </summary>
public sealed class InMemoryTokenStores
{
    private readonly ConcurrentDictionary<string, InMemoryTokenStore> _stores = new(StringComparer.Ordinal);

    /// <summary>The store of <paramref name="key"/>, made empty on first use; the same instance every time.</summary>
    public ITokenStore For(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return _stores.GetOrAdd(key, static _ => new InMemoryTokenStore());
    }

    /// <summary>Saves <paramref name="tokens"/> as <paramref name="key"/>'s (after a consent, say) and returns the store.</summary>
    public ITokenStore Add(string key, TokenResponse tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var store = (InMemoryTokenStore)For(key);
        store.Set(tokens);
        return store;
    }

    /// <summary>The keys with a store.</summary>
    public IReadOnlyCollection<string> Keys => [.. _stores.Keys];

    /// <inheritdoc/>
    public override string ToString() => $"InMemoryTokenStores with {_stores.Count} key(s)";
}
