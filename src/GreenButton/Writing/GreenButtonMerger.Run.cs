namespace GreenButton;

public static partial class GreenButtonMerger
{
    private sealed partial class Run(IReadOnlyList<string> inputs, GreenButtonMergeOptions options)
    {
        private readonly HrefKey _hrefs = new(null);
        private readonly List<GreenButtonDiagnostic> _diagnostics = [];
        private readonly List<Kept> _kept = [];
        private readonly Dictionary<string, Kept> _byKey = new(StringComparer.Ordinal);
        private readonly List<BlockInfo> _blocks = [];
        private readonly Dictionary<(int Input, int Ordinal), BlockInfo> _blockAt = [];
        private readonly List<MergeConflict> _conflicts = [];
        private readonly Dictionary<string, Kept> _byContent = new(StringComparer.Ordinal);
        private readonly Dictionary<(int Input, string Href), string> _aliases = [];
        private int _duplicateEntries;
        private long _duplicateReadings;
        private string? _feedId;
        private string? _feedTitle;
        private DateTimeOffset? _feedUpdated;
        private IReadOnlyList<AtomLink> _feedLinks = [];

        private GreenButtonReaderOptions ReaderOptions(int input)
            => options.ReaderOptions with { SourceName = inputs[input], OnDiagnostic = _diagnostics.Add };

        /// <summary>Pass 1: descriptive entries kept, blocks indexed (their readings dropped), meter readings resolved per input.</summary>
        public void Index()
        {
            var unwritten = 0;
            for (var input = 0; input < inputs.Count; input++)
            {
                var entries = new List<AtomEntry>();
                var stubs = new List<(AtomEntry Stub, BlockInfo Info)>();
                using var parser = EspiParser.Create(GreenButtonReader.OpenFile(inputs[input]), ReaderOptions(input), null, closeInput: true);
                var ordinal = 0;
                foreach (var entry in parser.ReadEntries())
                {
                    ordinal++;
                    if (entry.Resources.Count == 0)
                    {
                        unwritten++;
                        continue;
                    }
                    if (IsBlockEntry(entry))
                    {
                        var (start, end) = Span(entry);
                        var info = new BlockInfo(input, ordinal, start, end);
                        var stub = new AtomEntry
                        {
                            Id = entry.Id,
                            Links = entry.Links,
                            Line = entry.Line,
                            Column = entry.Column,
                            Resources = entry.Resources.Select(r => (EspiResource)new IntervalBlock { Interval = ((IntervalBlock)r).Interval }).ToList(),
                        };
                        stubs.Add((stub, info));
                        _blocks.Add(info);
                        _blockAt[(input, ordinal)] = info;
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
                // The graph of this input (descriptive entries and block stubs) names each block's meter reading.
                var doc = GreenButtonDocument.FromEntries(entries.Concat(stubs.Select(s => s.Stub)), ReaderOptions(input));
                foreach (var (stub, info) in stubs)
                {
                    var block = (IntervalBlock)stub.Resources[0];
                    info.Key = _hrefs.Of(block.MeterReading?.SelfHref) ?? _hrefs.Of(stub.UpHref) ?? "(unattached)";
                }
                GC.KeepAlive(doc);
            }
            if (unwritten > 0)
            {
                _diagnostics.Add(new GreenButtonDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.UnwrittenResource,
                    $"{unwritten} entries without a resource the reader knows were left out.") { Count = unwritten });
            }
            MarkContested();
        }

        /// <summary>The entry with its links to descriptions merged into another input's pointed at the kept ones.</summary>
        private AtomEntry Relinked(AtomEntry entry, int input)
        {
            if (_aliases.Count == 0 || !entry.Links.Any(l => _hrefs.Of(l.Href) is { } key && _aliases.ContainsKey((input, key))))
            {
                return entry;
            }
            var links = entry.Links.Select(l => _hrefs.Of(l.Href) is { } key && _aliases.TryGetValue((input, key), out var kept) ? l with { Href = kept } : l).ToList();
            return new AtomEntry
            {
                Id = entry.Id,
                Title = entry.Title,
                Published = entry.Published,
                Updated = entry.Updated,
                Links = links,
                Resources = entry.Resources,
                Line = entry.Line,
                Column = entry.Column,
            };
        }

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

        /// <summary>A descriptive entry: kept the first time its identity is seen; a different content under one identity is a conflict.</summary>
        private void Keep(AtomEntry entry, int input)
        {
            var content = string.Concat(entry.Resources.Select(GreenButtonWriter.ResourceXml));
            var self = _hrefs.Of(entry.SelfHref);
            var key = self is not null ? "href:" + self : "content:" + content;
            // A ReadingType or LocalTimeParameters is a pure description: the same content under another href is the same
            // one, and the links that name it are pointed at the one kept. (Usage points are not: two meters may read alike.)
            var described = entry.Resources is [ReadingType or LocalTimeParameters];
            if (!_byKey.ContainsKey(key) && described && self is not null && _byContent.TryGetValue(content, out var same) && same.Entry.SelfHref is { } keptHref)
            {
                _aliases[(input, self)] = keptHref;
                _duplicateEntries++;
                return;
            }
            if (!_byKey.TryGetValue(key, out var kept))
            {
                kept = new Kept(entry, content, input);
                _byKey[key] = kept;
                _kept.Add(kept);
                if (described)
                {
                    _byContent.TryAdd(content, kept);
                }
                return;
            }
            _duplicateEntries++;
            if (kept.Content == content)
            {
                return;
            }
            var winner = options.Prefer == MergePreference.Last ? input : kept.Input;
            _diagnostics.Add(new GreenButtonDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.MergeConflict,
                $"{entry.Resources[0].ResourceName} {entry.SelfHref} differs between {inputs[kept.Input]} and {inputs[input]}; kept the one from {inputs[winner]}.")
            {
                Source = inputs[input],
                Line = entry.Line,
                Column = entry.Column,
                EntryId = entry.Id,
            });
            if (options.Prefer == MergePreference.Last)
            {
                (kept.Entry, kept.Content, kept.Input) = (entry, content, input);
            }
        }

