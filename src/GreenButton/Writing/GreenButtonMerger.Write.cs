namespace GreenButton;

public static partial class GreenButtonMerger
{
    private sealed partial class Run
    {
        private readonly Dictionary<string, int> _series = new(StringComparer.Ordinal);
        private readonly List<string> _seriesKeys = [];
        private int _entriesWritten;
        private long _readingsWritten;

        /// <summary>
        /// Passes 2 and 3: the feed header, the kept descriptive entries, every uncontested block as read (the readings of
        /// the contested ones spooled and resolved), then the contested blocks with the readings they won.
        /// </summary>
        public GreenButtonMergeResult Write(Stream output)
        {
            var writer = new GreenButtonWriter(output, options.WriterOptions with { CloseOutput = false })
            {
                // Customer resources among the kept entries: their namespace once, on the root.
                DeclaresCustomer = options.WriterOptions.DeclareCustomerNamespace || _kept.Any(k => k.Entry.Resources.Any(r => r is CustomerResource)),
            };
            try
            {
                writer.WriteFeedStart(_feedId, _feedTitle, _feedUpdated, _feedLinks);
                foreach (var kept in _kept)
                {
                    writer.WriteEntry(Relinked(kept.Entry, kept.Input));
                    _entriesWritten++;
                }
                if (_contestedBlocks == 0)
                {
                    // Nothing overlaps: one pass writes every block.
                    WriteBlocks(writer, null);
                }
                else
                {
                    using var spool = CreateSpool();
                    WriteBlocks(writer, spool);
                    Resolve(spool);
                    WriteContested(writer, spool);
                }
                writer.WriteFeedEnd();
            }
            catch (IOException ex)
            {
                throw new GreenButtonException($"The merged feed cannot be written: {ex.Message}", ex);
            }
            finally
            {
                writer.Dispose();
            }
            _diagnostics.AddRange(writer.Diagnostics);
            return new GreenButtonMergeResult(_conflicts, _diagnostics, _entriesWritten, _readingsWritten, _duplicateEntries, _duplicateReadings, _deduplicated);
        }

        private MergeSpool CreateSpool()
        {
            try
            {
                return new MergeSpool(Folder(), _contestedReadings, options.PartitionReadings);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new GreenButtonException($"The merge's temporary files cannot be created in {Folder()}: {ex.Message}", ex);
            }
        }

        /// <summary>The block entries of every input, in order, each with its meter reading and whether it is contested.</summary>
        private IEnumerable<(int Input, AtomEntry Entry, string Key, bool Contested)> Blocks()
        {
            for (var input = 0; input < inputs.Count; input++)
            {
                using var parser = Open(input, report: false);
                foreach (var entry in parser.ReadEntries())
                {
                    if (entry.Resources.Count == 0 || !IsBlockEntry(entry))
                    {
                        continue;
                    }
                    var key = Key(input, entry.UpHref, entry.SelfHref);
                    var (start, end) = Span(entry);
                    yield return (input, entry, key, Contested(key, input, start, end));
                }
            }
        }

        /// <summary>Pass 2: uncontested blocks written as read; the readings of contested ones to <paramref name="spool"/>, in write order.</summary>
        private void WriteBlocks(GreenButtonWriter writer, MergeSpool? spool)
        {
            long sequence = 0;
            foreach (var (input, entry, key, contested) in Blocks())
            {
                if (!contested || spool is null)
                {
                    writer.WriteEntry(Relinked(entry, input));
                    _entriesWritten++;
                    _readingsWritten += entry.Resources.Sum(r => ((IntervalBlock)r).ReadingSpan.Length);
                    continue;
                }
                var series = SeriesOf(key);
                foreach (var resource in entry.Resources)
                {
                    foreach (ref readonly var reading in ((IntervalBlock)resource).ReadingSpan)
                    {
                        spool.Add(sequence++, series, reading, input);
                    }
                }
            }
        }

