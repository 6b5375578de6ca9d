namespace GreenButton;

public sealed partial class GreenButtonFeed
{
    /// <summary>
    /// The first pass: every entry kept, each IntervalBlock replaced by a copy without readings, its readings reduced to
    /// statistics and runs; then the links resolved as the document resolves them.
    /// </summary>
    private sealed class Pass
    {
        public List<IntervalBlock> Blocks { get; } = [];

        public Dictionary<IntervalBlock, (int Index, ReadingStatistics Statistics)> BlockInfo { get; } = new(ReferenceEqualityComparer.Instance);

        public Dictionary<IntervalBlock, List<BlockRun>> Runs { get; } = new(ReferenceEqualityComparer.Instance);

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
                pass.Statistics.Add(pass.BlockInfo[block].Statistics);
            }
            return pass;
        }

        /// <summary>A block's readings, as the parser reads them: its statistics and runs are all the pass keeps of them.</summary>
        private void ReduceReadings(IntervalBlock block, ReadOnlySpan<IntervalReading> readings)
        {
            var statistics = new ReadingStatistics();
            statistics.Add(readings);
            block.ReducedStatistics = statistics;
            Runs[block] = BlockRun.Of(readings);
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
                if (block.ReducedStatistics is { } reduced)
                {
                    // Reduced by the parser (ReduceReadings): the block holds no readings and is kept as it is.
                    BlockInfo[block] = (Blocks.Count, reduced);
                    Blocks.Add(block);
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
                    Origins.Add(block.ReadingSpan.IsEmpty ? null : ReadingOrigin.Of(block.ReadingSpan[0].BlockHref, block.ReadingSpan[0].MeterReadingHref));
                }
                BlockInfo[copy] = (Blocks.Count, statistics);
                Runs[copy] = runs;
                Blocks.Add(copy);
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
