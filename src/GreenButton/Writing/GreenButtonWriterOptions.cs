namespace GreenButton;

/// <summary>How <see cref="GreenButtonWriter"/> spells its output. The default writes UTF-8, Atom as the default namespace, ESPI under <c>espi:</c>.</summary>
public readonly record struct GreenButtonWriterOptions
{
    /// <summary>The ESPI URL root under which links are generated for resources built in code; see <see cref="GreenButtonWriter"/>.</summary>
    public const string DefaultBaseUri = "https://example.invalid/DataCustodian/espi/1_1/resource";

    /// <summary>Indent elements, one per line (two spaces); false writes one long line (about 15 % smaller).</summary>
    public bool Indent { get; init; }

    /// <summary>
    /// Break lines between elements without indenting them (as most utilities write): one element per line, no
    /// leading spaces. Ignored when <see cref="Indent"/> is set.
    /// </summary>
    public bool LineBreaks { get; init; }

    /// <summary>The prefix of the Atom namespace (e.g. <c>ns0</c>, as PG&amp;E writes); null or empty for the default namespace.</summary>
    public string? AtomPrefix { get; init; }

    /// <summary>
    /// The prefix of the ESPI namespace; null for <c>espi</c>; empty for ESPI as the default namespace (with an
    /// <see cref="AtomPrefix"/>: the smallest output, since ESPI elements outnumber Atom's).
    /// </summary>
    public string? EspiPrefix { get; init; }

    /// <summary>
    /// Where generated links start (<c>{BaseUri}/UsagePoint/1/MeterReading/1/IntervalBlock/1</c>); null for
    /// <see cref="DefaultBaseUri"/>. Links read from a file are always kept as read.
    /// </summary>
    public Uri? BaseUri { get; init; }

    /// <summary>
    /// Declare the customer namespace (<c>http://naesb.org/espi/customer</c>) once, on the root element, for a feed that will
    /// hold customer resources; otherwise it is declared on each customer resource element.
    /// <see cref="GreenButtonDocument.Save(Stream, GreenButtonWriterOptions)"/> and the merger decide it themselves.
    /// </summary>
    public bool DeclareCustomerNamespace { get; init; }

    /// <summary>Whether disposing the writer closes the stream or <see cref="System.Xml.XmlWriter"/> it writes to.</summary>
    public bool CloseOutput { get; init; }

    /// <summary>The name in diagnostics (a path, when saving to one; the input's, when rewriting one, as positions are its).</summary>
    public string? DestinationName { get; init; }

    /// <summary>Receives each diagnostic as it is found; <see cref="GreenButtonWriter.Diagnostics"/> gathers them without this.</summary>
    public Action<GreenButtonDiagnostic>? OnDiagnostic { get; init; }
}
