namespace GreenButton;

/// <summary>
/// A Green Button feed read as a stream and resolved: every resource but the readings is kept and linked as
/// <see cref="GreenButtonDocument"/> links them, each meter reading is a <see cref="ReadingSeries"/> with its usage
/// point, ReadingType and local time, and the readings are read again on demand, each with its context
/// (<see cref="ReadIntervalReadings"/>) or summed by local hour, day or month (<see cref="Aggregate"/>). Memory is
/// bounded by the entries without their readings, whatever the number of readings, and whatever the order of the
/// entries (a ReadingType after its blocks is fine).
/// </summary>
/// <remarks>
/// <see cref="Open(string, GreenButtonReaderOptions, CancellationToken)"/> reads the input once: the figures of every
/// series (<see cref="ReadingSeries.Statistics"/>, <see cref="ReadingSeries.Timeline"/>) are known from then on. Each
/// enumeration of the readings is one more streaming pass: a file or a seekable stream is read again, any other stream
/// was copied to a temporary file during the first pass (deleted by <see cref="Dispose"/>), so that the second pass
/// costs no memory. The figures equal those of <see cref="GreenButtonDocument.Load(string, GreenButtonReaderOptions)"/>.
/// </remarks>
public sealed partial class GreenButtonFeed : IDisposable
{
    private readonly Func<Stream> _reopen;
    private readonly GreenButtonReaderOptions _options;
    private readonly List<IntervalBlock> _blocks;
    private readonly Dictionary<MeterReading, ReadingSeries> _seriesOf;
    private readonly string? _spool;
    private readonly ReadingSpool? _readings;
    private readonly List<ReadingOrigin?> _origins;
    private readonly List<long> _spoolOffsets;

    /// <summary>Stands, among the spooled blocks' origins, for their entry's self and up hrefs (made again from the entry when the spool is read).</summary>
    private static readonly ReadingOrigin s_ofEntry = new(null, null);
    private bool _disposed;
    private bool _sharedStream; // opened on the caller's seekable stream: one pass at a time
    private int _passes;

    private GreenButtonFeed(Pass pass, GreenButtonReaderOptions options, Func<Stream> reopen, string? spool)
    {
        _options = options;
        _reopen = reopen;
        _spool = spool;
        _blocks = pass.Blocks;
        _readings = pass.Spool;
        _origins = pass.Origins;
        _spoolOffsets = pass.SpoolOffsets;
        Document = pass.Document;
        Statistics = pass.Statistics;
        var series = new List<ReadingSeries>(Document.MeterReadings.Count);
        _seriesOf = new Dictionary<MeterReading, ReadingSeries>(ReferenceEqualityComparer.Instance);
        foreach (var meterReading in Document.MeterReadings)
        {
            var s = new ReadingSeries(meterReading, series.Count);
            series.Add(s);
            _seriesOf[meterReading] = s;
        }
        Series = series;
        var diagnostics = new List<GreenButtonDiagnostic>(Document.Diagnostics);
        Measure(pass.Runs, diagnostics);
        Diagnostics = diagnostics;
    }

    /// <summary>The input's name in messages.</summary>
    public string? Source => Document.Source;

    /// <summary>The base relative hrefs were resolved against: <see cref="GreenButtonReaderOptions.BaseUri"/>, else the feed's self link; null when neither.</summary>
    public Uri? BaseUri => Document.BaseUri;

    /// <summary>The feed's resources, linked; its IntervalBlocks hold no readings.</summary>
    public GreenButtonDocument Document { get; }

    /// <summary>One series per MeterReading, in document order (<see cref="GreenButtonDocument.MeterReadings"/>).</summary>
    public IReadOnlyList<ReadingSeries> Series { get; }

    /// <summary>What every reading of the feed adds up to, attached to a meter reading or not.</summary>
    public ReadingStatistics Statistics { get; }

    /// <summary>Every diagnostic, as <see cref="GreenButtonDocument.Diagnostics"/> holds them for the same input.</summary>
    public IReadOnlyList<GreenButtonDiagnostic> Diagnostics { get; }

