namespace GreenButton;

public sealed partial class GreenButtonFeed
{
    /// <summary>
    /// The first pass: every entry kept, each IntervalBlock replaced by a copy without readings, its readings reduced to
    /// statistics and runs; then the links resolved as the document resolves them.
    /// </summary>
    private sealed class Pass
    {
        /// <summary>Every IntervalBlock in document order, each with its index (<see cref="IntervalBlock.FeedIndex"/>) and statistics (<see cref="IntervalBlock.ReducedStatistics"/>).</summary>
        public List<IntervalBlock> Blocks { get; } = [];

        /// <summary>Each block's runs, by its index in <see cref="Blocks"/>: held only until the feed has placed them on its series' timelines.</summary>
        public List<BlockRun[]> Runs { get; } = [];

        /// <summary>The runs of blocks the parser reduced (<see cref="ReduceReadings"/>) whose entry has not ended yet.</summary>
        private readonly Dictionary<IntervalBlock, BlockRun[]> _pendingRuns = new(ReferenceEqualityComparer.Instance);

        public ReadingStatistics Statistics { get; } = new();

        /// <summary>Each block's reading origin (its hrefs), when its readings are spooled.</summary>
        public List<ReadingOrigin?> Origins { get; } = [];

        public ReadingSpool? Spool { get; private init; }

        public GreenButtonDocument Document { get; private set; } = null!;

        public static Pass Read(Stream stream, GreenButtonReaderOptions options, ReadingSpool? spool, CancellationToken cancellationToken)
        {
            var pass = new Pass { Spool = spool };
            var diagnostics = new List<GreenButtonDiagnostic>();
            using var parser = EspiParser.Create(stream, options, diagnostics, closeInput: false);
            if (spool is null)
            {
                // Only the figures are kept: each block's readings are reduced as the parser reads them, into no array.
                parser.ReduceBlockReadings = pass.ReduceReadings;
            }
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

        /// <summary>A block's readings, as the parser reads them: its statistics and runs are all the pass keeps of them.</summary>
        private void ReduceReadings(IntervalBlock block, ReadOnlySpan<IntervalReading> readings)
        {
            var statistics = new ReadingStatistics();
            statistics.Add(readings);
            block.ReducedStatistics = statistics;
            _pendingRuns[block] = BlockRun.Of(readings);
        }

        /// <summary>The readings' origin, or the shared marker <c>s_ofEntry</c> when it is their entry's self and up hrefs (most blocks): nothing more held per block.</summary>
        private static ReadingOrigin? OriginOf(AtomEntry entry, ReadOnlySpan<IntervalReading> readings)
        {
            if (readings.IsEmpty)
            {
                return null;
            }
            var (blockHref, meterReadingHref) = (readings[0].BlockHref, readings[0].MeterReadingHref);
            return blockHref is not null && blockHref == entry.SelfHref && meterReadingHref == entry.UpHref ? s_ofEntry : ReadingOrigin.Of(blockHref, meterReadingHref);
        }

        private void Add(IntervalBlock block, BlockRun[] runs)
        {
            block.FeedIndex = Blocks.Count;
            Blocks.Add(block);
            Runs.Add(runs);
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
                if (block.ReducedStatistics is not null)
                {
                    // Reduced by the parser (ReduceReadings): the block holds no readings and is kept as it is.
                    _pendingRuns.Remove(block, out var reducedRuns);
                    Add(block, reducedRuns ?? []);
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
                    spool.Write(block.ReadingSpan);
                    Origins.Add(OriginOf(entry, block.ReadingSpan));
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
