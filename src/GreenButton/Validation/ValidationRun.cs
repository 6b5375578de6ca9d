using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Schema;

namespace GreenButton;

/// <summary>
/// One validation: a single streaming pass (the parser reads through the schema-validating reader), each IntervalBlock
/// reduced to its <see cref="BlockFacts"/> as it passes, then the link graph resolved by <see cref="GreenButtonDocument"/>
/// and the rules and quirk checks run on that model.
/// </summary>
internal sealed partial class ValidationRun
{
    private readonly GreenButtonValidationOptions _options;
    private readonly string? _source;
    private readonly ViolationSink _sink;
    private readonly List<GreenButtonDiagnostic> _diagnostics = [];
    private readonly List<AtomEntry> _entries = [];
    private readonly Dictionary<IntervalBlock, BlockFacts> _facts = new(ReferenceEqualityComparer.Instance);
    private readonly List<int> _schemaViolations = [];
    private bool _schemaValid = true;

    public ValidationRun(GreenButtonValidationOptions options, string? source)
    {
        _options = options;
        _source = source;
        _sink = new ViolationSink(options.MaxViolations > 0 ? options.MaxViolations : GreenButtonValidationOptions.DefaultMaxViolations, options.RedactValues);
    }

    public string? RootName { get; private set; }
    public string? FeedId { get; private set; }
    public string? FeedTitle { get; private set; }
    public DateTimeOffset? FeedUpdated { get; private set; }

    public EspiParser Open(Stream stream, bool closeInput, bool async, CancellationToken cancellationToken)
    {
        var readerOptions = new GreenButtonReaderOptions
        {
            Lenient = true, // a broken entry is reported and skipped; the rest is still checked
            RedactValues = _options.RedactValues,
            SourceName = _source,
            OnDiagnostic = _diagnostics.Add,
        };
        var parser = _options.Schema == EspiSchemaVersion.None
            ? EspiParser.Create(stream, readerOptions, null, closeInput, async)
            : EspiParser.CreateValidating(stream, readerOptions, closeInput, async, SchemaSets.For(_options.Schema), OnSchemaEvent, _options.ValidatingReader);
        // Each block's readings are reduced to its facts from the parser's reused list: no array per block.
        parser.Cancellation = cancellationToken;
        parser.ReduceBlockReadings = (block, readings) => _facts[block] = BlockFacts.Of(readings);
        return parser;
    }

    /// <summary>Keeps an entry; its IntervalBlocks come without readings, their facts taken as they were read.</summary>
    public void Take(AtomEntry entry) => _entries.Add(entry);

    public void Capture(EspiParser parser)
    {
        RootName = parser.RootName;
        FeedId = parser.FeedId;
        FeedTitle = parser.FeedTitle;
        FeedUpdated = parser.FeedUpdated;
        BaseUri = parser.BaseUri;
    }

    private Uri? BaseUri { get; set; }

    /// <summary>The base the link resolver compared hrefs against.</summary>
    public Uri? BaseUriForLinks => BaseUri;

    public GreenButtonValidationResult Unreadable(GreenButtonException ex, string code)
    {
        _sink.Add(new ValidationViolation(ViolationSource.Schema, code, DiagnosticSeverity.Error, ex.Reason)
        {
            Line = ex.Line,
            Column = ex.Column,
            Path = ex.ElementPath,
            EntryId = ex.EntryId,
        });
        return new GreenButtonValidationResult(_source, false, _options.Schema, false, [], FunctionBlockSource.Default, false,
            _sink.Kept, _sink.Omitted, _sink.Errors, _sink.Warnings) { ConvertedFrom = _options.ConvertedFrom };
    }

    /// <summary>
    /// Every entry element of the document in order, kept or skipped (lenient mode skips an entry whose data the reader
    /// rejects; the schema errors that made it so still belong to it): its line, its id, and the kept entry if any.
    /// </summary>
    private readonly List<(int Line, string? Id, AtomEntry? Entry)> _located = [];

    /// <summary>The index of each kept entry among all entry elements of the document.</summary>
    public Dictionary<AtomEntry, int> EntryIndexes { get; } = new(ReferenceEqualityComparer.Instance);

    private void LocateEntries()
    {
        foreach (var entry in _entries)
        {
            _located.Add((entry.Line, entry.Id, entry));
        }
        foreach (var skipped in _diagnostics.Where(d => d.Code is DiagnosticCodes.SkippedEntry or DiagnosticCodes.SkippedResource && d.Line > 0))
        {
            _located.Add((skipped.Line, skipped.EntryId, null));
        }
        _located.Sort((a, b) => a.Line.CompareTo(b.Line));
        for (var i = 0; i < _located.Count; i++)
        {
            if (_located[i].Entry is { } entry)
            {
                EntryIndexes[entry] = i;
            }
        }
    }

