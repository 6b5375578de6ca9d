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
        var ns = _reader.NamespaceURI;
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
        if (_reader.NamespaceURI.Length == 0)
        {
            _diagnostics.Quirk(DiagnosticCodes.AtomWithoutNamespace, DiagnosticSeverity.Info,
                $"Atom elements written in no namespace (first: '{_reader.LocalName}') were read as Atom.", Line, Column, _entryId);
        }
    }

    /// <summary>
    /// A resource name outside the entries in no namespace or a foreign one: no ESPI resource, skipped and counted in
    /// every mode. When it shares a foreign root's namespace the document is another format that borrows ESPI's names.
    /// </summary>
    private void SkipForeign()
    {
        var ns = _reader.NamespaceURI;
        if (ns.Length > 0 && ReferenceEquals(ns, _rootNamespace) && !IsGreenButtonNamespace(ns))
        {
            throw NotGreenButton(null);
        }
        var name = _reader.LocalName;
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
                $"ESPI resources outside any entry (first: '{_reader.LocalName}' in {CurrentPath()}) were read as bare resources.", Line, Column, _entryId,
                "outside:" + _reader.LocalName);
        }
    }
}
