using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Xml;

namespace GreenButton;

/// <summary>
/// The forward-only ESPI/Atom reader behind <see cref="GreenButtonReader"/> and <see cref="GreenButtonDocument"/>.
/// Each parse method starts on its element's start tag and leaves the reader on the node after its end tag.
/// Elements are matched by namespace URI and atomized local name, never by prefix.
/// </summary>
internal sealed partial class EspiParser : IDisposable
{
    private const int MaxPath = 16;

    /// <summary>The reader the walker and the resource readers read: the input's, or on the async path its replay.</summary>
    private readonly XmlReader _reader;

    /// <summary>
    /// Where the current node's name, kind and position are read: <see cref="_reader"/>, or the reader a validating
    /// reader passes them through from, so each costs one virtual call rather than two.
    /// </summary>
    private readonly XmlReader _node;

    /// <summary>
    /// <see cref="_reader"/> when it is the parser's own UTF-8 reader: its members are called directly (it is sealed),
    /// not through XmlReader's virtual ones, which a process without dynamic PGO pays for on every node.
    /// </summary>
    private readonly Utf8XmlReader? _fast;

    /// <summary>The async path's real reader, recorded unit by unit into <see cref="_reader"/>; null on the sync path.</summary>
    private readonly XmlReader? _source;
    private readonly IXmlLineInfo? _lineInfo;
    private readonly EspiNames _n;
    private readonly GreenButtonReaderOptions _options;
    private readonly DiagnosticCollector _diagnostics;
    private readonly bool _canReadValueChunk;
    private readonly bool _shortChunkEndsValue;
    private readonly bool _lenient;
    private readonly int _maxDepth;
    private char[] _chars = new char[64];

    private readonly string[] _pathNames = new string[MaxPath];
    private readonly int[] _pathIndexes = new int[MaxPath];
    private int _pathDepth;

    private string? _entryId;
    private Uri? _baseUri;

    static EspiParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private EspiParser(XmlReader reader, EspiNames names, GreenButtonReaderOptions options, DiagnosticCollector diagnostics, XmlReader? source = null)
    {
        _reader = reader;
        _node = reader is SchemaPassThroughReader passThrough ? passThrough.Node : reader;
        _fast = reader as Utf8XmlReader;
        _source = source;
        _lineInfo = _node as IXmlLineInfo;
        _n = names;
        _options = options;
        _diagnostics = diagnostics;
        _canReadValueChunk = reader.CanReadValueChunk;
        _shortChunkEndsValue = ShortChunkEndsValue(reader);
        _baseUri = options.BaseUri;
        _lenient = options.Lenient;
        _maxDepth = options.MaxDepth == 0 ? GreenButtonReaderOptions.DefaultMaxDepth : options.MaxDepth;
    }

    /// <summary>
    /// Whether a <see cref="XmlReader.ReadValueChunk"/> that fills less than the buffer had the whole value: true of the
    /// framework's reader (it fills the buffer unless the value ended, holding back at most one char of a surrogate pair)
    /// and of the validator's reader (it hands out a value it holds whole).
    /// </summary>
    internal static bool ShortChunkEndsValue(XmlReader reader) =>
        reader is SchemaPushReader or Utf8XmlReader || reader.GetType().FullName == "System.Xml.XmlTextReaderImpl";

    public DiagnosticCollector Diagnostics => _diagnostics;

    /// <summary>Whether the parser reads with <see cref="Utf8XmlReader"/> (for tests).</summary>
    internal bool ReadsUtf8 => _reader is Utf8XmlReader;

    public string? Source => _diagnostics.Source;

    /// <summary>The feed's own base for relative hrefs: the option, else the feed's self link.</summary>
    public Uri? BaseUri => _baseUri;

