using System.IO.Compression;
using GreenButton.Csv;

namespace GreenButton.Cli.Inputs;

/// <summary>
/// One Green Button input: a file, an entry of a .zip archive, or standard input (spooled to a temporary file, since
/// summaries and exports read an input more than once). <see cref="Open"/> gives a fresh stream each time, of the XML:
/// gzip is decompressed whatever the name, and an input that is no XML (a CSV file, a PDF, an HTML page) or carries a
/// DTD is refused, naming what it is, before any parsing.
/// </summary>
internal sealed class InputFile
{
    private readonly Func<Stream> _open;

    private InputFile(string name, long length, Func<Stream> open)
    {
        Name = name;
        Length = length;
        _open = open;
    }

    /// <summary>The name in messages and outputs: the path, <c>archive.zip!entry.xml</c>, or <c>-</c>.</summary>
    public string Name { get; }

    /// <summary>Bytes (uncompressed for an archive entry); -1 when unknown.</summary>
    public long Length { get; }

    public static InputFile FromPath(string path)
    {
        var length = File.Exists(path) ? new FileInfo(path).Length : -1;
        return new InputFile(path, length, () => OpenFile(path));
    }

    public static InputFile FromZipEntry(string archivePath, string entryName, long length)
        => new($"{archivePath}!{entryName}", length, () =>
        {
            var archive = ZipFile.OpenRead(archivePath);
            try
            {
                var entry = archive.GetEntry(entryName) ?? throw new GreenButtonException($"{archivePath}!{entryName}: the archive entry disappeared.");
                return new OwningStream(entry.Open(), archive);
            }
            catch
            {
                archive.Dispose();
                throw;
            }
        });

    /// <summary>An input opened by <paramref name="open"/> (the bundled sample, an embedded resource).</summary>
    public static InputFile FromFactory(string name, long length, Func<Stream> open) => new(name, length, open);

    /// <summary>Standard input, copied once to <paramref name="spoolPath"/> (deleted when the tool ends).</summary>
    public static InputFile FromSpool(string name, string spoolPath)
        => new(name, new FileInfo(spoolPath).Length, () => OpenFile(spoolPath));

    /// <summary>How a CSV input is read (its utility's time zone, or the one --time-zone gives).</summary>
    public GreenButtonCsvOptions Csv { get; set; }

    /// <summary>
    /// Whether the input is a utility CSV download rather than ESPI XML: named *.csv or *.tsv; a *.xml is XML (its errors
    /// are XML errors); anything else (standard input, *.txt) is CSV when it does not start with '&lt;'.
    /// </summary>
    public bool IsCsv => _isCsv ??= Path.GetExtension(Name).ToUpperInvariant() switch
    {
        ".CSV" or ".TSV" => true,
        ".XML" => false,
        _ => Sniff().Kind == InputKind.Csv,
    };

    private bool? _isCsv;

    /// <summary>
    /// A fresh stream of ESPI XML over the input: the file itself, or for a utility CSV download its conversion by
    /// <see cref="GreenButtonCsvReader"/> through the core's writer, with the CSV reader's diagnostics in
    /// <paramref name="csvDiagnostics"/>. The one place where the two formats meet: everything after it reads ESPI.
    /// </summary>
    /// <exception cref="GreenButtonException">The input cannot be opened or read.</exception>
    public Stream OpenEspi(GreenButtonReaderOptions options, Action<long>? progress, List<GreenButtonDiagnostic> csvDiagnostics)
    {
        if (!IsCsv)
        {
            return Open(progress);
        }
        CsvDownload download;
        using (var stream = OpenContent(progress))
        {
            download = GreenButtonCsvReader.Read(stream, Csv with { SourceName = Name, Lenient = options.Lenient, RedactValues = options.RedactValues });
        }
        csvDiagnostics.Clear();
        csvDiagnostics.AddRange(download.Diagnostics);
        var xml = new MemoryStream();
        download.Save(xml);
        xml.Position = 0;
        return xml;
    }

