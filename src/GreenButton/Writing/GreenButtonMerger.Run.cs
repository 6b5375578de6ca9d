namespace GreenButton;

public static partial class GreenButtonMerger
{
    private sealed partial class Run(IReadOnlyList<GreenButtonMergeInput> inputs, GreenButtonMergeOptions options) : IDisposable
    {
        private readonly HrefKey _hrefs = new(null);
        private readonly List<GreenButtonDiagnostic> _diagnostics = [];
        private readonly List<Kept> _kept = [];
        private readonly Dictionary<string, Kept> _byKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Kept> _byContent = new(StringComparer.Ordinal);
        // (input, normalised self href of a resource merged into another input's) -> the kept one's href.
        private readonly Dictionary<(int Input, string Key), string> _aliases = [];
        private readonly List<MergedResource> _deduplicated = [];
        private readonly List<MergeConflict> _conflicts = [];
        private readonly MeterReadingOwners[] _owners = new MeterReadingOwners[inputs.Count];
        // Per meter reading (its normalised self href), per input, the time its blocks cover.
        private readonly Dictionary<string, Dictionary<int, MergeCoverage>> _coverage = new(StringComparer.Ordinal);
        private readonly Dictionary<(int Input, MeterReading Owner), string> _keyOf = [];
        private string? _folder;
        private int _duplicateEntries;
        private long _duplicateReadings;
        private long _contestedReadings;
        private long _contestedBlocks;
        private string? _feedId;
        private string? _feedTitle;
        private DateTimeOffset? _feedUpdated;
        private IReadOnlyList<AtomLink> _feedLinks = [];

        private GreenButtonReaderOptions ReaderOptions(int input, bool report)
            => options.ReaderOptions with { SourceName = inputs[input].Name, OnDiagnostic = report ? _diagnostics.Add : options.ReaderOptions.OnDiagnostic };

        /// <summary>A parser over a fresh stream of the input.</summary>
        private EspiParser Open(int input, bool report)
        {
            Stream stream;
            try
            {
                stream = inputs[input].Open();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new GreenButtonException($"{inputs[input].Name}: cannot open: {ex.Message}", ex);
            }
            return EspiParser.Create(stream, ReaderOptions(input, report), null, closeInput: true);
        }

        /// <summary>The folder of the temporary files, created when first needed.</summary>
        private string Folder()
        {
            if (_folder is null)
            {
                var root = options.TemporaryFolder ?? Path.GetTempPath();
                var folder = Path.Combine(root, $"greenbutton-merge-{Guid.NewGuid():N}");
                try
                {
                    Directory.CreateDirectory(folder);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    throw new GreenButtonException($"{root}: cannot create the merge's temporary folder: {ex.Message}", ex);
                }
                _folder = folder;
            }
            return _folder;
        }

        public void Dispose()
        {
            if (_folder is not null)
            {
                try
                {
                    Directory.Delete(_folder, recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Temporary files: the system cleans its temporary folder; the merge itself succeeded or already failed.
                }
            }
        }

        /// <summary>Pass 1: descriptive entries kept, each block's range added to its meter reading's coverage, contested readings counted.</summary>
        public void Index()
        {
            var unwritten = 0;
            var spools = new List<string>();
            for (var input = 0; input < inputs.Count; input++)
            {
                var entries = new List<AtomEntry>();
                var spool = Path.Combine(Folder(), $"blocks-{input}.bin");
                spools.Add(spool);
                using (var parser = Open(input, report: true))
                using (var blocks = new BinaryWriter(new FileStream(spool, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 14)))
                {
                    foreach (var entry in parser.ReadEntries())
                    {
                        if (entry.Resources.Count == 0)
                        {
                            unwritten++;
                            continue;
                        }
                        if (IsBlockEntry(entry))
                        {
                            // Which meter reading it belongs to is known once the input's MeterReadings are.
                            var (start, end) = Span(entry);
                            WriteHref(blocks, entry.UpHref);
                            WriteHref(blocks, entry.SelfHref);
                            blocks.Write(start);
                            blocks.Write(end);
                            blocks.Write(entry.Resources.Sum(r => (long)((IntervalBlock)r).ReadingSpan.Length));
                            continue;
                        }
                        entries.Add(entry);
                        Keep(entry, input);
                    }
                    if (input == 0)
                    {
                        (_feedId, _feedTitle, _feedLinks) = (parser.FeedId, parser.FeedTitle, [.. parser.FeedLinks]);
                    }
                    _feedUpdated = Max(_feedUpdated, parser.FeedUpdated);
                }
                _owners[input] = new MeterReadingOwners(entries, options.ReaderOptions.BaseUri);
                ReplayBlocks(spool, input, (key, start, end, _) => Coverage(key, input).Add(start, end));
            }
            for (var input = 0; input < inputs.Count; input++)
            {
                ReplayBlocks(spools[input], input, (key, start, end, readings) =>
                {
                    if (Contested(key, input, start, end))
                    {
                        _contestedBlocks++;
                        _contestedReadings += readings;
                    }
                });
                File.Delete(spools[input]);
            }
            if (unwritten > 0)
            {
                _diagnostics.Add(new GreenButtonDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.UnwrittenResource,
                    $"{unwritten} entries without a resource the reader knows were left out.") { Count = unwritten });
            }
        }

