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
        var index = 0;
        foreach (var (block, readings) in _readings is null ? ParsedBlocks(cancellationToken) : SpooledBlocks(cancellationToken))
        {
            if (index >= _blocks.Count || _blocks[index].ReducedStatistics!.Count != readings.Length)
            {
                throw Changed(index < _blocks.Count ? _blocks[index] : block);
            }
            var held = _blocks[index++];
            if (held.MeterReading is not { } meterReading)
            {
                continue; // unattached: no series to read it in
            }
            var series = _seriesOf[meterReading];
            if (!wanted[series.Index])
            {
                continue;
            }
            if (held.ReadingRescale is { } rescale)
            {
                LinkResolver.Rescale(readings, rescale.PowerOfTen, rescale.Fold); // decimal values, as the document holds them
            }
            var placed = ReadingTimeline.Place(readings, held.Interval, series.ReadingType?.IntervalLength) ?? readings;
            var last = index - 1 == series.LastBlock ? placed.Length - 1 : -1;
            for (var i = 0; i < placed.Length; i++)
            {
                yield return new SeriesReading(series, held, placed[i], i == last);
            }
        }
        if (index != _blocks.Count)
        {
            throw Changed(null);
        }
    }

    /// <summary>The input parsed again: each IntervalBlock with its readings.</summary>
    private IEnumerable<(IntervalBlock? Block, IntervalReading[] Readings)> ParsedBlocks(CancellationToken cancellationToken)
    {
        using var stream = _reopen();
        // The first pass reported the diagnostics: this one reads the same input silently.
        using var parser = EspiParser.Create(stream, _options with { OnDiagnostic = null }, null, closeInput: false);
        parser.Cancellation = cancellationToken;
        foreach (var entry in parser.ReadEntries())
        {
            foreach (var resource in entry.Resources)
            {
                if (resource is IntervalBlock block)
                {
                    yield return (block, block.ReadingArray);
                }
            }
        }
    }

    /// <summary>The readings spooled by the first pass, block by block.</summary>
    private IEnumerable<(IntervalBlock? Block, IntervalReading[] Readings)> SpooledBlocks(CancellationToken cancellationToken)
    {
        foreach (var readings in _readings!.Read(_spoolOffsets, SpooledOrigin))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return (null, readings);
        }
    }

    /// <summary>The origin of the spooled block <paramref name="index"/>'s readings: made again from its entry's hrefs when they were those.</summary>
    private ReadingOrigin? SpooledOrigin(int index)
    {
        var origin = _origins[index]; // one per spooled block, as its offset
        return ReferenceEquals(origin, s_ofEntry) && _blocks[index].Entry is { } entry ? ReadingOrigin.Of(entry.SelfHref, entry.UpHref) : origin;
    }

    private GreenButtonException Changed(IntervalBlock? block)
        => new($"{Source ?? "input"}: the input changed since it was opened (IntervalBlocks differ{(block is null ? "" : $" at line {block.Line}")}); open it again.",
            Source, block?.Line ?? 0, block?.Column ?? 0, null, null, null);
}
