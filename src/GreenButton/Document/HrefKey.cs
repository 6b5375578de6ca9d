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
        if (IsNormal(href))
        {
            // Its own key: not cached, so the cache does not hold an entry per block's self href (met once each).
            return href;
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
        if (href.Contains("://", StringComparison.Ordinal))
        {
            // Most hrefs are their own key: no Uri (parsed, unescaped, rebuilt) per href for them.
            return IsNormal(href) ? href : OfAbsolute(href);
        }
        RelativeCount++;
        FirstRelative ??= href;
        Uri? uri = null;
        if (baseUri is not null)
        {
            Uri.TryCreate(baseUri, href, out uri);
        }
        return uri is null ? href.TrimEnd('/') : OfUri(uri);
    }

    /// <summary>The key of an absolute href, through <see cref="Uri"/>'s normalisation.</summary>
    internal static string OfAbsolute(string href)
        => Uri.TryCreate(href, UriKind.Absolute, out var uri) ? OfUri(uri) : href.TrimEnd('/');

    private static string OfUri(Uri uri)
    {
        var authority = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        var path = Uri.UnescapeDataString(uri.AbsolutePath).TrimEnd('/');
        return $"{uri.Scheme.ToLowerInvariant()}://{authority.ToLowerInvariant()}{path}{uri.Query}";
    }

    /// <summary>
    /// Whether <paramref name="href"/> is its own key: <c>http</c> or <c>https</c>, a lower-case DNS host whose last
    /// label starts with a letter (never an IP address), no port, query, fragment or trailing slash, and a path of
    /// letters, digits, '_', '-' and single slashes only (nothing to unescape, no dot segments). ESPI's hrefs are so.
    /// </summary>
    internal static bool IsNormal(string href)
    {
        var rest = href.StartsWith("https://", StringComparison.Ordinal) ? href.AsSpan(8)
            : href.StartsWith("http://", StringComparison.Ordinal) ? href.AsSpan(7) : default;
        var slash = rest.IndexOf('/');
        var host = slash < 0 ? rest : rest[..slash];
        var lastLabel = host.LastIndexOf('.') + 1;
        if (host.IsEmpty || host[0] is '.' or '-' || host[^1] is '.' or '-' || lastLabel >= host.Length || !char.IsAsciiLetterLower(host[lastLabel]))
        {
            return false;
        }
        foreach (var c in host)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c is not '.' and not '-')
            {
                return false;
            }
        }
        if (host.Contains("..", StringComparison.Ordinal) || slash < 0)
        {
            return slash < 0 && !host.Contains("..", StringComparison.Ordinal);
        }
        var path = rest[slash..];
        var previous = '\0';
        foreach (var c in path)
        {
            if (c == '/' ? previous == '/' : !char.IsAsciiLetterOrDigit(c) && c is not '_' and not '-')
            {
                return false;
            }
            previous = c;
        }
        return previous != '/';
    }

    /// <summary>The key of the parent in a self-href hierarchy: the key without its last path segment.</summary>
    public static string? Parent(string key)
    {
        var slash = key.LastIndexOf('/');
        var schemeEnd = key.IndexOf("://", StringComparison.Ordinal);
        return slash > 0 && slash > schemeEnd + 2 ? key[..slash] : null;
    }
}
