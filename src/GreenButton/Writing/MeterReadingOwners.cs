namespace GreenButton;

/// <summary>
/// Which MeterReading of one input an IntervalBlock entry belongs to, by the document's link rules (up href named by a
/// MeterReading's related link, else its self href named so, else the self-href hierarchy, else the last MeterReading),
/// from the input's MeterReadings alone: no block is held, so the merger asks it for each block as it streams by.
/// </summary>
internal sealed class MeterReadingOwners
{
    private readonly HrefKey _keys;
    private readonly Dictionary<string, MeterReading> _byRelated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MeterReading> _bySelf = new(StringComparer.Ordinal);
    private readonly MeterReading? _last;

    /// <param name="entries">The input's entries other than IntervalBlocks, in document order.</param>
    /// <param name="baseUri">The base the reader resolves relative hrefs against.</param>
    public MeterReadingOwners(IEnumerable<AtomEntry> entries, Uri? baseUri)
    {
        _keys = new HrefKey(baseUri);
        foreach (var entry in entries)
        {
            foreach (var resource in entry.Resources)
            {
                if (resource is not MeterReading meterReading)
                {
                    continue;
                }
                foreach (var related in entry.RelatedHrefs)
                {
                    if (_keys.Of(related) is { } key)
                    {
                        _byRelated.TryAdd(key, meterReading);
                    }
                }
                if (_keys.Of(entry.SelfHref) is { } self)
                {
                    _bySelf.TryAdd(self, meterReading);
                }
                _last = meterReading;
            }
        }
    }

    /// <summary>The MeterReading a block with these up and self hrefs belongs to; null when the input holds none.</summary>
    public MeterReading? Of(string? upHref, string? selfHref)
    {
        if (_last is null)
        {
            return null;
        }
        // Block hrefs are many and seen once per pass: normalised without the cache.
        var up = _keys.Transient(upHref);
        var self = _keys.Transient(selfHref);
        if (up is not null && _byRelated.TryGetValue(up, out var owner))
        {
            return owner;
        }
        if (self is not null && _byRelated.TryGetValue(self, out owner))
        {
            return owner;
        }
        foreach (var start in (ReadOnlySpan<string?>)[self, up])
        {
            for (var key = start is null ? null : HrefKey.Parent(start); key is not null; key = HrefKey.Parent(key))
            {
                if (_bySelf.TryGetValue(key, out owner))
                {
                    return owner;
                }
            }
        }
        return _last;
    }
}
