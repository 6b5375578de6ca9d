namespace GreenButton;

/// <summary>What the rules and quirk checks run on: the resolved document, the blocks' facts, and where to report.</summary>
internal sealed class RuleContext
{
    private readonly Dictionary<AtomEntry, int> _index;
    private readonly Dictionary<IntervalBlock, BlockFacts> _facts;
    private readonly ValidationRun _run;
    private readonly HrefKey _keys;

    public RuleContext(GreenButtonDocument document, Dictionary<IntervalBlock, BlockFacts> facts, ValidationRun run, ViolationSink sink)
    {
        Document = document;
        _facts = facts;
        _run = run;
        Sink = sink;
        _keys = new HrefKey(run.BaseUriForLinks);
        _index = run.EntryIndexes;
    }

    public GreenButtonDocument Document { get; }

    public ViolationSink Sink { get; }

    public string? RootName => _run.RootName;
    public string? FeedId => _run.FeedId;
    public string? FeedTitle => _run.FeedTitle;
    public DateTimeOffset? FeedUpdated => _run.FeedUpdated;
    public bool IsFeed => _run.RootName == "feed";

    public BlockFacts Facts(IntervalBlock block) => _facts.TryGetValue(block, out var facts) ? facts : BlockFacts.Of([]);

    /// <summary>An href normalised as the link resolver compares them; null when absent or blank.</summary>
    public string? Key(string? href) => _keys.Of(href);

    public IEnumerable<string> RelatedKeys(AtomEntry entry)
    {
        foreach (var href in entry.RelatedHrefs)
        {
            if (_keys.Of(href) is { } key)
            {
                yield return key;
            }
        }
    }

    /// <summary>The path of a resource: <c>feed/entry[3]/content/IntervalBlock</c>.</summary>
    public string PathOf(EspiResource resource)
    {
        if (resource.Entry is { } entry && _index.TryGetValue(entry, out var index))
        {
            var root = _run.EntryPath(index);
            return entry.Line > 0 ? $"{root}/content/{resource.ResourceName}" : root;
        }
        return resource.ResourceName;
    }

    /// <summary>The path of an entry.</summary>
    public string PathOf(AtomEntry entry) => _index.TryGetValue(entry, out var index) ? _run.EntryPath(index) : "entry";

    public void Rule(string code, string message, int line = 0, int column = 0, string? path = null, string? entryId = null)
        => Sink.Add(new ValidationViolation(ViolationSource.Rule, code, DiagnosticSeverity.Error, message)
        {
            Line = line,
            Column = column,
            Path = path,
            EntryId = entryId,
        });

    /// <summary>A rule broken by an entry (its Atom metadata or links): positioned on the entry element.</summary>
    public void Rule(string code, AtomEntry entry, string message)
        => Rule(code, message, entry.Line, entry.Column, PathOf(entry), entry.Id);

    /// <summary>A rule broken by a resource's content: positioned on the resource element.</summary>
    public void Rule(string code, EspiResource resource, string message)
        => Rule(code, message, resource.Line, resource.Column, PathOf(resource), resource.Entry?.Id);

    /// <summary>A rule about the whole feed.</summary>
    public void FeedRule(string code, string message) => Rule(code, message, 0, 0, RootName ?? "/");

    public void Quirk(string code, DiagnosticSeverity severity, string message, int line, int column, string? path, string? entryId, int count = 1)
        => Sink.Add(new ValidationViolation(ViolationSource.Quirk, code, severity, message)
        {
            Line = line,
            Column = column,
            Path = path,
            EntryId = entryId,
            Count = count,
        });
}