    /// <summary>The input's content, decompressed if it is gzip, whatever its kind (for the CSV reader).</summary>
    /// <exception cref="GreenButtonException">The input cannot be opened, or its gzip data is corrupt.</exception>
    public Stream OpenContent(Action<long>? progress)
    {
        var stream = _open();
        try
        {
            return Decompressed(progress is null ? stream : new ProgressStream(stream, progress), out _).Content;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>A fresh stream over the input's XML; <paramref name="progress"/> receives the (compressed) bytes read so far.</summary>
    /// <exception cref="GreenButtonException">The input cannot be opened, or it is no Green Button XML (<see cref="InputSniffer"/>).</exception>
    public Stream Open(Action<long>? progress)
    {
        var stream = _open();
        try
        {
            return Xml(progress is null ? stream : new ProgressStream(stream, progress));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// What the input is (inside its gzip compression, if any), from its first bytes, without parsing it: where a
    /// command can hand an input of another kind (a utility CSV, <see cref="InputKind.Csv"/>) to its own reader.
    /// </summary>
    /// <exception cref="GreenButtonException">The input cannot be opened, or its gzip data is corrupt.</exception>
    public Sniffed Sniff()
    {
        using var stream = _open();
        var (content, sniffed) = Decompressed(stream, out _);
        content.Dispose(); // and the decompressor with it
        return sniffed;
    }

    /// <summary>The input's content, decompressed if it is gzip, its first bytes read ahead, and what they say it is.</summary>
    private (HeadStream Content, Sniffed Sniffed) Decompressed(Stream raw, out bool compressed)
    {
        var head = new HeadStream(raw, InputSniffer.HeadLength);
        var sniffed = InputSniffer.Sniff(head.Head);
        compressed = sniffed.Kind == InputKind.Gzip;
        if (compressed)
        {
            head = new HeadStream(new GzipInput(head, Name), InputSniffer.HeadLength);
            sniffed = InputSniffer.Sniff(head.Head);
        }
        return (head, sniffed);
    }

    /// <summary>The XML inside <paramref name="raw"/>: decompressed if it is gzip; an input of another kind refused.</summary>
    private Stream Xml(Stream raw)
    {
        var (head, sniffed) = Decompressed(raw, out var compressed);
        var inside = compressed ? " inside the gzip file" : "";
        switch (sniffed.Kind)
        {
            case InputKind.Xml:
                return head;
            case InputKind.XmlWithDtd:
                return DtdRefusal(head.Head, sniffed) is { } refused ? throw refused : head;
            case InputKind.Empty:
                throw new GreenButtonException($"{Name}: the file{inside} is empty.");
            case InputKind.Csv:
                // Utility CSV downloads: a command that reads them routes such an input (Sniff()) to its reader before
                // opening it as XML; here, the one place every XML reading passes, it is named, not parsed.
                throw NotGreenButton(sniffed.Kind, inside);
            default:
                throw NotGreenButton(sniffed.Kind, inside);
        }
    }

    /// <summary>
    /// The core's refusal of the DTD, in its words (one wording whatever reads the file), at the DOCTYPE the sniffer
    /// found: .NET's XmlReader locates no prohibited DTD (line 0), so the core's own error names no position. Null if
    /// the core reads the head without refusing it (then it reads the input and decides).
    /// </summary>
    private GreenButtonException? DtdRefusal(ReadOnlySpan<byte> head, Sniffed sniffed)
    {
        try
        {
            foreach (var _ in GreenButtonReader.ReadEntries(new MemoryStream(head.ToArray(), writable: false), new GreenButtonReaderOptions { SourceName = Name }))
            {
            }
            return null;
        }
        catch (GreenButtonException ex)
        {
            return ex.Line > 0 ? ex : new GreenButtonException(ex.Reason, Name, sniffed.Line, sniffed.Column, ex.ElementPath, ex.EntryId, ex);
        }
    }

    private GreenButtonException NotGreenButton(InputKind kind, string inside)
        => new($"{Name}: this is {InputSniffer.Describe(kind)}{inside}, not a Green Button XML file{InputSniffer.Hint(kind)}.");

    private static FileStream OpenFile(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GreenButtonException($"{path}: cannot open the file: {ex.Message}", ex);
        }
    }

    /// <summary>A read-only, forward-only wrapper: the boilerplate of the two streams below, and disposal of the inner stream.</summary>
    private abstract class ReadOnlyWrapper(Stream inner) : Stream
    {
        protected Stream Inner { get; } = inner;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }

    /// <summary>A stream that disposes what it was read from (the archive of an entry).</summary>
    private sealed class OwningStream(Stream inner, IDisposable owner) : ReadOnlyWrapper(inner)
    {
        public override int Read(byte[] buffer, int offset, int count) => Inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => Inner.Read(buffer);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => Inner.ReadAsync(buffer, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                owner.Dispose();
            }
            base.Dispose(disposing);
        }
    }

    /// <summary>A stream whose first bytes (<see cref="Head"/>) were read ahead, for sniffing, and are served first.</summary>
    private sealed class HeadStream : ReadOnlyWrapper
    {
        private readonly byte[] _head;
        private readonly int _length;
        private int _served;

        public HeadStream(Stream inner, int length) : base(inner)
        {
            _head = new byte[length];
            while (_length < length && inner.Read(_head, _length, length - _length) is var read and > 0)
            {
                _length += read;
            }
        }

        public ReadOnlySpan<byte> Head => _head.AsSpan(0, _length);

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_served < _length)
            {
                var n = Math.Min(buffer.Length, _length - _served);
                _head.AsSpan(_served, n).CopyTo(buffer);
                _served += n;
                return n;
            }
            return Inner.Read(buffer);
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => _served < _length ? ValueTask.FromResult(Read(buffer.Span)) : Inner.ReadAsync(buffer, cancellationToken);
    }

    /// <summary>Gzip decompression whose corrupt data is a <see cref="GreenButtonException"/> naming the input.</summary>
    private sealed class GzipInput(Stream compressed, string name) : ReadOnlyWrapper(new GZipStream(compressed, CompressionMode.Decompress))
    {
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            try
            {
                return Inner.Read(buffer);
            }
            catch (InvalidDataException ex)
            {
                throw Corrupt(ex);
            }
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                return await Inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException ex)
            {
                throw Corrupt(ex);
            }
        }

        private GreenButtonException Corrupt(InvalidDataException ex) => new($"{name}: the gzip data is corrupt or truncated: {ex.Message}", ex);
    }

    /// <summary>Reports the bytes read so far, for the progress bar.</summary>
    private sealed class ProgressStream(Stream inner, Action<long> progress) : ReadOnlyWrapper(inner)
    {
        private long _read;

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(Inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(Inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => Count(await Inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        private int Count(int read)
        {
            _read += read;
            progress(_read);
            return read;
        }
    }
}