        private int SeriesOf(string key)
        {
            if (!_series.TryGetValue(key, out var series))
            {
                _series[key] = series = _seriesKeys.Count;
                _seriesKeys.Add(key);
            }
            return series;
        }

        /// <summary>
        /// Each start of each meter reading goes to the preferred input's reading (the earlier one in write order among one
        /// input's); the others are duplicates, and conflicts when their value or cost differs, listed in the order the
        /// dropped readings come in by preference.
        /// </summary>
        private void Resolve(MergeSpool spool)
        {
            var last = options.Prefer == MergePreference.Last;
            (int Rank, long Sequence) Priority(MergeSpool.Record r) => (last ? -r.Input : r.Input, r.Sequence);
            var conflicts = new List<((int Rank, long Sequence) Order, MergeConflict Conflict)>();
            try
            {
                _duplicateReadings += spool.Resolve(Priority, c => conflicts.Add((Priority(c.Dropped), new MergeConflict(_seriesKeys[c.Kept.Series], EspiTime.FromUnixSeconds(c.Dropped.Start),
                    inputs[c.Kept.Input].Name, c.Kept.HasValue ? c.Kept.Value : null, c.Kept.HasCost ? c.Kept.Cost : null,
                    inputs[c.Dropped.Input].Name, c.Dropped.HasValue ? c.Dropped.Value : null, c.Dropped.HasCost ? c.Dropped.Cost : null))));
            }
            catch (IOException ex)
            {
                throw new GreenButtonException($"The merge's temporary files in {Folder()} cannot be read or written: {ex.Message}", ex);
            }
            conflicts.Sort((a, b) => a.Order.CompareTo(b.Order));
            _conflicts.AddRange(conflicts.Select(c => c.Conflict));
        }

        /// <summary>Pass 3: the contested blocks, in write order, with the readings they won.</summary>
        private void WriteContested(GreenButtonWriter writer, MergeSpool spool)
        {
            using var losers = spool.Losers().GetEnumerator();
            var nextLoser = losers.MoveNext() ? losers.Current : long.MaxValue;
            long sequence = 0;
            foreach (var (input, entry, _, contested) in Blocks())
            {
                if (!contested)
                {
                    continue;
                }
                var blocks = new List<EspiResource>(entry.Resources.Count);
                foreach (var resource in entry.Resources)
                {
                    var block = (IntervalBlock)resource;
                    var readings = block.ReadingArray;
                    List<IntervalReading>? won = null;
                    for (var r = 0; r < readings.Length; r++, sequence++)
                    {
                        if (sequence == nextLoser)
                        {
                            nextLoser = losers.MoveNext() ? losers.Current : long.MaxValue;
                            won ??= [.. readings.AsSpan(0, r)];
                            continue;
                        }
                        won?.Add(readings[r]);
                    }
                    if (won is null)
                    {
                        blocks.Add(block);
                    }
                    else if (won.Count > 0)
                    {
                        blocks.Add(Trimmed(block, won));
                    }
                }
                if (blocks.Count == 0)
                {
                    _duplicateEntries++;
                    continue;
                }
                var written = blocks.Count == entry.Resources.Count && blocks.SequenceEqual(entry.Resources) ? entry : With(entry, entry.Links, blocks);
                writer.WriteEntry(Relinked(written, input));
                _entriesWritten++;
                _readingsWritten += blocks.Sum(r => ((IntervalBlock)r).ReadingSpan.Length);
            }
        }

        /// <summary>The block with only the readings it won; its interval spans them.</summary>
        private static IntervalBlock Trimmed(IntervalBlock block, List<IntervalReading> won)
        {
            var start = won.Min(r => r.StartSeconds);
            var end = won.Max(r => r.EndSeconds);
            var trimmed = new IntervalBlock { Interval = new DateTimeInterval(start, end - start), BatchItemInfo = block.BatchItemInfo, Line = block.Line, Column = block.Column };
            trimmed.ReplaceReadings([.. won]);
            return trimmed;
        }
    }
}
