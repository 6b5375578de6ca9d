using System.Xml;
using System.Xml.Schema;

namespace GreenButton;

/// <summary>
/// The embedded XSD sets, compiled once per process. Every schema a set imports is added to it, so no
/// <c>schemaLocation</c> is ever resolved (atom.xsd names xml.xsd by a w3.org URL: the embedded copy serves).
/// A compiled set is only read by the validating readers that share it.
/// </summary>
internal static class SchemaSets
{
    private static readonly Lazy<XmlSchemaSet> s_espi40 = new(() => Compile("xml.xsd", "atom.xsd", "espi.xsd", "customer.xsd"));
    private static readonly Lazy<XmlSchemaSet> s_espi33 = new(() => Compile("xml.xsd", "ESPI_3.3.atom.xsd", "ESPI_3.3.usage.xsd", "ESPI_3.3.retailcustomer.xsd"));

    public static XmlSchemaSet For(EspiSchemaVersion version) => version switch
    {
        EspiSchemaVersion.Espi40 => s_espi40.Value,
        EspiSchemaVersion.Espi33 => s_espi33.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "No schema set for this version."),
    };

    private static XmlSchemaSet Compile(params string[] names)
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        foreach (var name in names)
        {
            using var stream = typeof(SchemaSets).Assembly.GetManifestResourceStream("GreenButton.Schemas." + name)
                ?? throw new InvalidOperationException($"The embedded schema {name} is missing from the assembly.");
            using var reader = XmlReader.Create(stream, settings, "embedded:" + name);
            set.Add(XmlSchema.Read(reader, null)!);
        }
        set.Compile();
        return set;
    }
}
