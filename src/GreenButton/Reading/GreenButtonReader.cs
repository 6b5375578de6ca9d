using System.Runtime.CompilerServices;

namespace GreenButton;

/// <summary>
/// The streaming API: reads Green Button XML forward-only, one Atom entry or one interval reading at a time,
/// in memory bounded by one entry whatever the input's size. Enumerate once; the input is read as you go.
/// </summary>
/// <remarks>
/// DTDs are prohibited and no external resource is ever resolved, so entity expansion ("billion laughs") and
/// external entities (XXE) are refused with a <see cref="GreenButtonException"/>.
/// </remarks>
public static class GreenButtonReader
{
    internal const int FileBufferSize = 1 << 16;

    /// <summary>Reads the entries of a feed (or a single entry, or a bare resource) from a stream, which stays open.</summary>
    /// <exception cref="GreenButtonException">The input is not well-formed, is truncated, or (in strict mode) holds invalid data.</exception>
    public static IEnumerable<AtomEntry> ReadEntries(Stream stream, GreenButtonReaderOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Enumerate(() => EspiParser.Create(stream, options, null, closeInput: false));
    }

    /// <summary>Reads the entries of a file; its path names it in messages.</summary>
    /// <exception cref="GreenButtonException">The input is not well-formed, is truncated, or (in strict mode) holds invalid data.</exception>
    public static IEnumerable<AtomEntry> ReadEntries(string path, GreenButtonReaderOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Enumerate(() => EspiParser.Create(OpenFile(path), WithSource(options, path), null, closeInput: true));
    }

    /// <summary>Reads the entries from text (a <see cref="StringReader"/> over XML, say); the reader stays open.</summary>
    /// <exception cref="GreenButtonException">The input is not well-formed, is truncated, or (in strict mode) holds invalid data.</exception>
    public static IEnumerable<AtomEntry> ReadEntries(TextReader reader, GreenButtonReaderOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Enumerate(() => EspiParser.Create(reader, options, null, closeInput: false));
    }

    /// <summary>Reads the entries from a stream asynchronously (a network response, say); the stream stays open.</summary>
    public static IAsyncEnumerable<AtomEntry> ReadEntriesAsync(Stream stream, CancellationToken cancellationToken = default)
        => ReadEntriesAsync(stream, default, cancellationToken);

    /// <summary>Reads the entries from a stream asynchronously, with options; the stream stays open.</summary>
    /// <exception cref="GreenButtonException">The input is not well-formed, is truncated, or (in strict mode) holds invalid data.</exception>
    public static async IAsyncEnumerable<AtomEntry> ReadEntriesAsync(Stream stream, GreenButtonReaderOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var parser = EspiParser.Create(stream, options, null, closeInput: false, async: true);
        await foreach (var entry in parser.ReadEntriesAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return entry;
        }
    }

    /// <summary>
    /// The fastest path: every IntervalReading of the input, as it is read, without materialising blocks or entries.
    /// Each reading carries its start, duration, raw value, cost, qualities and the hrefs of its block.
    /// </summary>
    /// <exception cref="GreenButtonException">The input is not well-formed, is truncated, or (in strict mode) holds invalid data.</exception>
    public static IEnumerable<IntervalReading> ReadIntervalReadings(Stream stream, GreenButtonReaderOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new IntervalReadingSequence(() => EspiParser.Create(stream, options, null, closeInput: false));
    }

    /// <summary>Every IntervalReading of a file, as it is read.</summary>
    /// <exception cref="GreenButtonException">The input is not well-formed, is truncated, or (in strict mode) holds invalid data.</exception>
    public static IEnumerable<IntervalReading> ReadIntervalReadings(string path, GreenButtonReaderOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new IntervalReadingSequence(() => EspiParser.Create(OpenFile(path), WithSource(options, path), null, closeInput: true));
    }

    /// <summary>Every IntervalReading of text, as it is read.</summary>
    public static IEnumerable<IntervalReading> ReadIntervalReadings(TextReader reader, GreenButtonReaderOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new IntervalReadingSequence(() => EspiParser.Create(reader, options, null, closeInput: false));
    }

    /// <summary>Opens the parser when enumeration starts and disposes it when it ends; the parser locates XML errors.</summary>
    private static IEnumerable<AtomEntry> Enumerate(Func<EspiParser> create)
    {
        using var parser = create();
        foreach (var entry in parser.ReadEntries())
        {
            yield return entry;
        }
    }

    internal static GreenButtonReaderOptions WithSource(GreenButtonReaderOptions options, string path)
        => options.SourceName is null ? options with { SourceName = path } : options;

    internal static FileStream OpenFile(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferSize, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GreenButtonException($"{path}: cannot open the file: {ex.Message}", ex);
        }
    }

    internal static FileStream OpenFileAsync(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferSize, FileOptions.SequentialScan | FileOptions.Asynchronous);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GreenButtonException($"{path}: cannot open the file: {ex.Message}", ex);
        }
    }
}
