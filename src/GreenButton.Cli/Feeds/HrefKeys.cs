namespace GreenButton.Cli.Feeds;

/// <summary>
/// Normalises hrefs as the core's document does, so that the streaming resolution attaches exactly what
/// <see cref="GreenButtonDocument"/> attaches: scheme and host lower-cased, default port dropped, trailing slash
/// removed, relative hrefs resolved against the feed's self link.
/// </summary>
internal sealed class HrefKeys(Uri? baseUri)
{
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);

    public string? Of(string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }
        if (_cache.TryGetValue(href, out var key))
        {
            return key;
        }
        key = Normalise(href.Trim());
        if (_cache.Count < 100_000)
        {
            _cache[href] = key;
        }
        return key;
    }

    private string Normalise(string href)
    {
        Uri? uri = null;
        if (href.Contains("://", StringComparison.Ordinal))
        {
            Uri.TryCreate(href, UriKind.Absolute, out uri);
        }
        else if (baseUri is not null)
        {
            Uri.TryCreate(baseUri, href, out uri);
        }
        if (uri is null)
        {
            return href.TrimEnd('/');
        }
        var authority = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        var path = Uri.UnescapeDataString(uri.AbsolutePath).TrimEnd('/');
        return $"{uri.Scheme.ToLowerInvariant()}://{authority.ToLowerInvariant()}{path}{uri.Query}";
    }

    /// <summary>The key of the parent in a self-href hierarchy: the key without its last path segment.</summary>
    public static string? Parent(string key)
    {
        var slash = key.LastIndexOf('/');
        var schemeEnd = key.IndexOf("://", StringComparison.Ordinal);
        return slash > 0 && slash > schemeEnd + 2 ? key[..slash] : null;
    }
}
