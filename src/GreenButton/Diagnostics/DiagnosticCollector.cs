namespace GreenButton;

/// <summary>
/// Gathers diagnostics while reading. One-off findings go out at once; repeated quirks (a millisecond epoch in every
/// reading, an unknown element in every block) are counted and go out once, with the first position, at <see cref="Flush"/>.
/// </summary>
/// <remarks>With <c>redact</c> (<see cref="GreenButtonReaderOptions.RedactValues"/>) no diagnostic carries an entry id.</remarks>
internal sealed class DiagnosticCollector(string? source, Action<GreenButtonDiagnostic>? sink, List<GreenButtonDiagnostic>? list, bool redact = false)
{
    private sealed class Pending(GreenButtonDiagnostic first)
    {
        public GreenButtonDiagnostic First { get; } = first;
        public int Count { get; set; } = 1;
    }

    private readonly Dictionary<string, Pending> _quirks = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Ns, string Name), Pending> _unknown = [];
    private readonly List<string> _order = [];

    public string? Source { get; } = source;

    /// <summary>Whether messages must not quote values, hrefs, ids or titles from the input.</summary>
    public bool Redact { get; } = redact;

    public void Report(DiagnosticSeverity severity, string code, string message, int line = 0, int column = 0, string? entryId = null)
        => Emit(new GreenButtonDiagnostic(severity, code, message) { Source = Source, Line = line, Column = column, EntryId = entryId });

    /// <summary>Counts a repeated finding under one key; the first one's message and position are kept.</summary>
    public void Quirk(string code, DiagnosticSeverity severity, string message, int line, int column, string? entryId, string? key = null)
        => Quirk(code, severity, message, line, column, entryId, key, 1);

    /// <summary>Counts <paramref name="count"/> occurrences of a repeated finding at once (none when 0).</summary>
    public void Quirk(string code, DiagnosticSeverity severity, string message, int line, int column, string? entryId, string? key, long count)
    {
        if (count <= 0)
        {
            return;
        }
        key ??= code;
        var add = (int)Math.Min(count, int.MaxValue);
        if (_quirks.TryGetValue(key, out var pending))
        {
            pending.Count = (int)Math.Min((long)pending.Count + add, int.MaxValue);
            return;
        }
        _quirks[key] = new Pending(new GreenButtonDiagnostic(severity, code, message) { Source = Source, Line = line, Column = column, EntryId = entryId }) { Count = add };
        _order.Add(key);
    }

    /// <summary>Counts an unknown element by namespace and local name (both atomized: no allocation per call).</summary>
    public void Unknown(string ns, string localName, string path, int line, int column, string? entryId)
    {
        if (_unknown.TryGetValue((ns, localName), out var pending))
        {
            pending.Count++;
            return;
        }
        var where = ns.Length == 0 ? localName : $"{{{ns}}}{localName}";
        _unknown[(ns, localName)] = new Pending(new GreenButtonDiagnostic(DiagnosticSeverity.Info, DiagnosticCodes.UnknownElement,
            $"Skipped unknown element {where} in {path}.") { Source = Source, Line = line, Column = column, EntryId = entryId });
    }

    public void Flush()
    {
        foreach (var key in _order)
        {
            var pending = _quirks[key];
            Emit(pending.First with { Count = pending.Count });
        }
        foreach (var pending in _unknown.Values)
        {
            Emit(pending.First with { Count = pending.Count });
        }
        _quirks.Clear();
        _unknown.Clear();
        _order.Clear();
    }

    private void Emit(GreenButtonDiagnostic diagnostic)
    {
        if (Redact && diagnostic.EntryId is not null)
        {
            diagnostic = diagnostic with { EntryId = null };
        }
        list?.Add(diagnostic);
        sink?.Invoke(diagnostic);
    }
}
