using System.Xml;
using System.Xml.Schema;

namespace GreenButton.Tests.Writing;

/// <summary>
/// The published ESPI 4.0 schemas (espi.xsd, customer.xsd, atom.xsd, xml.xsd) from <c>../shared/schemas</c> beside the
/// repository (or <c>GREENBUTTON_SCHEMAS</c>), else the repository's own <c>schemas/</c>; tests that need them skip,
/// saying so, when none is there.
/// </summary>
internal static class EspiSchemas
{
    public const string MissingMessage = "The ESPI 4.0 schemas (../shared/schemas or $GREENBUTTON_SCHEMAS) are not present: schema checks skipped.";

    private static readonly string[] s_files = ["espi.xsd", "customer.xsd", "atom.xsd", "xml.xsd"];
    private static readonly Lazy<string?> s_directory = new(Locate);
    private static readonly Lazy<XmlSchemaSet> s_set = new(Load);

    public static bool Exists => s_directory.Value is not null;

    /// <summary>The validation errors of <paramref name="xml"/> (first 20), empty when it is valid.</summary>
    public static List<string> Validate(byte[] xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = s_set.Value, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) =>
        {
            if (errors.Count < 20)
            {
                errors.Add($"{e.Severity} {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
            }
        };
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }
        return errors;
    }

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("GREENBUTTON_SCHEMAS") is { Length: > 0 } fromEnv && s_files.All(f => File.Exists(Path.Combine(fromEnv, f))))
        {
            return fromEnv;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GreenButton.sln")))
            {
                // ../shared/schemas, else the repository's own copy (schemas/, the same files byte for byte: SOURCES.md),
                // so that a fresh clone checks its output against the schemas too.
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "schemas"));
                var own = Path.Combine(dir.FullName, "schemas");
                return new[] { shared, own }.FirstOrDefault(candidate => s_files.All(f => File.Exists(Path.Combine(candidate, f))));
            }
        }
        return null;
    }

    private static XmlSchemaSet Load()
    {
        var directory = s_directory.Value ?? throw new InvalidOperationException(MissingMessage);
        var set = new XmlSchemaSet { XmlResolver = new LocalResolver(directory) };
        foreach (var file in new[] { "atom.xsd", "espi.xsd", "customer.xsd" }) // xml.xsd comes through atom.xsd's import
        {
            using var reader = XmlReader.Create(Path.Combine(directory, file), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
            set.Add(null, reader);
        }
        set.Compile();
        return set;
    }

    /// <summary>Resolves the schemas' imports (atom.xsd imports xml.xsd by its w3.org address) to the local files; nothing is fetched.</summary>
    private sealed class LocalResolver(string directory) : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
            => File.OpenRead(Path.Combine(directory, Path.GetFileName(absoluteUri.AbsolutePath)));
    }
}

/// <summary>A fact that needs the ESPI schemas; skipped, with the reason, when they are absent.</summary>
public sealed class SchemaFactAttribute : FactAttribute
{
    /// <summary>Skips when the schemas are missing.</summary>
    public SchemaFactAttribute()
    {
        if (!EspiSchemas.Exists)
        {
            Skip = EspiSchemas.MissingMessage;
        }
    }
}
