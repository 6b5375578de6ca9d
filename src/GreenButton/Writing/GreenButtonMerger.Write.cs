namespace GreenButton;

public static partial class GreenButtonMerger
{
    private sealed partial class Run
    {
        private int _entriesWritten;
        private long _readingsWritten;

        /// <summary>Pass 2: the feed header, the kept descriptive entries, every uncontested block as read, then the contested ones resolved.</summary>
        public GreenButtonMergeResult Write(Stream output)
        {
            var writer = new GreenButtonWriter(output, options.WriterOptions with { CloseOutput = false });
            try
            {
                writer.WriteFeedStart(_feedId, _feedTitle, _feedUpdated, _feedLinks);
                foreach (var kept in _kept)
                {
                    writer.WriteEntry(kept.Entry);
                    _entriesWritten++;
                }
                var contested = new List<(BlockInfo Info, AtomEntry Entry)>();
                for (var input = 0; input < inputs.Count; input++)
                {
                    var ordinal = 0;
                    foreach (var entry in GreenButtonReader.ReadEntries(inputs[input], options.ReaderOptions with { SourceName = inputs[input] }))
                    {
                        ordinal++;
                        if (!_blockAt.TryGetValue((input, ordinal), out var info))
                        {
                            continue;
                        }
                        if (info.Contested)
                        {
                            contested.Add((info, entry));
                            continue;
                        }
                        writer.WriteEntry(entry);
                        _entriesWritten++;
                        _readingsWritten += entry.Resources.Sum(r => ((IntervalBlock)r).ReadingSpan.Length);
                    }
                }
                Resolve(contested, writer);
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
            return new GreenButtonMergeResult(_conflicts, _diagnostics, _entriesWritten, _readingsWritten, _duplicateEntries, _duplicateReadings);
        }

        /// <summary>Each start of each meter reading goes to the preferred input's reading; blocks are written with the readings they won.</summary>
        private void Resolve(List<(BlockInfo Info, AtomEntry Entry)> contested, GreenButtonWriter writer)
        {
            // Winners by (meter reading, start): which block (index in contested), which block of its entry, which reading.
            var winners = new Dictionary<(string Key, long Start), (int Entry, int Block, int Reading)>();
            var order = Enumerable.Range(0, contested.Count);
            if (options.Prefer == MergePreference.Last)
            {
                order = order.OrderByDescending(i => contested[i].Info.Input).ThenBy(i => i);
            }
            foreach (var i in order)
            {
                var (info, entry) = contested[i];
                for (var b = 0; b < entry.Resources.Count; b++)
                {
                    var readings = ((IntervalBlock)entry.Resources[b]).ReadingArray;
                    for (var r = 0; r < readings.Length; r++)
                    {
                        var key = (info.Key, readings[r].StartSeconds);
                        if (!winners.TryGetValue(key, out var winner))
                        {
                            winners[key] = (i, b, r);
                            continue;
                        }
                        _duplicateReadings++;
                        var kept = ((IntervalBlock)contested[winner.Entry].Entry.Resources[winner.Block]).ReadingArray[winner.Reading];
                        var dropped = readings[r];
                        if (kept.Value != dropped.Value || kept.HasValue != dropped.HasValue || kept.Cost != dropped.Cost)
                        {
                            _conflicts.Add(new MergeConflict(info.Key, dropped.Start, inputs[contested[winner.Entry].Info.Input], kept.HasValue ? kept.Value : null, kept.Cost,
                                inputs[info.Input], dropped.HasValue ? dropped.Value : null, dropped.Cost));
                        }
                    }
                }
            }
            for (var i = 0; i < contested.Count; i++)
            {
                var (info, entry) = contested[i];
                var blocks = new List<EspiResource>();
                for (var b = 0; b < entry.Resources.Count; b++)
                {
                    var block = (IntervalBlock)entry.Resources[b];
                    var readings = block.ReadingArray;
                    var won = new List<IntervalReading>(readings.Length);
                    for (var r = 0; r < readings.Length; r++)
                    {
                        if (winners[(info.Key, readings[r].StartSeconds)] == (i, b, r))
                        {
                            won.Add(readings[r]);
                        }
                    }
                    if (won.Count == readings.Length)
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
                writer.WriteEntry(blocks.Count == entry.Resources.Count && blocks.SequenceEqual(entry.Resources) ? entry : new AtomEntry
                {
                    Id = entry.Id,
                    Title = entry.Title,
                    Published = entry.Published,
                    Updated = entry.Updated,
                    Links = entry.Links,
                    Resources = blocks,
                    Line = entry.Line,
                    Column = entry.Column,
                });
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
