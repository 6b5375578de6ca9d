namespace GreenButton;

/// <summary>
/// One Atom entry as read: its metadata, its links, and the ESPI resources its <c>content</c> holds
/// (usually one; some utilities put several IntervalBlocks in one content).
/// </summary>
public sealed class AtomEntry
{
    /// <summary>The Atom <c>id</c> (often <c>urn:uuid:...</c>); null when absent.</summary>
    public string? Id { get; init; }

    /// <summary>The Atom <c>title</c>; null when absent.</summary>
    public string? Title { get; init; }

    /// <summary>Whether the entry has a <c>title</c> element, empty or not (<see cref="Title"/> is null for an empty one too).</summary>
    public bool HasTitle { get; init; }

    /// <summary>The Atom <c>published</c> date; null when absent or unreadable.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The Atom <c>updated</c> date; null when absent or unreadable.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>Every link, in document order.</summary>
    public IReadOnlyList<AtomLink> Links { get; init; } = [];

    /// <summary>The resources in the entry's <c>content</c>, in document order.</summary>
    public IReadOnlyList<EspiResource> Resources { get; init; } = [];

    /// <summary>The first resource, or null for an entry without content.</summary>
    public EspiResource? Resource => Resources.Count > 0 ? Resources[0] : null;

    /// <summary>1-based line of the <c>entry</c> element (0 for a resource read without an entry).</summary>
    public int Line { get; init; }

    /// <summary>1-based column of the <c>entry</c> element.</summary>
    public int Column { get; init; }

    /// <summary>The href of the first <c>self</c> link, as written; null when absent.</summary>
    public string? SelfHref => FindHref(AtomLink.SelfRel);

    /// <summary>The href of the first <c>up</c> link, as written; null when absent.</summary>
    public string? UpHref => FindHref(AtomLink.UpRel);

    /// <summary>The hrefs of the <c>related</c> links, as written.</summary>
    public IEnumerable<string> RelatedHrefs
    {
        get
        {
            foreach (var link in Links)
            {
                if (string.Equals(link.Rel, AtomLink.RelatedRel, StringComparison.OrdinalIgnoreCase))
                {
                    yield return link.Href;
                }
            }
        }
    }

    private string? FindHref(string rel)
    {
        foreach (var link in Links)
        {
            if (string.Equals(link.Rel, rel, StringComparison.OrdinalIgnoreCase))
            {
                return link.Href;
            }
        }
        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"entry {Id ?? "(no id)"} [{string.Join(", ", Resources.Select(r => r.ResourceName))}]";
}
