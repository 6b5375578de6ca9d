namespace GreenButton;

public static partial class GreenButtonMerger
{
    private sealed partial class Run
    {
        /// <summary>
        /// A descriptive entry: kept the first time its identity is seen; the same resource under another href (see
        /// <see cref="SameContent"/>, or under a resource merged into another input's) is aliased to the kept one; a
        /// different content under one identity is a conflict.
        /// </summary>
        private void Keep(AtomEntry entry, int input)
        {
            var content = string.Concat(entry.Resources.Select(GreenButtonWriter.ResourceXml));
            var self = _hrefs.Of(entry.SelfHref);
            // Under a resource merged into another input's: the same place under the kept one is its identity.
            var placed = self is null ? null : Alias(input, self);
            var identity = placed is null ? self : _hrefs.Transient(placed);
            var key = identity is not null ? "href:" + identity : "content:" + content;
            if (!_byKey.ContainsKey(key) && self is not null && SameContent(entry, content, input) is { } same && same.Entry.SelfHref is { } keptHref)
            {
                _aliases[(input, self)] = keptHref;
                _duplicateEntries++;
                _deduplicated.Add(new MergedResource(entry.Resources[0].ResourceName, entry.SelfHref!, inputs[input].Name, keptHref, inputs[same.Input].Name));
                return;
            }
            if (placed is not null && self is not null)
            {
                _aliases[(input, self)] = placed;
            }
            if (!_byKey.TryGetValue(key, out var kept))
            {
                kept = new Kept(entry, content, input);
                _byKey[key] = kept;
                _kept.Add(kept);
                if (ContentKey(entry, content) is { } byContent)
                {
                    _byContent.TryAdd(byContent, kept);
                }
                return;
            }
            _duplicateEntries++;
            if (placed is not null)
            {
                _deduplicated.Add(new MergedResource(entry.Resources[0].ResourceName, entry.SelfHref!, inputs[input].Name, placed, inputs[kept.Input].Name));
            }
            if (kept.Content == content)
            {
                return;
            }
            var winner = options.Prefer == MergePreference.Last ? input : kept.Input;
            _diagnostics.Add(new GreenButtonDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.MergeConflict,
                $"{entry.Resources[0].ResourceName} {entry.SelfHref} differs between {inputs[kept.Input].Name} and {inputs[input].Name}; kept the one from {inputs[winner].Name}.")
            {
                Source = inputs[input].Name,
                Line = entry.Line,
                Column = entry.Column,
                EntryId = entry.Id,
            });
            if (options.Prefer == MergePreference.Last)
            {
                (kept.Entry, kept.Content, kept.Input) = (entry, content, input);
            }
        }

        /// <summary>
        /// The kept entry that is the same resource as <paramref name="entry"/> by content: a ReadingType or
        /// LocalTimeParameters (a pure description) in any input; a customer resource, or a UsagePoint with the same
        /// trailing <c>UsagePoint/{id}</c>, from another input (within one file two such entries are two things).
        /// </summary>
        private Kept? SameContent(AtomEntry entry, string content, int input)
        {
            if (ContentKey(entry, content) is not { } key || !_byContent.TryGetValue(key, out var same))
            {
                return null;
            }
            return entry.Resources is [ReadingType or LocalTimeParameters] || same.Input != input ? same : null;
        }

        /// <summary>The content identity of entries deduplicated by content; null for the others (usage points named apart, data).</summary>
        private string? ContentKey(AtomEntry entry, string content)
        {
            switch (entry.Resources)
            {
                case [ReadingType or LocalTimeParameters]:
                case [CustomerResource]:
                    return content;
                case [UsagePoint]:
                    // Two meters of one customer may read alike: the trailing id tells them apart.
                    return _hrefs.Of(entry.SelfHref) is { } self && TrailingId(self) is { } id ? id + "\n" + content : null;
                default:
                    return null;
            }
        }

        /// <summary>The last two path segments of a normalised href (<c>UsagePoint/5</c>); null when it has fewer.</summary>
        private static string? TrailingId(string key)
        {
            var parent = HrefKey.Parent(key);
            var grandparent = parent is null ? null : HrefKey.Parent(parent);
            return grandparent is null ? null : key[(grandparent.Length + 1)..];
        }
    }
}