        private static void WriteHref(BinaryWriter writer, string? href)
        {
            writer.Write(href is not null);
            if (href is not null)
            {
                writer.Write(href);
            }
        }

        private static string? ReadHref(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

        private void ReplayBlocks(string spool, int input, Action<string, long, long, long> block)
        {
            using var reader = new BinaryReader(new FileStream(spool, FileMode.Open, FileAccess.Read, FileShare.None, 1 << 14, FileOptions.SequentialScan));
            while (reader.BaseStream.Position < reader.BaseStream.Length)
            {
                var up = ReadHref(reader);
                var self = ReadHref(reader);
                var (start, end, readings) = (reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64());
                block(Key(input, up, self), start, end, readings);
            }
        }

        private MergeCoverage Coverage(string key, int input)
        {
            if (!_coverage.TryGetValue(key, out var byInput))
            {
                _coverage[key] = byInput = [];
            }
            if (!byInput.TryGetValue(input, out var coverage))
            {
                byInput[input] = coverage = new MergeCoverage();
            }
            return coverage;
        }

        /// <summary>A block is contested when its time range meets another input's blocks of the same meter reading.</summary>
        private bool Contested(string key, int input, long start, long end)
        {
            if (!_coverage.TryGetValue(key, out var byInput) || byInput.Count < 2)
            {
                return false;
            }
            foreach (var (other, coverage) in byInput)
            {
                if (other != input && coverage.Meets(start, end))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>The meter reading a block belongs to (its self href, normalised; the one kept when it was merged), else its up href.</summary>
        private string Key(int input, string? up, string? self)
        {
            if (_owners[input].Of(up, self) is { } owner && _hrefs.Of(owner.SelfHref) is { } ownKey)
            {
                if (!_keyOf.TryGetValue((input, owner), out var key))
                {
                    _keyOf[(input, owner)] = key = Placed(input, ownKey);
                }
                return key;
            }
            return _hrefs.Transient(up) ?? "(unattached)";
        }

        /// <summary>The normalised key of what <paramref name="key"/> names once merged resources are replaced by the ones kept.</summary>
        private string Placed(int input, string key) => Alias(input, key) is { } kept ? _hrefs.Transient(kept) ?? key : key;

        /// <summary>
        /// The href of what <paramref name="key"/> (a normalised href of <paramref name="input"/>) names, when it or a resource
        /// above it was merged into another input's: the kept one's href, followed by the rest of the path; else null.
        /// </summary>
        private string? Alias(int input, string key)
        {
            if (_aliases.Count == 0)
            {
                return null;
            }
            for (var k = key; k is not null; k = HrefKey.Parent(k))
            {
                if (_aliases.TryGetValue((input, k), out var kept))
                {
                    return k.Length == key.Length ? kept : kept + key[k.Length..];
                }
            }
            return null;
        }

        /// <summary>The entry with its links (but self) to resources merged into another input's pointed at the kept ones.</summary>
        private AtomEntry Relinked(AtomEntry entry, int input)
        {
            if (_aliases.Count == 0)
            {
                return entry;
            }
            List<AtomLink>? links = null;
            for (var i = 0; i < entry.Links.Count; i++)
            {
                var link = entry.Links[i];
                if (!string.Equals(link.Rel, AtomLink.SelfRel, StringComparison.OrdinalIgnoreCase)
                    && _hrefs.Transient(link.Href) is { } key && Alias(input, key) is { } kept)
                {
                    links ??= [.. entry.Links];
                    links[i] = link with { Href = kept };
                }
            }
            return links is null ? entry : With(entry, links, entry.Resources);
        }

        private static AtomEntry With(AtomEntry entry, IReadOnlyList<AtomLink> links, IReadOnlyList<EspiResource> resources) => new()
        {
            Id = entry.Id,
            Title = entry.Title,
            HasTitle = entry.HasTitle,
            Published = entry.Published,
            Updated = entry.Updated,
            Links = links,
            Resources = resources,
            Line = entry.Line,
            Column = entry.Column,
        };

        private static bool IsBlockEntry(AtomEntry entry) => entry.Resources.All(r => r is IntervalBlock);

        private static (long Start, long End) Span(AtomEntry entry)
        {
            long start = long.MaxValue, end = long.MinValue;
            foreach (var block in entry.Resources.Cast<IntervalBlock>())
            {
                foreach (ref readonly var reading in block.ReadingSpan)
                {
                    start = Math.Min(start, reading.StartSeconds);
                    end = Math.Max(end, reading.EndSeconds);
                }
                if (block.ReadingSpan.Length == 0 && block.Interval is { } interval)
                {
                    start = Math.Min(start, interval.StartSeconds);
                    end = Math.Max(end, interval.EndSeconds);
                }
            }
            return start <= end ? (start, end) : (0, 0);
        }

        private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
    }
}
