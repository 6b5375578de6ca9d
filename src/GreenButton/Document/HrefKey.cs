namespace GreenButton;

/// <summary>
/// Normalises hrefs so that links written differently compare equal: scheme and host lower-cased, default port
/// dropped, trailing slash removed, relative hrefs resolved against the feed's base.
/// </summary>
internal sealed class HrefKey(Uri? baseUri)
{
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);

    /// <summary>Relative hrefs met (resolved when a base was known).</summary>
    public int RelativeCount { get; private set; }

    /// <summary>The first relative href met, for the diagnostic.</summary>
    public string? FirstRelative { get; private set; }

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
        _cache[href] = key;
        return key;
    }

    /// <summary>The key of <paramref name="href"/> without caching it: for hrefs met once (the merger's blocks), so memory does not grow with them.</summary>
    public string? Transient(string? href)
        => string.IsNullOrWhiteSpace(href) ? null : _cache.TryGetValue(href, out var key) ? key : Normalise(href.Trim());

    private string Normalise(string href)
    {
        Uri? uri = null;
        if (href.Contains("://", StringComparison.Ordinal))
        {
            Uri.TryCreate(href, UriKind.Absolute, out uri);
        }
        else
        {
            RelativeCount++;
            FirstRelative ??= href;
            if (baseUri is not null)
            {
                Uri.TryCreate(baseUri, href, out uri);
            }
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
