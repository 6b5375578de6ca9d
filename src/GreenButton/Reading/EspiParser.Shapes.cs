namespace GreenButton;

/// <summary>
/// Documents shaped unlike an Atom feed of ESPI entries, as real exporters write them: Atom in no namespace, resources
/// outside entries or in foreign namespaces, formats that only borrow ESPI's names.
/// </summary>
internal sealed partial class EspiParser
{
    /// <summary>Formats that borrow ESPI element names in a namespace of their own: the namespace's tell-tale and a description.</summary>
    private static readonly (string Tell, string Format)[] s_foreignFormats =
    [
        ("vde.de/AR_2418-6", "the German VDE FNN AR 2418-6 meter-data format (smart meter gateway exports, e.g. TRuDI)"),
    ];

    /// <summary>The root element's namespace (atomized), once read.</summary>
    private string? _rootNamespace;

    private bool IsGreenButtonNamespace(string ns)
        => ReferenceEquals(ns, _n.Atom) || ReferenceEquals(ns, _n.Espi) || ReferenceEquals(ns, _n.Customer) || ns.Length == 0;

    /// <summary>A root in the namespace of a known foreign format is refused at once, in every mode: nothing in it is ESPI.</summary>
    private void CheckRoot()
    {
        var ns = NodeNamespace;
        _rootNamespace = ns;
        if (IsGreenButtonNamespace(ns))
        {
            return;
        }
        foreach (var (tell, format) in s_foreignFormats)
        {
            if (ns.Contains(tell, StringComparison.OrdinalIgnoreCase))
            {
                throw NotGreenButton(format);
            }
        }
    }

    /// <summary>Not a Green Button document: one line saying so and what it appears to be.</summary>
    private GreenButtonException NotGreenButton(string? format)
    {
        var ns = _rootNamespace ?? "";
        var what = format is null
            ? $"its elements are in the namespace '{ns}', which only borrows ESPI element names"
            : $"it appears to be {format} (namespace '{ns}')";
        return new GreenButtonException($"This is not a Green Button document: {what}.", Source, Line, Column, RootName, null, null);
    }

    /// <summary>Atom written without its namespace, or an Atom id inside content: read, and said once with a count.</summary>
    private void NoteAtomOutOfPlace()
    {
        if (NodeNamespace.Length == 0)
        {
            _diagnostics.Quirk(DiagnosticCodes.AtomWithoutNamespace, DiagnosticSeverity.Info,
                $"Atom elements written in no namespace (first: '{NodeName}') were read as Atom.", Line, Column, _entryId);
        }
    }

    /// <summary>
    /// A resource name outside the entries in no namespace or a foreign one: no ESPI resource, skipped and counted in
    /// every mode. When it shares a foreign root's namespace the document is another format that borrows ESPI's names.
    /// </summary>
    private void SkipForeign()
    {
        var ns = NodeNamespace;
        if (ns.Length > 0 && ReferenceEquals(ns, _rootNamespace) && !IsGreenButtonNamespace(ns))
        {
            throw NotGreenButton(null);
        }
        var name = NodeName;
        var found = ns.Length == 0 ? "no namespace" : $"the namespace '{ns}'";
        _diagnostics.Quirk(DiagnosticCodes.ForeignElement, DiagnosticSeverity.Warning,
            $"Skipped '{name}' outside the entries: it is in {found}, not ESPI's, so it is no ESPI resource.", Line, Column, _entryId, "foreign:" + name);
        SkipElement();
    }

    /// <summary>An ESPI resource directly under a feed or a wrapper: read as a bare resource, and said.</summary>
    private void NoteResourceOutsideEntry()
    {
        if (_containerCount > 0)
        {
            _diagnostics.Quirk(DiagnosticCodes.ResourceOutsideEntry, DiagnosticSeverity.Info,
                $"ESPI resources outside any entry (first: '{NodeName}' in {CurrentPath()}) were read as bare resources.", Line, Column, _entryId,
                "outside:" + NodeName);
        }
    }

    /// <summary>While a resource is read: the resources written inside it, read as resources of their own; null otherwise.</summary>
    private List<EspiResource>? _nested;

    private readonly List<EspiResource> _nestedBuffer = [];

    /// <summary>The usage resources an exporter may write inside another one (seen: an IntervalBlock inside a MeterReading as the root).</summary>
    private bool IsNestableResourceName(string name)
        => Is(name, _n.IntervalBlock) || Is(name, _n.MeterReading) || Is(name, _n.ReadingType) || Is(name, _n.UsagePoint)
            || Is(name, _n.LocalTimeParameters) || Is(name, _n.UsageSummary) || Is(name, _n.ElectricPowerUsageSummary)
            || Is(name, _n.ElectricPowerQualitySummary);

    private void ReadNested()
    {
        var parent = _pathDepth > 0 && _pathDepth <= MaxPath ? _pathNames[_pathDepth - 1] : "a resource";
        _diagnostics.Quirk(DiagnosticCodes.NestedResource, DiagnosticSeverity.Info,
            $"Resources written inside another resource (first: '{NodeName}' inside '{parent}') were read as resources of their own.",
            Line, Column, _entryId, "nested:" + NodeName);
        ReadResourceCore(_nested!);
    }

    /// <summary>The usage resource names an entry's self href or title may name, for <see cref="CheckEntryType"/>.</summary>
    private static readonly HashSet<string> s_typedNames = new(StringComparer.Ordinal)
    {
        "IntervalBlock", "MeterReading", "ReadingType", "UsagePoint", "LocalTimeParameters", "UsageSummary", "ElectricPowerUsageSummary",
        "ElectricPowerQualitySummary",
    };

    /// <summary>
    /// An entry titled or linked as one resource type that holds another (seen: an IntervalBlock entry holding a
    /// ReadingType): read by its element, never by its title or link, and said.
    /// </summary>
    private void CheckEntryType(OpenEntry open)
    {
        if (open.Resources.Count != 1)
        {
            return;
        }
        var held = open.Resources[0].ResourceName;
        if (!s_typedNames.Contains(held))
        {
            return;
        }
        var named = TypeOfHref(_entrySelf) ?? (open.Title is { } title && s_typedNames.Contains(title.Trim()) ? title.Trim() : null);
        if (named is null || named == held || (IsSummaryName(named) && IsSummaryName(held)))
        {
            return;
        }
        _diagnostics.Quirk(DiagnosticCodes.MismatchedEntryType, DiagnosticSeverity.Warning,
            $"An entry whose title or self link names a {named} holds a {held} (first: entry {open.Index + 1}); it was read as the {held} it holds.",
            open.Line, open.Column, _options.RedactValues ? null : open.Id, $"type:{named}:{held}");
    }

    private static bool IsSummaryName(string name) => name is "UsageSummary" or "ElectricPowerUsageSummary";

    /// <summary>The resource type an href names: its last segment that is a usage resource name.</summary>
    private static string? TypeOfHref(string? href)
    {
        if (href is null)
        {
            return null;
        }
        var path = href.AsSpan();
        var query = path.IndexOfAny('?', '#');
        if (query >= 0)
        {
            path = path[..query];
        }
        var lookup = s_typedNames.GetAlternateLookup<ReadOnlySpan<char>>();
        while (path.Length > 0)
        {
            var slash = path.LastIndexOf('/');
            var segment = path[(slash + 1)..];
            if (lookup.TryGetValue(segment, out var name))
            {
                return name;
            }
            if (slash < 0)
            {
                break;
            }
            path = path[..slash];
        }
        return null;
    }
}
