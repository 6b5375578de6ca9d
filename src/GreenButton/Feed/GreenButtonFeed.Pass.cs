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
            cancellationToken.ThrowIfCancellationRequested();
            using var parser = EspiParser.Create(stream, options, diagnostics, closeInput: false);
            // Each block's readings are reduced (and spooled) as the parser reads them, into no array.
            parser.ReduceBlockReadings = pass.ReduceReadings;
            parser.Cancellation = cancellationToken;
            var entries = new List<AtomEntry>();
            foreach (var entry in parser.ReadEntries())
            {
                pass.AddBlocks(entry);
                entries.Add(entry);
            }
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
        /// and their origin are all the pass keeps of them, until the block's entry ends.
        /// </summary>
        private void ReduceReadings(IntervalBlock block, ReadOnlySpan<IntervalReading> readings)
        {
            var statistics = new ReadingStatistics();
            statistics.Add(readings);
            block.ReducedStatistics = statistics;
            var offset = Spool?.Write(readings) ?? -1;
            _pending[block] = new Reduced(BlockRun.Of(readings), offset, readings.IsEmpty ? null : readings[0].Origin);
        }

        /// <summary>What <see cref="ReduceReadings"/> keeps of a block until its entry ends.</summary>
        private readonly record struct Reduced(BlockRun[] Runs, long SpoolOffset, ReadingOrigin? Origin);

        /// <summary>
        /// The origin of a block's readings read with <paramref name="origin"/>, once its entry has ended: the shared marker
        /// <c>s_ofEntry</c> when it is the entry's self and up hrefs (most blocks; nothing more held per block).
        /// </summary>
        private static ReadingOrigin? OriginOf(AtomEntry entry, ReadingOrigin? origin)
        {
            // As the parser gives a block's readings its entry's hrefs when the links came after the content.
            if (EspiParser.TakesEntryHrefs(origin?.BlockHref, entry))
            {
                return s_ofEntry;
            }
            return origin is not null && origin.BlockHref is not null && origin.MeterReadingHref == entry.UpHref ? s_ofEntry : origin;
        }

        /// <summary>
        /// Takes the entry's IntervalBlocks, each reduced by the parser as it was read (none holds readings). A block read
        /// inside a resource the lenient parser then skipped is in no entry: its statistics are not counted and its
        /// spooled readings are not read back.
        /// </summary>
        private void AddBlocks(AtomEntry entry)
        {
            foreach (var resource in entry.Resources)
            {
                if (resource is not IntervalBlock block)
                {
                    continue;
                }
                if (!_pending.Remove(block, out var reduced))
                {
                    throw new InvalidOperationException("An IntervalBlock was read without its readings reduced.");
                }
                block.FeedIndex = Blocks.Count;
                Blocks.Add(block);
                Runs.Add(reduced.Runs);
                if (Spool is not null)
                {
                    SpoolOffsets.Add(reduced.SpoolOffset);
                    Origins.Add(OriginOf(entry, reduced.Origin));
                }
            }
        }
    }
}
