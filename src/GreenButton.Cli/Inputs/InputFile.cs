using System.IO.Compression;
using GreenButton.Csv;

namespace GreenButton.Cli.Inputs;

/// <summary>
/// One Green Button input: a file, an entry of a .zip archive, or standard input (spooled to a temporary file, since
/// summaries and exports read an input more than once). <see cref="Open"/> gives a fresh stream each time.
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
        _ => Sniff(),
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
        using (var stream = Open(progress))
        {
            download = GreenButtonCsvReader.Read(stream, Csv with { SourceName = Name, Lenient = options.Lenient, RedactValues = options.RedactValues });
        }
        csvDiagnostics.Clear();
        csvDiagnostics.AddRange(download.Diagnostics);
        var xml = new MemoryStream();
        download.ToDocument().Save(xml);
        xml.Position = 0;
        return xml;
    }

    private bool Sniff()
    {
        using var stream = Open(null);
        Span<byte> start = stackalloc byte[512];
        var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        return read > 0 && GreenButtonCsvReader.LooksLikeCsv(start[..read]);
    }

    /// <summary>A fresh stream over the input; <paramref name="progress"/> receives the bytes read so far.</summary>
    /// <exception cref="GreenButtonException">The input cannot be opened.</exception>
    public Stream Open(Action<long>? progress)
    {
        var stream = _open();
        return progress is null ? stream : new ProgressStream(stream, progress);
    }

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
