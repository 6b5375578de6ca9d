namespace GreenButton;

public sealed partial class GreenButtonFeed
{
    /// <summary>
    /// Every IntervalReading of the series <paramref name="include"/> selects (all, by default), in document order, as it
    /// is read: one streaming pass over the input. Each comes with its series and block; readings without a timePeriod
    /// are placed by the series' interval length. Readings of blocks no meter reading holds are not read.
    /// </summary>
    /// <exception cref="GreenButtonException">The input cannot be read again, or changed since it was opened.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="InvalidOperationException">A pass over a feed opened on a seekable stream is under way.</exception>
    public IEnumerable<SeriesReading> ReadIntervalReadings(Func<ReadingSeries, bool>? include = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var wanted = new bool[Series.Count];
        var any = false;
        foreach (var series in Series)
        {
            any |= wanted[series.Index] = series.Statistics.Count > 0 && (include?.Invoke(series) ?? true);
        }
        return any ? Readings(wanted, cancellationToken) : [];
    }

    private IEnumerable<SeriesReading> Readings(bool[] wanted, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _passes) > 1 && _sharedStream)
        {
            Interlocked.Decrement(ref _passes);
            throw new InvalidOperationException("The feed was opened on a seekable stream: its passes share it and cannot overlap. Finish one enumeration before starting another, or open the feed with a function that opens the input.");
        }
        try
        {
            foreach (var reading in ReadPass(wanted, cancellationToken))
            {
                yield return reading;
            }
        }
        finally
        {
            Interlocked.Decrement(ref _passes);
        }
    }

    private IEnumerable<SeriesReading> ReadPass(bool[] wanted, CancellationToken cancellationToken)
    {
        using var stream = _reopen();
        // The first pass reported the diagnostics: this one reads the same input silently.
        using var parser = EspiParser.Create(stream, _options with { OnDiagnostic = null }, null, closeInput: false);
        var index = 0;
        foreach (var entry in parser.ReadEntries())
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var resource in entry.Resources)
            {
                if (resource is not IntervalBlock block)
                {
                    continue;
                }
                if (index >= _blocks.Count || _blockInfo[_blocks[index]].Statistics.Count != block.Readings.Count)
                {
                    throw Changed(block);
                }
                var copy = _blocks[index++];
                if (copy.MeterReading is not { } meterReading)
                {
                    continue; // unattached: no series to read it in
                }
                var series = _seriesOf[meterReading];
                if (!wanted[series.Index])
                {
                    continue;
                }
                var readings = ReadingTimeline.Place(block.ReadingSpan, block.Interval, series.ReadingType?.IntervalLength) ?? block.ReadingArray;
                var last = index - 1 == series.LastBlock ? readings.Length - 1 : -1;
                for (var i = 0; i < readings.Length; i++)
                {
                    yield return new SeriesReading(series, copy, readings[i], i == last);
                }
            }
        }
        if (index != _blocks.Count)
        {
            throw Changed(null);
        }
    }

    private GreenButtonException Changed(IntervalBlock? block)
        => new($"{Source ?? "input"}: the input changed since it was opened (IntervalBlocks differ{(block is null ? "" : $" at line {block.Line}")}); open it again.",
            Source, block?.Line ?? 0, block?.Column ?? 0, null, null, null);
}
