namespace GreenButton.Cli.Export;

/// <summary>
/// The <c>net</c> series: forward minus reverse, for each usage point holding both flow directions with one interval
/// length. The forward and the reverse series are read by one streaming pass each and joined on start time (a series not in time order is
/// sorted first); a start present in only one series gives no net row and is counted.
/// </summary>
internal static class NetSeries
{
    /// <summary>The (forward, reverse) series pairs of a feed.</summary>
    public static List<(ReadingSeries Forward, ReadingSeries Reverse)> Pairs(GreenButtonFeed feed)
    {
        var pairs = new List<(ReadingSeries, ReadingSeries)>();
        foreach (var up in feed.Document.UsagePoints)
        {
            var series = up.MeterReadings.Select(m => feed.SeriesOf(m)!).ToList();
            var reverse = series.Where(m => m.ReadingType?.FlowDirection == FlowDirection.Reverse).ToList();
            foreach (var forward in series.Where(m => m.ReadingType?.FlowDirection == FlowDirection.Forward))
            {
                var partner = reverse.FirstOrDefault(r => r.ReadingType!.IntervalLength == forward.ReadingType!.IntervalLength);
                if (partner is not null)
                {
                    reverse.Remove(partner);
                    pairs.Add((forward, partner));
                }
            }
        }
        return pairs;
    }

    /// <summary>
    /// The net rows of every pair, from two streaming passes in all: one over the forward series, one over the reverse.
    /// Pairs are joined one after the other; rows of a later pair met early are queued (none are, when each series'
    /// blocks come together, as utilities write them).
    /// </summary>
    public static IEnumerable<ExportRow> Rows(ExportRows source, List<(ReadingSeries Forward, ReadingSeries Reverse)> pairs,
        Action<ReadingSeries, int> unmatched, CancellationToken cancellationToken)
    {
        var forwards = pairs.Select(p => p.Forward).ToHashSet();
        var reverses = pairs.Select(p => p.Reverse).ToHashSet();
        using var f = new Demultiplexer(source.Rows(forwards.Contains, cancellationToken).GetEnumerator());
        using var r = new Demultiplexer(source.Rows(reverses.Contains, cancellationToken).GetEnumerator());
        foreach (var (forward, reverse) in pairs)
        {
            var missing = 0;
            foreach (var row in Join(Sorted(f.Series(forward), forward), Sorted(r.Series(reverse), reverse), forward, reverse, () => missing++))
            {
                yield return row;
            }
            unmatched(forward, missing);
        }
    }

    private static IEnumerable<ExportRow> Join(IEnumerable<ExportRow> forwardRows, IEnumerable<ExportRow> reverseRows, ReadingSeries forward, ReadingSeries reverse,
        Action missing)
    {
        using var f = forwardRows.GetEnumerator();
        using var r = reverseRows.GetEnumerator();
        var hasF = f.MoveNext();
        var hasR = r.MoveNext();
        var samePower = forward.ReadingType!.PowerOfTenMultiplier == reverse.ReadingType!.PowerOfTenMultiplier;
        while (hasF && hasR)
        {
            var (a, b) = (f.Current, r.Current);
            if (a.StartUtc == b.StartUtc && a.DurationSeconds == b.DurationSeconds)
            {
                yield return Difference(a, b, samePower);
                hasF = f.MoveNext();
                hasR = r.MoveNext();
            }
            else if (a.StartUtc < b.StartUtc || (a.StartUtc == b.StartUtc && a.DurationSeconds < b.DurationSeconds))
            {
                missing();
                hasF = f.MoveNext();
            }
            else
            {
                missing();
                hasR = r.MoveNext();
            }
        }
        for (; hasF; hasF = f.MoveNext())
        {
            missing();
        }
        for (; hasR; hasR = r.MoveNext())
        {
            missing();
        }
    }

    /// <summary>
    /// Splits one pass's rows by meter reading. A series ends at its end mark; rows of series not yet asked for are
    /// queued (none, when each series' blocks come together in the document).
    /// </summary>
    private sealed class Demultiplexer(IEnumerator<ExportRows.SeriesRow> items) : IDisposable
    {
        private readonly Dictionary<ReadingSeries, Queue<ExportRow>> _queues = [];
        private readonly HashSet<ReadingSeries> _ended = [];
        private bool _exhausted;

        public IEnumerable<ExportRow> Series(ReadingSeries series)
        {
            if (series.Statistics.Count == 0)
            {
                yield break; // no row will come, nor its end
            }
            while (true)
            {
                if (_queues.TryGetValue(series, out var queue) && queue.Count > 0)
                {
                    yield return queue.Dequeue();
                    continue;
                }
                if (_ended.Contains(series) || _exhausted)
                {
                    _queues.Remove(series);
                    yield break;
                }
                if (!items.MoveNext())
                {
                    _exhausted = true;
                    continue;
                }
                var (of, row, ends) = items.Current;
                if (ends)
                {
                    _ended.Add(of);
                }
                if (of == series)
                {
                    yield return row;
                }
                else
                {
                    if (!_queues.TryGetValue(of, out queue))
                    {
                        _queues[of] = queue = new Queue<ExportRow>();
                    }
                    queue.Enqueue(row);
                }
            }
        }

        public void Dispose() => items.Dispose();
    }

    private static IEnumerable<ExportRow> Sorted(IEnumerable<ExportRow> rows, ReadingSeries series)
        => series.InDocumentOrder ? rows : rows.OrderBy(row => row.StartUtc).ThenBy(row => row.DurationSeconds);

    private static ExportRow Difference(in ExportRow forward, in ExportRow reverse, bool samePower)
    {
        // Codes of both, each once, in the order of their text (as the net rows always listed them).
        var qualities = new SortedSet<int>();
        for (var i = 0; i < forward.Quality.Count; i++)
        {
            qualities.Add(forward.Quality[i]);
        }
        for (var i = 0; i < reverse.Quality.Count; i++)
        {
            qualities.Add(reverse.Quality[i]);
        }
        var codes = qualities.OrderBy(q => q.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal).ToList();
        return forward with
        {
            Series = "net",
            FlowDirection = Formats.Name(FlowDirection.Net),
            RawValue = samePower ? forward.RawValue - reverse.RawValue : null,
            Value = forward.Value - reverse.Value,
            Cost = forward.Cost - reverse.Cost,
            Quality = QualityCodes.Of(codes),
        };
    }
}