    /// <summary>Reads a file once and resolves its links.</summary>
    /// <exception cref="GreenButtonException">The file cannot be opened, is not well-formed, is truncated, or (in strict mode) holds invalid data.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static GreenButtonFeed Open(string path, GreenButtonReaderOptions options = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options = GreenButtonReader.WithSource(options, path);
        return Open(() => GreenButtonReader.OpenFile(path), options, cancellationToken);
    }

    /// <summary>
    /// Reads an input that <paramref name="open"/> opens afresh for each pass (an archive entry, a file with a progress
    /// bar); every stream it returns is disposed after its pass.
    /// </summary>
    /// <exception cref="GreenButtonException">The input is not well-formed, is truncated, or (in strict mode) holds invalid data.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static GreenButtonFeed Open(Func<Stream> open, GreenButtonReaderOptions options = default, CancellationToken cancellationToken = default)
        => Open(open, options, spoolReadings: false, cancellationToken);

    /// <summary>
    /// Reads an input that <paramref name="open"/> opens; with <paramref name="spoolReadings"/>, the readings are also
    /// written to a temporary file in a compact binary form as they are read (about 40 bytes a reading, deleted by
    /// <see cref="Dispose"/>), and every later pass reads them from there instead of parsing the input again: several
    /// times faster, for a program that reads the readings after the figures (an export).
    /// </summary>
    /// <exception cref="GreenButtonException">The input is not well-formed, is truncated, or (in strict mode) holds invalid data.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static GreenButtonFeed Open(Func<Stream> open, GreenButtonReaderOptions options, bool spoolReadings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(open);
        var spool = spoolReadings ? CreateSpool(options) : null;
        try
        {
            Pass pass;
            using (var stream = open())
            {
                pass = Pass.Read(stream, options, spool, cancellationToken);
            }
            return new GreenButtonFeed(pass, options, open, null);
        }
        catch
        {
            spool?.Dispose();
            throw;
        }
    }

    private static ReadingSpool CreateSpool(GreenButtonReaderOptions options)
    {
        try
        {
            return new ReadingSpool();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GreenButtonException($"{options.SourceName ?? "input"}: cannot create a temporary file for the readings: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Reads a stream, which stays open. A seekable stream is read again from its current position for each pass over
    /// the readings (so passes over it cannot overlap: enumerate one at a time); any other is copied to a temporary file
    /// as it is read, for those passes.
    /// </summary>
    /// <exception cref="GreenButtonException">The input is not well-formed, is truncated, or (in strict mode) holds invalid data.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static GreenButtonFeed Open(Stream stream, GreenButtonReaderOptions options = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek)
        {
            var origin = stream.Position;
            var pass = Pass.Read(stream, options, null, cancellationToken);
            return new GreenButtonFeed(pass, options, () =>
            {
                stream.Position = origin;
                return new KeepOpenStream(stream);
            }, null) { _sharedStream = true };
        }
        var spool = Path.Combine(Path.GetTempPath(), $"greenbutton-{Guid.NewGuid():N}.xml");
        try
        {
            Pass pass;
            using (var copy = new FileStream(spool, FileMode.CreateNew, FileAccess.Write, FileShare.None, GreenButtonReader.FileBufferSize))
            {
                using var tee = new SpoolingStream(stream, copy);
                pass = Pass.Read(tee, options, null, cancellationToken);
                tee.Drain(); // what the parser did not need (after the root) is kept too: the next pass sees the same input
            }
            return new GreenButtonFeed(pass, options, () => GreenButtonReader.OpenFile(spool), spool);
        }
        catch (IOException ex)
        {
            File.Delete(spool);
            throw new GreenButtonException($"{options.SourceName ?? "input"}: cannot copy the input to a temporary file: {ex.Message}", ex);
        }
        catch
        {
            File.Delete(spool);
            throw;
        }
    }

    /// <summary>The series of a meter reading of <see cref="Document"/>; null for a MeterReading of another document.</summary>
    public ReadingSeries? SeriesOf(MeterReading meterReading)
        => meterReading is not null && _seriesOf.TryGetValue(meterReading, out var series) ? series : null;

    /// <summary>What the readings of one of <see cref="Document"/>'s IntervalBlocks add up to (the block holds none).</summary>
    /// <exception cref="ArgumentException">The block is not one of <see cref="Document"/>'s.</exception>
    public ReadingStatistics StatisticsOf(IntervalBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return IsOurs(block) ? block.ReducedStatistics! : throw new ArgumentException("The IntervalBlock is not one of this feed's.", nameof(block));
    }

    private bool IsOurs(IntervalBlock block)
        => (uint)block.FeedIndex < (uint)_blocks.Count && ReferenceEquals(_blocks[block.FeedIndex], block);

    /// <summary>Deletes the temporary copies (of a non-seekable input, of spooled readings), if any were made.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _readings?.Dispose();
        if (_spool is not null)
        {
            try
            {
                File.Delete(_spool);
            }
            catch (IOException)
            {
                // a pass still reading it: the temp folder's cleaning will take it
            }
        }
    }

    /// <summary>
    /// Places each series' readings on its timeline from the blocks' runs (the ReadingType's interval length is known
    /// only now), and reports duplicates and overlaps as the document does.
    /// </summary>
    private void Measure(List<BlockRun[]> runs, List<GreenButtonDiagnostic> diagnostics)
    {
        var collector = new DiagnosticCollector(Source, null, diagnostics);
        foreach (var series in Series)
        {
            var length = series.ReadingType?.IntervalLength;
            // Document order: the timeline then says whether the series streams in time order.
            foreach (var block in series.MeterReading.IntervalBlocks.OrderBy(b => b.FeedIndex))
            {
                var (index, statistics) = (block.FeedIndex, block.ReducedStatistics!);
                series.Statistics.Add(statistics);
                if (statistics.Count > 0)
                {
                    series.LastBlock = Math.Max(series.LastBlock, index);
                }
                BlockRun.Place(runs[index], block.Interval, length, series.Timeline);
            }
            if (series.MeterReading.IntervalBlocks.Count > 0)
            {
                LinkResolver.ReportSequence(series.Timeline, series.MeterReading.IntervalBlocks[0], collector);
            }
        }
        collector.Flush();
    }
}