    /// <summary>Settings that keep hostile XML out: no DTD, no resolver, so no entity expansion and no external fetch.</summary>
    internal static XmlReaderSettings CreateSettings(XmlNameTable nameTable, bool closeInput, bool async) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        NameTable = nameTable,
        CloseInput = closeInput,
        Async = async,
    };

    public static EspiParser Create(Stream stream, GreenButtonReaderOptions options, List<GreenButtonDiagnostic>? list, bool closeInput, bool async = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        CheckOptions(options);
        var names = new EspiNames();
        var diagnostics = new DiagnosticCollector(options.SourceName, options.OnDiagnostic, list, options.RedactValues);
        try
        {
            var settings = CreateSettings(names.Table, closeInput, async);
            var reader = async || !Utf8XmlReader.Enabled ? XmlReader.Create(stream, settings) : new Utf8XmlReader(stream, settings);
            return async
                ? new EspiParser(new ReplayReader(names.Table), names, options, diagnostics, reader)
                : new EspiParser(reader, names, options, diagnostics);
        }
        catch (XmlException ex)
        {
            throw new GreenButtonException(XmlReason(ex), options.SourceName, ex.LineNumber, ex.LinePosition, null, null, ex);
        }
    }

    public static EspiParser Create(TextReader text, GreenButtonReaderOptions options, List<GreenButtonDiagnostic>? list, bool closeInput)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckOptions(options);
        var names = new EspiNames();
        var diagnostics = new DiagnosticCollector(options.SourceName, options.OnDiagnostic, list, options.RedactValues);
        var reader = XmlReader.Create(text, CreateSettings(names.Table, closeInput, async: false));
        return new EspiParser(reader, names, options, diagnostics);
    }

    private static void CheckOptions(GreenButtonReaderOptions options)
        => ArgumentOutOfRangeException.ThrowIfNegative(options.MaxDepth, nameof(options.MaxDepth));

    public void Dispose()
    {
        _reader.Dispose();
        _source?.Dispose();
    }

    // ---- Position and path -------------------------------------------------------------------------------------

    private string NodeName => _fast is { } fast ? fast.LocalName : _node.LocalName;

    private string NodeNamespace => _fast is { } fast ? fast.NamespaceURI : _node.NamespaceURI;

    private XmlNodeType NodeKind => _fast is { } fast ? fast.NodeType : _node.NodeType;

    private bool NodeIsEmpty => _fast is { } fast ? fast.IsEmptyElement : _node.IsEmptyElement;

    private bool Next() => _fast is { } fast ? fast.Read() : _reader.Read();

    private int ReadChunk(char[] buffer, int index, int count) => _fast is { } fast ? fast.ReadValueChunk(buffer, index, count) : _reader.ReadValueChunk(buffer, index, count);

    private int Line => _fast is { } fast ? fast.LineNumber : _lineInfo is { } info && info.HasLineInfo() ? info.LineNumber : 0;

    private int Column => _fast is { } fast ? fast.LinePosition : _lineInfo is { } info && info.HasLineInfo() ? info.LinePosition : 0;

    private void Push(string name, int index = -1)
    {
        // Every element the parser enters is pushed, so the path's depth is the element's nesting level: one compare.
        if (_pathDepth >= _maxDepth)
        {
            ThrowTooDeep();
        }
        if (_pathDepth < MaxPath)
        {
            if (!ReferenceEquals(_pathNames[_pathDepth], name))
            {
                _pathNames[_pathDepth] = name; // a store of a reference costs a write barrier: mostly the same name again
            }
            _pathIndexes[_pathDepth] = index;
        }
        _pathDepth++;
    }

    private void Pop() => _pathDepth--;

    private string CurrentPath(string? leaf = null)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < Math.Min(_pathDepth, MaxPath); i++)
        {
            if (sb.Length > 0)
            {
                sb.Append('/');
            }
            sb.Append(_pathNames[i]);
            if (_pathIndexes[i] >= 0)
            {
                sb.Append('[').Append(_pathIndexes[i] + 1).Append(']');
            }
        }
        if (leaf is not null && (_pathDepth == 0 || !ReferenceEquals(leaf, _pathNames[Math.Min(_pathDepth, MaxPath) - 1])))
        {
            if (sb.Length > 0)
            {
                sb.Append('/');
            }
            sb.Append(leaf);
        }
        return sb.Length == 0 ? "/" : sb.ToString();
    }

    // ---- Navigation ----------------------------------------------------------------------------------------------

    /// <summary>Moves inside the current element; false (with the element consumed) when it is empty.</summary>
    private bool Enter()
    {
        if (NodeIsEmpty)
        {
            Next();
            return false;
        }
        Next();
        return true;
    }

    /// <summary>
    /// Moves to the next child element of the element entered; false once its end tag has been consumed.
    /// Text between elements is reported and ignored.
    /// </summary>
    private bool NextChild()
    {
        while (true)
        {
            switch (NodeKind)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement:
                    Next();
                    return false;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                    _diagnostics.Quirk(DiagnosticCodes.StrayText, DiagnosticSeverity.Info, $"Ignored text between elements in {CurrentPath()}.", Line, Column, _entryId);
                    Next();
                    break;
                case XmlNodeType.None:
                    throw Truncated();
                default:
                    if (!Next())
                    {
                        throw Truncated();
                    }
                    break;
            }
        }
    }

    private bool IsEspi => ReferenceEquals(NodeNamespace, _n.Espi) || ReferenceEquals(NodeNamespace, _n.Customer);

    /// <summary>Skips an element the parser does not model, counting it by name; a usage resource inside a resource is read.</summary>
    private void SkipUnknown()
    {
        if (_nested is not null && ReferenceEquals(NodeNamespace, _n.Espi) && IsNestableResourceName(NodeName))
        {
            ReadNested();
            return;
        }
        _diagnostics.Unknown(NodeNamespace, NodeName, CurrentPath(), Line, Column, _entryId);
        SkipElement();
    }

    // ---- Errors (thrown in one place, as System.Text.Json does) -------------------------------------------------

    private GreenButtonException Truncated()
        => new("The input ended before the document was complete (truncated file?).", Source, Line, Column, CurrentPath(), _entryId, null);

    /// <summary>A data error (bad number, impossible value): recoverable in lenient mode by skipping the entry.</summary>
    private GreenButtonException DataError(string reason, string? leaf = null)
        => new(reason, Source, Line, Column, CurrentPath(leaf), _entryId, null) { IsDataError = true };

    /// <summary>Nesting beyond <see cref="GreenButtonReaderOptions.MaxDepth"/>: an error in every mode, as JSON readers do.</summary>
    [DoesNotReturn]
    private void ThrowTooDeep()
        => throw new GreenButtonException($"Elements are nested more than {_maxDepth} levels deep (GreenButtonReaderOptions.MaxDepth).",
            Source, Line, Column, CurrentPath(), _entryId, null);

    /// <summary>Locates an error of the XML reader (not well-formed, prohibited DTD, bad encoding) for the caller.</summary>
    internal GreenButtonException Wrap(Exception ex)
    {
        if (ex is XmlException xml)
        {
            var line = xml.LineNumber > 0 ? xml.LineNumber : Line;
            var column = xml.LineNumber > 0 ? xml.LinePosition : Column;
            return new GreenButtonException(XmlReason(xml), Source, line, column, CurrentPath(), _entryId, ex);
        }
        var reason = ex is DecoderFallbackException
            ? "The input is not in the encoding it declares: " + ex.Message
            : "Malformed XML: the XML reader failed on this input (" + ex.Message + ").";
        return new GreenButtonException(reason, Source, Line, Column, CurrentPath(), _entryId, ex);
    }

    /// <summary>
    /// An error of the XML reader: malformed XML, bytes not in the encoding, or an exception of another type thrown
    /// inside System.Xml itself (its reader throws <see cref="ArgumentOutOfRangeException"/> from a buffer copy when a
    /// declaration with a bad byte arrives in short reads), which must not leave the library as a foreign type.
    /// </summary>
    internal static bool IsReaderError(Exception ex)
        => ex is XmlException or DecoderFallbackException || (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException && ThrownInSystemXml(ex));

    /// <summary>Whether the first frame of <paramref name="ex"/>'s stack outside CoreLib is System.Xml's (not the input stream's).</summary>
    private static bool ThrownInSystemXml(Exception ex)
    {
        foreach (var frame in new System.Diagnostics.StackTrace(ex).GetFrames())
        {
            var assembly = System.Diagnostics.DiagnosticMethodInfo.Create(frame)?.DeclaringAssemblyName;
            if (assembly is null || assembly.StartsWith("System.Private.CoreLib", StringComparison.Ordinal))
            {
                continue;
            }
            return assembly.StartsWith("System.Private.Xml", StringComparison.Ordinal);
        }
        return false;
    }

    /// <summary>The reason of an XML reader's error: a DTD is refused by rule, and said plainly; anything else is malformed XML.</summary>
    internal static string XmlReason(XmlException xml)
        => IsProhibitedDtd(xml)
            ? "The document declares a DTD (<!DOCTYPE ...>). DTDs are refused for safety (entity expansion, external fetches); Green Button files never need one. Remove the DOCTYPE to read the file."
            : "Malformed XML: " + xml.Message;

    /// <summary>The reader's refusal of a DTD (<see cref="DtdProcessing.Prohibit"/>), told from other XML errors.</summary>
    internal static bool IsProhibitedDtd(XmlException xml)
        => xml.Message.Contains("DTD", StringComparison.Ordinal) || xml.Message.Contains("DtdProcessing", StringComparison.Ordinal);

    private string Quote(ReadOnlySpan<char> raw) => _options.RedactValues ? "(value redacted)" : $"'{(raw.Length > 64 ? string.Concat(raw[..64], "...") : raw.ToString())}'";
}
