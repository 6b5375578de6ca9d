using System.Text;

namespace GreenButton.Tests;

/// <summary>
/// Builds small hand-written Green Button fixtures as text, so that each test shows the XML it is about.
/// Times are Unix seconds; hrefs live under <see cref="Base"/>.
/// </summary>
internal static class Fixture
{
    public const string Atom = "http://www.w3.org/2005/Atom";
    public const string Espi = "http://naesb.org/espi";
    public const string Customer = "http://naesb.org/espi/customer";
    public const string Base = "https://utility.example/DataCustodian/espi/1_1/resource";
    public const string Subscription = Base + "/Subscription/5";
    public const string UsagePointHref = Subscription + "/UsagePoint/1";
    public const string MeterReadingHref = UsagePointHref + "/MeterReading/1";
    public const string ReadingTypeHref = Base + "/ReadingType/NzI6bnVsbDo5MDA6MQ==";
    public const string LocalTimeHref = Base + "/LocalTimeParameters/1";

    /// <summary>2023-06-01T07:00:00Z, local midnight in Pacific daylight time.</summary>
    public const long June1 = 1685602800;

    private static long s_ids;

    /// <summary>The fixture folder copied beside the test assembly.</summary>
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static string Feed(params string[] entries) => FeedWithSelf(Subscription, entries);

    public static string FeedWithSelf(string? self, params string[] entries)
    {
        var link = self is null ? "" : $"<link rel=\"self\" href=\"{self}\"/>";
        return $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"{Atom}\">\n<id>urn:uuid:feed</id>\n<title>Fixture</title>\n<updated>2023-06-02T00:00:00Z</updated>\n{link}\n{string.Concat(entries)}</feed>\n";
    }

    /// <summary>An Atom entry whose content holds <paramref name="content"/> (an ESPI resource with its xmlns).</summary>
    public static string Entry(string content, string? self = null, string? up = null, string[]? related = null, string? id = null, string? title = null)
    {
        var sb = new StringBuilder("<entry>\n");
        sb.Append($"<id>{id ?? $"urn:uuid:00000000-0000-4000-8000-{Interlocked.Increment(ref s_ids):D12}"}</id>\n");
        if (self is not null)
        {
            sb.Append($"<link rel=\"self\" href=\"{self}\"/>\n");
        }
        if (up is not null)
        {
            sb.Append($"<link rel=\"up\" href=\"{up}\"/>\n");
        }
        foreach (var r in related ?? [])
        {
            sb.Append($"<link rel=\"related\" href=\"{r}\"/>\n");
        }
        sb.Append($"<title>{title ?? ""}</title>\n<content type=\"xml\">\n{content}\n</content>\n<published>2023-06-02T00:00:00Z</published>\n<updated>2023-06-02T00:00:00Z</updated>\n</entry>\n");
        return sb.ToString();
    }

    public static string UsagePoint(int kind = 0, string extra = "")
        => $"<UsagePoint xmlns=\"{Espi}\"><ServiceCategory><kind>{kind}</kind></ServiceCategory>{extra}</UsagePoint>";

    public static string MeterReading(string inner = "") => $"<MeterReading xmlns=\"{Espi}\">{inner}</MeterReading>";

    public static string ReadingType(int uom = 72, int power = 0, long intervalLength = 900, string extra = "")
        => $"<ReadingType xmlns=\"{Espi}\"><accumulationBehaviour>4</accumulationBehaviour><commodity>1</commodity><currency>840</currency><flowDirection>1</flowDirection><intervalLength>{intervalLength}</intervalLength><kind>12</kind><powerOfTenMultiplier>{power}</powerOfTenMultiplier><uom>{uom}</uom>{extra}</ReadingType>";

    public static string LocalTime(long tzOffset = -28800, string start = "360E2000", string end = "B40E2000", long dst = 3600)
        => $"<LocalTimeParameters xmlns=\"{Espi}\"><dstEndRule>{end}</dstEndRule><dstOffset>{dst}</dstOffset><dstStartRule>{start}</dstStartRule><tzOffset>{tzOffset}</tzOffset></LocalTimeParameters>";