        /// <summary>A block is contested when its time range meets another input's blocks of the same meter reading.</summary>
        private void MarkContested()
        {
            foreach (var group in _blocks.GroupBy(b => b.Key, StringComparer.Ordinal))
            {
                var byInput = group.GroupBy(b => b.Input).ToDictionary(g => g.Key, g => Coverage(g));
                if (byInput.Count < 2)
                {
                    continue;
                }
                foreach (var block in group)
                {
                    block.Contested = byInput.Any(other => other.Key != block.Input && Meets(other.Value, block.Start, block.End));
                }
            }
        }

        /// <summary>The union of the blocks' ranges, as sorted disjoint intervals.</summary>
        private static List<(long Start, long End)> Coverage(IEnumerable<BlockInfo> blocks)
        {
            var merged = new List<(long Start, long End)>();
            foreach (var block in blocks.OrderBy(b => b.Start))
            {
                if (merged.Count > 0 && block.Start <= merged[^1].End)
                {
                    merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, block.End));
                }
                else
                {
                    merged.Add((block.Start, block.End));
                }
            }
            return merged;
        }

        private static bool Meets(List<(long Start, long End)> coverage, long start, long end)
        {
            // Touching ends do not overlap; a zero-length block meets what contains its instant.
            var low = 0;
            var high = coverage.Count - 1;
            while (low <= high)
            {
                var mid = (low + high) / 2;
                var (s, e) = coverage[mid];
                if (e <= start && !(s == e && s == start))
                {
                    low = mid + 1;
                }
                else if (s >= end && !(start == end && s == start))
                {
                    high = mid - 1;
                }
                else
                {
                    return true;
                }
            }
            return false;
        }
    }
}
