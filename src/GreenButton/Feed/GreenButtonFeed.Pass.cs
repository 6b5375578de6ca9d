namespace GreenButton;

public sealed partial class GreenButtonFeed
{
    /// <summary>
    /// The first pass: every entry kept, each IntervalBlock without readings, its readings reduced to statistics and runs
    /// (and spooled, when asked) as the parser reads them; then the links resolved as the document resolves them.
    /// </summary>
    private sealed class Pass
    {
        /// <summary>Every IntervalBlock in document order, each with its index (<see cref="IntervalBlock.FeedIndex"/>) and statistics (<see cref="IntervalBlock.ReducedStatistics"/>).</summary>
        public List<IntervalBlock> Blocks { get; } = [];

        /// <summary>Each block's runs, by its index in <see cref="Blocks"/>: held only until the feed has placed them on its series' timelines.</summary>
        public List<BlockRun[]> Runs { get; } = [];

        /// <summary>What the pass keeps of blocks the parser reduced (<see cref="ReduceReadings"/>) whose entry has not ended yet.</summary>
        private readonly Dictionary<IntervalBlock, Reduced> _pending = new(ReferenceEqualityComparer.Instance);

        public ReadingStatistics Statistics { get; } = new();

        /// <summary>Where each block's readings start in the spool, by its index in <see cref="Blocks"/>, when they are spooled.</summary>
        public List<long> SpoolOffsets { get; } = [];

        /// <summary>Each block's reading origin (its hrefs), by its index in <see cref="Blocks"/>, when its readings are spooled.</summary>
        public List<ReadingOrigin?> Origins { get; } = [];

        public ReadingSpool? Spool { get; private init; }

        public GreenButtonDocument Document { get; private set; } = null!;

        public static Pass Read(Stream stream, GreenButtonReaderOptions options, ReadingSpool? spool, CancellationToken cancellationToken)
        {
            var pass = new Pass { Spool = spool };
            var diagnostics = new List<GreenButtonDiagnostic>();
            using var parser = EspiParser.Create(stream, options, diagnostics, closeInput: false);
            // Each block's readings are reduced (and spooled) as the parser reads them, into no array.
            parser.ReduceBlockReadings = pass.ReduceReadings;
            var entries = new List<AtomEntry>();
            foreach (var entry in parser.ReadEntries())
            {
                cancellationToken.ThrowIfCancellationRequested();
                entries.Add(pass.Reduce(entry));
            }
            cancellationToken.ThrowIfCancellationRequested();
            spool?.Complete();
            pass.Document = GreenButtonDocument.FromParser(entries, diagnostics, parser);
            // After the document's folding of decimal values has brought each block's statistics to its series' power.
            foreach (var block in pass.Blocks)
            {
                pass.Statistics.Add(block.ReducedStatistics!);
            }
            return pass;
        }

        /// <summary>
        /// A block's readings, as the parser reads them: its statistics, runs and (when spooled) their place in the spool
        /// and their hrefs are all the pass keeps of them, until the block's entry ends.
        /// </summary>
        private void ReduceReadings(IntervalBlock block, ReadOnlySpan<IntervalReading> readings)
        {
            var statistics = new ReadingStatistics();
            statistics.Add(readings);
            block.ReducedStatistics = statistics;
            var offset = Spool?.Write(readings) ?? -1;
            _pending[block] = readings.IsEmpty
                ? new Reduced(BlockRun.Of(readings), offset, false, null, null)
                : new Reduced(BlockRun.Of(readings), offset, true, readings[0].BlockHref, readings[0].MeterReadingHref);
        }

        /// <summary>What <see cref="ReduceReadings"/> keeps of a block until its entry ends.</summary>
        private readonly record struct Reduced(BlockRun[] Runs, long SpoolOffset, bool HasReadings, string? BlockHref, string? MeterReadingHref);

        /// <summary>The readings' origin, or the shared marker <c>s_ofEntry</c> when it is their entry's self and up hrefs (most blocks): nothing more held per block.</summary>
        private static ReadingOrigin? OriginOf(AtomEntry entry, bool hasReadings, string? blockHref, string? meterReadingHref)
        {
            if (!hasReadings)
            {
                return null;
            }
            return blockHref is not null && blockHref == entry.SelfHref && meterReadingHref == entry.UpHref ? s_ofEntry : ReadingOrigin.Of(blockHref, meterReadingHref);
        }

        private void Add(IntervalBlock block, BlockRun[] runs)
        {
            block.FeedIndex = Blocks.Count;
            Blocks.Add(block);
            Runs.Add(runs);
        }

        private void AddSpooled(AtomEntry entry, long offset, bool hasReadings, string? blockHref, string? meterReadingHref)
        {
            SpoolOffsets.Add(offset);
            Origins.Add(OriginOf(entry, hasReadings, blockHref, meterReadingHref));
        }

        /// <summary>The entry with its IntervalBlocks replaced by copies without readings (the entry itself when it has none).</summary>
        private AtomEntry Reduce(AtomEntry entry)
        {
            EspiResource[]? resources = null;
            for (var i = 0; i < entry.Resources.Count; i++)
            {
                if (entry.Resources[i] is not IntervalBlock block)
                {
                    continue;
                }
                if (block.ReducedStatistics is not null && _pending.Remove(block, out var reduced))
                {
                    // Reduced by the parser (ReduceReadings): the block holds no readings and is kept as it is.
                    Add(block, reduced.Runs);
                    if (Spool is not null)
                    {
                        // As the parser gives a block's readings its entry's hrefs when the links came after the content.
                        var (blockHref, meterReadingHref) = EspiParser.TakesEntryHrefs(reduced.BlockHref, entry)
                            ? (entry.SelfHref, entry.UpHref) : (reduced.BlockHref, reduced.MeterReadingHref);
                        AddSpooled(entry, reduced.SpoolOffset, reduced.HasReadings, blockHref, meterReadingHref);
                    }
                    continue;
                }
                resources ??= [.. entry.Resources];
                var statistics = new ReadingStatistics();
                var copy = new IntervalBlock
                {
                    Interval = block.Interval, BatchItemInfo = block.BatchItemInfo, Line = block.Line, Column = block.Column,
                    ReducedStatistics = statistics,
                };
                statistics.Add(block.ReadingSpan);
                var runs = BlockRun.Of(block.ReadingSpan);
                if (Spool is { } spool)
                {
                    var readings = block.ReadingSpan;
                    AddSpooled(entry, spool.Write(readings), !readings.IsEmpty, readings.IsEmpty ? null : readings[0].BlockHref,
                        readings.IsEmpty ? null : readings[0].MeterReadingHref);
                }
                Add(copy, runs);
                resources[i] = copy;
            }
            return resources is null ? entry : new AtomEntry
            {
                Id = entry.Id, Title = entry.Title, Published = entry.Published, Updated = entry.Updated, Links = entry.Links,
                Resources = resources, Line = entry.Line, Column = entry.Column,
            };
        }
    }
}