    public static string Block(long start, long duration, params string[] readings)
        => $"<IntervalBlock xmlns=\"{Espi}\"><interval><duration>{duration}</duration><start>{start}</start></interval>{string.Concat(readings)}</IntervalBlock>";

    public static string Reading(long start, long duration, long value, string extra = "")
        => $"<IntervalReading>{extra}<timePeriod><duration>{duration}</duration><start>{start}</start></timePeriod><value>{value}</value></IntervalReading>";

    /// <summary><paramref name="count"/> hourly readings from <paramref name="start"/>, values 100, 101, ...</summary>
    public static string[] Hourly(long start, int count, long firstValue = 100)
        => Enumerable.Range(0, count).Select(i => Reading(start + (3600L * i), 3600, firstValue + i)).ToArray();

    /// <summary>
    /// The canonical small feed: one UsagePoint (electricity) with LocalTimeParameters, one MeterReading with its
    /// ReadingType (Wh, 10^0, hourly) and two daily IntervalBlocks of 24 hourly readings, all linked by up/related/self.
    /// </summary>
    public static string StandardFeed() => Feed(StandardEntries());

    public static string[] StandardEntries() =>
    [
        Entry(UsagePoint(0), self: UsagePointHref, up: Subscription + "/UsagePoint", related: [UsagePointHref + "/MeterReading", LocalTimeHref], title: "Home"),
        Entry(LocalTime(), self: LocalTimeHref, up: Base + "/LocalTimeParameters", title: "DST For North America"),
        Entry(MeterReading(), self: MeterReadingHref, up: UsagePointHref + "/MeterReading", related: [MeterReadingHref + "/IntervalBlock", ReadingTypeHref], title: "Energy Delivered"),
        Entry(ReadingType(intervalLength: 3600), self: ReadingTypeHref, up: Base + "/ReadingType", title: "Type of Meter Reading Data"),
        Entry(Block(June1, 86400, Hourly(June1, 24)), self: MeterReadingHref + "/IntervalBlock/1", up: MeterReadingHref + "/IntervalBlock"),
        Entry(Block(June1 + 86400, 86400, Hourly(June1 + 86400, 24, 200)), self: MeterReadingHref + "/IntervalBlock/2", up: MeterReadingHref + "/IntervalBlock"),
    ];

    public static GreenButtonDocument Parse(string xml, GreenButtonReaderOptions options = default) => GreenButtonDocument.Parse(xml, options);

    public static List<IntervalReading> Stream(string xml, GreenButtonReaderOptions options = default)
    {
        using var text = new StringReader(xml);
        return [.. GreenButtonReader.ReadIntervalReadings(text, options)];
    }

    public static List<AtomEntry> Entries(string xml, GreenButtonReaderOptions options = default)
    {
        using var text = new StringReader(xml);
        return [.. GreenButtonReader.ReadEntries(text, options)];
    }

    public static IEnumerable<string> Codes(this GreenButtonDocument document) => document.Diagnostics.Select(d => d.Code);

    public static GreenButtonDiagnostic Diagnostic(this GreenButtonDocument document, string code) => document.Diagnostics.Single(d => d.Code == code);

    public static byte[] Utf8(string xml) => Encoding.UTF8.GetBytes(xml);

    /// <summary>A temporary folder deleted on dispose.</summary>
    public sealed class TempFolder : IDisposable
    {
        public TempFolder() => Directory.CreateDirectory(Path);

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gb-tests-" + Guid.NewGuid().ToString("N"));

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a file still open on another platform.
            }
        }
    }
}

/// <summary>The boilerplate of a read-only stream that cannot seek, for the test streams below.</summary>
internal abstract class ForwardOnlyStream : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A stream that cannot seek, as a network response.</summary>
internal sealed class NonSeekableStream(Stream inner) : ForwardOnlyStream
{
    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);
}

/// <summary>A stream that returns at most one byte per read: every buffer boundary the parser may meet.</summary>
internal sealed class OneByteStream(byte[] data) : ForwardOnlyStream
{
    private int _position;

    public int Reads { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        Reads++;
        if (_position >= data.Length || buffer.Length == 0)
        {
            return 0;
        }
        buffer[0] = data[_position++];
        return 1;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Read(buffer.Span));

}
