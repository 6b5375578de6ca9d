using System.Xml;
using System.Xml.Schema;

namespace GreenButton;

/// <summary>The validator's entry point: the parser reads through a schema-validating reader, so one pass does both.</summary>
internal sealed partial class EspiParser
{
    /// <summary>No inline schemas, no schemaLocation hints, no identity constraints (ESPI declares none): streaming, no fetch.</summary>
    private const XmlSchemaValidationFlags SchemaFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.AllowXmlAttributes;

    /// <summary>
    /// A parser over <paramref name="stream"/> whose reader validates against <paramref name="schemas"/> as it goes, reporting
    /// to <paramref name="onSchemaEvent"/> (errors and warnings; the sender is the reader, a <see cref="SchemaPushReader"/>
    /// that says which node was validated, or with <paramref name="validatingReader"/> .NET's validating reader, on the node).
    /// </summary>
    public static EspiParser CreateValidating(Stream stream, GreenButtonReaderOptions options, bool closeInput, bool async,
        XmlSchemaSet schemas, ValidationEventHandler onSchemaEvent, bool validatingReader = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var names = new EspiNames();
        var diagnostics = new DiagnosticCollector(options.SourceName, options.OnDiagnostic, null, options.RedactValues);
        var settings = CreateSettings(names.Table, closeInput, async);
        if (validatingReader)
        {
            settings.ValidationType = ValidationType.Schema;
            settings.Schemas = schemas;
            settings.ValidationFlags = SchemaFlags;
            settings.ValidationEventHandler += onSchemaEvent;
        }
        try
        {
            var inner = XmlReader.Create(stream, settings);
            XmlReader reader = validatingReader
                ? new SchemaCheckingReader(inner)
                : new SchemaPushReader(inner, schemas, SchemaFlags, onSchemaEvent);
            // Async: the walker reads a replay of units recorded from the validating reader, as EspiParser.Create does.
            return async
                ? new EspiParser(new ReplayReader(names.Table), names, options, diagnostics, reader)
                : new EspiParser(reader, names, options, diagnostics);
        }
        catch (XmlException ex)
        {
            throw new GreenButtonException(ex.Message, options.SourceName, ex.LineNumber, ex.LinePosition, null, null, ex);
        }
    }

    /// <summary>Reads what follows the root element to the end, so that a second root or trailing garbage is found.</summary>
    public void ReadToEnd()
    {
        try
        {
            var reader = _source ?? _reader;
            while (reader.Read())
            {
            }
        }
        catch (Exception ex) when (Cancelled(ex))
        {
            throw CancelledBy(ex);
        }
        catch (Exception ex) when (IsReaderError(ex))
        {
            throw AfterRoot(ex);
        }
    }

    /// <summary>Reads what follows the root element to the end, asynchronously.</summary>
    public async Task ReadToEndAsync()
    {
        try
        {
            var reader = _source ?? _reader;
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
            }
        }
        catch (Exception ex) when (IsReaderError(ex))
        {
            throw AfterRoot(ex);
        }
    }

    /// <summary>An XML error after the root element: no element path applies.</summary>
    private GreenButtonException AfterRoot(Exception ex)
    {
        var wrapped = Wrap(ex);
        return new GreenButtonException(wrapped.Reason, wrapped.Source, wrapped.Line, wrapped.Column, null, null, ex);
    }

    /// <summary>The element path the parser is at, with the reader's current element as leaf when it has not entered it yet.</summary>
    public string ValidationPath(XmlReader reader)
    {
        var leaf = reader.NodeType is XmlNodeType.Element or XmlNodeType.EndElement && reader.LocalName.Length > 0 ? reader.LocalName : null;
        return CurrentPath(leaf);
    }

    /// <summary>The Atom id of the entry being read, once its id was read.</summary>
    public string? CurrentEntryId => _entryId;
}
