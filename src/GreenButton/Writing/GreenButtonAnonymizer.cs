using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GreenButton;

/// <summary>
/// Writes the same usage data without personal data, streaming (memory bounded by one entry): to share it, or to attach
/// to a bug report. What is kept and what is removed is listed in the README ("Anonymising").
/// </summary>
/// <remarks>
/// Removed: titles; ServiceDeliveryPoint name and customerAgreement; readRoute, outageRegion, serviceDeliveryRemark,
/// pnodeRefs and aggregateNodeRefs; tokens, secrets, phone numbers and contacts; every customer-namespace resource
/// (entries without an ESPI usage resource). Replaced: each path segment of every href (links and href values) that is
/// not an ESPI name, the entry ids, the feed id and client ids, by keyed hashes. Kept: the host of hrefs, every usage
/// value, cost, quality, reading type, time zone and summary, moved by <see cref="GreenButtonAnonymizerOptions.ShiftDays"/>
/// and jittered only when asked.
/// </remarks>
public static class GreenButtonAnonymizer
{
    /// <summary>Anonymises <paramref name="input"/> into <paramref name="output"/> (both left open).</summary>
    /// <returns>The writer's diagnostics and a count of entries left out.</returns>
    /// <exception cref="GreenButtonException">The input cannot be read or the output written.</exception>
    public static IReadOnlyList<GreenButtonDiagnostic> Anonymize(Stream input, Stream output, GreenButtonAnonymizerOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var filter = new AnonymizingFilter(options);
        var diagnostics = new List<GreenButtonDiagnostic>();
        using var parser = EspiParser.Create(input, options.ReaderOptions, diagnostics, closeInput: false);
        // The writer's findings are placed at the input's entries: name them by the input.
        var writerOptions = options.WriterOptions with { CloseOutput = false, DestinationName = options.WriterOptions.DestinationName ?? options.ReaderOptions.SourceName };
        var writer = new GreenButtonWriter(output, writerOptions, filter);
        try
        {
            var started = false;
            var removed = 0;
            foreach (var entry in parser.ReadEntries())
            {
                if (!started)
                {
                    writer.WriteFeedStart(parser.FeedId, null, parser.FeedUpdated, parser.FeedLinks); // the writer shifts dates
                    started = true;
                }
                if (entry.Resources.Count == 0 || entry.Resources.Any(r => r is CustomerResource))
                {
                    removed++;
                    continue;
                }
                writer.WriteEntry(entry);
            }
            if (!started)
            {
                writer.WriteFeedStart(parser.FeedId, null, parser.FeedUpdated, parser.FeedLinks); // the writer shifts dates
            }
            writer.WriteFeedEnd();
            if (removed > 0)
            {
                diagnostics.Add(new GreenButtonDiagnostic(DiagnosticSeverity.Info, DiagnosticCodes.UnwrittenResource,
                    $"{removed} entries without an ESPI usage resource (customer data) were removed.") { Count = removed });
            }
        }
        catch (IOException ex)
        {
            throw new GreenButtonException($"The anonymised feed cannot be written: {ex.Message}", ex);
        }
        finally
        {
            writer.Dispose();
        }
        diagnostics.AddRange(writer.Diagnostics);
        return diagnostics;
    }

    /// <summary>Anonymises the file <paramref name="inputPath"/> into <paramref name="outputPath"/> (created or replaced).</summary>
    /// <exception cref="GreenButtonException">The input cannot be read or the output written.</exception>
    public static IReadOnlyList<GreenButtonDiagnostic> Anonymize(string inputPath, string outputPath, GreenButtonAnonymizerOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(inputPath);
        ArgumentNullException.ThrowIfNull(outputPath);
        using var input = GreenButtonReader.OpenFile(inputPath);
        using var output = GreenButtonWriterFiles.Create(outputPath);
        return Anonymize(input, output, options with { ReaderOptions = GreenButtonReader.WithSource(options.ReaderOptions, inputPath) });
    }

    /// <summary>The filter: keyed hashes for ids, a whole-day shift for instants, an optional keyed jitter for values.</summary>
    private sealed class AnonymizingFilter : WriteFilter
    {
        // Path segments that name ESPI collections and services, kept so that the URL structure still reads.
        private static readonly HashSet<string> s_espiNames = new(StringComparer.OrdinalIgnoreCase)
        {
            "DataCustodian", "espi", "1_1", "resource", "Subscription", "RetailCustomer", "UsagePoint", "MeterReading", "IntervalBlock",
            "ReadingType", "LocalTimeParameters", "UsageSummary", "ElectricPowerUsageSummary", "ElectricPowerQualitySummary",
            "ApplicationInformation", "Authorization", "Batch", "Bulk", "BatchList", "ServiceStatus", "ReadServiceStatus",
            "ProgramIdMappings", "Customer", "CustomerAccount", "CustomerAgreement", "ServiceLocation", "ServiceSupplier",
            "Meter", "EndDevice", "Statement", "ServiceDeliveryPoint",
        };

        private readonly byte[] _key;
        private readonly bool _jitter;
        private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);

        public AnonymizingFilter(GreenButtonAnonymizerOptions options)
        {
            _key = options.Key is { } key ? Encoding.UTF8.GetBytes(key) : RandomNumberGenerator.GetBytes(32);
            _jitter = options.Jitter;
            ShiftSeconds = options.ShiftDays * 86_400L;
        }

        public override long ShiftSeconds { get; }

        public override bool Jitters => _jitter;

        private byte[] Hash(string purpose, string value) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(purpose + "\n" + value));

        private string Segment(string segment)
        {
            if (segment.Length == 0 || s_espiNames.Contains(segment))
            {
                return segment;
            }
            if (!_cache.TryGetValue(segment, out var hashed))
            {
                hashed = Convert.ToHexStringLower(Hash("segment", segment).AsSpan(0, 8));
                if (_cache.Count < 100_000)
                {
                    _cache[segment] = hashed; // bounded: a feed names few distinct ids, blocks number theirs
                }
            }
            return hashed;
        }

        public override string Href(string href)
        {
            var schemeEnd = href.IndexOf("://", StringComparison.Ordinal);
            var pathStart = schemeEnd < 0 ? 0 : href.IndexOf('/', schemeEnd + 3);
            if (pathStart < 0)
            {
                return href;
            }
            var query = href.IndexOfAny(['?', '#'], pathStart);
            var path = query < 0 ? href[pathStart..] : href[pathStart..query];
            var builder = new StringBuilder(href.Length + 16).Append(href, 0, pathStart);
            var segments = path.Split('/');
            for (var i = 0; i < segments.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append('/');
                }
                builder.Append(Segment(segments[i]));
            }
            return builder.ToString(); // the query is dropped: it may carry ids too
        }

        public override string EntryId(string id) => "urn:uuid:" + EntryIds.FromBytes(Hash("id", id), version: 8).ToString("D", CultureInfo.InvariantCulture);

        public override string? FeedId(string? id) => id is null ? null : EntryId(id);

        public override (long Value, long? Cost) Jitter(long startSeconds, long value, long? cost)
        {
            Span<byte> bytes = stackalloc byte[8];
            BitConverter.TryWriteBytes(bytes, startSeconds ^ value);
            var hash = HMACSHA256.HashData(_key, bytes);
            // A factor in [0.95, 1.05], the same for the value and the cost of one reading.
            var factor = 0.95m + (BitConverter.ToUInt16(hash, 0) / 65535m * 0.10m);
            return ((long)decimal.Round(value * factor), cost is { } c ? (long)decimal.Round(c * factor) : null);
        }
    }
}