    public GreenButtonValidationResult Finish()
    {
        LocateEntries();
        LocateSchemaViolations();
        var document = GreenButtonDocument.FromEntries(_entries, new GreenButtonReaderOptions { SourceName = _source, BaseUri = BaseUri, RedactValues = _options.RedactValues });
        var context = new RuleContext(document, _facts, this, _sink);
        var (blocks, blockSource) = FunctionBlocks.Resolve(_options.FunctionBlocks, document);
        var rulesChecked = _options.Rules == ValidationRuleSet.Gba;
        if (rulesChecked)
        {
            GbaRules.Check(context, blocks);
        }
        if (!_options.IgnoreQuirks)
        {
            QuirkChecks.Check(context, ConversionDiagnostics().Concat(_diagnostics).Concat(document.Diagnostics));
        }
        return new GreenButtonValidationResult(_source, true, _options.Schema, _schemaValid, blocks, blockSource, rulesChecked,
            _sink.Kept, _sink.Omitted, _sink.Errors, _sink.Warnings) { ConvertedFrom = _options.ConvertedFrom };
    }

    /// <summary>
    /// The conversion's diagnostics: their positions are the original input's, so the message carries them and the
    /// violation has none (a violation's line and column are the validated document's).
    /// </summary>
    private IEnumerable<GreenButtonDiagnostic> ConversionDiagnostics()
    {
        var from = _options.ConvertedFrom ?? "original";
        return (_options.ConversionDiagnostics ?? []).Select(d => d with
        {
            Message = d.Line > 0 ? $"{d.Message} (line {d.Line} of the {from} input)" : $"{d.Message} (in the {from} input)",
            EntryId = null,
            Line = 0,
            Column = 0,
        });
    }

    /// <summary>The path of entry <paramref name="index"/> (0-based) in the document.</summary>
    public string EntryPath(int index) => RootName switch
    {
        "feed" => $"feed/entry[{index + 1}]",
        "entry" => "entry",
        _ => RootName ?? "",
    };

    // ---- Schema events -------------------------------------------------------------------------------------------

    private void OnSchemaEvent(object? sender, ValidationEventArgs e)
    {
        // The node validated: the push reader says which; .NET's validating reader is on it.
        var (nodeType, localName, ns, depth) = sender switch
        {
            SchemaPushReader push => (push.EventNodeType, push.EventLocalName, push.EventNamespace, push.EventDepth),
            XmlReader reader => (reader.NodeType, reader.LocalName, reader.NamespaceURI, reader.Depth),
            _ => (XmlNodeType.None, "", "", 0),
        };
        if (e.Severity == XmlSeverityType.Warning && !(depth == 0 && nodeType == XmlNodeType.Element))
        {
            return; // an element the schema does not know where it allows any (lax): not an error
        }
        // A warning on the root element: it matches no global declaration, so the document cannot be valid.
        _schemaValid = false;
        var ex = e.Exception;
        var message = e.Severity == XmlSeverityType.Warning
            ? $"The root element {localName} in namespace '{ns}' is not declared by the schema."
            : e.Message;
        if (_options.RedactValues)
        {
            message = QuotedValue().Replace(message, "$1 (value redacted)");
        }
        var leaf = nodeType is XmlNodeType.Element or XmlNodeType.EndElement or XmlNodeType.Attribute ? localName : null;
        if (nodeType == XmlNodeType.Attribute)
        {
            leaf = "@" + leaf;
        }
        _schemaViolations.Add(_sink.Kept.Count);
        _sink.Add(new ValidationViolation(ViolationSource.Schema, ValidationCodes.Xsd, DiagnosticSeverity.Error, message)
        {
            Line = ex?.LineNumber ?? 0,
            Column = ex?.LinePosition ?? 0,
            Path = leaf,
        });
    }

    /// <summary>Gives schema violations the entry they fall in, by line: the parser has read the entries since.</summary>
    private void LocateSchemaViolations()
    {
        foreach (var index in _schemaViolations)
        {
            if (index >= _sink.Kept.Count)
            {
                break;
            }
            var violation = _sink.Kept[index];
            var entry = EntryAt(violation.Line);
            var root = entry >= 0 ? EntryPath(entry) : RootName ?? "";
            var path = violation.Path is null ? root : root.Length == 0 ? violation.Path : $"{root}//{violation.Path}";
            if (violation.Path is not null && root.EndsWith(violation.Path, StringComparison.Ordinal))
            {
                path = root;
            }
            _sink.Kept[index] = violation with { Path = path, EntryId = entry >= 0 ? _located[entry].Id : null };
        }
    }

    /// <summary>The index of the last entry that starts at or before <paramref name="line"/>; -1 when none.</summary>
    private int EntryAt(int line)
    {
        int lo = 0, hi = _located.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_located[mid].Line <= line && _located[mid].Line > 0)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }

    /// <summary>The values .NET's schema messages quote: "The value 'x'", "The string 'x'".</summary>
    [GeneratedRegex("(The (?:value|string)) '[^']*'")]
    private static partial Regex QuotedValue();
}
