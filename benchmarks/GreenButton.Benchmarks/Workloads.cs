using System.Xml;
using System.Xml.Linq;

namespace GreenButton.Benchmarks;

/// <summary>The operations measured, shared by the BenchmarkDotNet classes and the quick commands. Each returns a checksum.</summary>
public static class Workloads
{
    private const int BufferSize = 1 << 16;
    private static readonly XNamespace s_espi = "http://naesb.org/espi";

    private static FileStream Open(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);

    /// <summary>The ceiling: XmlReader.Read() over every node, with the parser's own reader settings.</summary>
    public static long RawScan(string path)
    {
        using var stream = Open(path);
        using var reader = XmlReader.Create(stream, EspiParser.CreateSettings(new NameTable(), closeInput: false, async: false));
        long nodes = 0;
        while (reader.Read())
        {
            nodes++;
        }
        return nodes;
    }

    /// <summary>The fastest path: every reading streamed as a value type.</summary>
    public static long ReadIntervalReadings(string path)
    {
        using var stream = Open(path);
        long sum = 0;
        foreach (var reading in GreenButtonReader.ReadIntervalReadings(stream))
        {
            sum += reading.Value;
        }
        return sum;
    }

    /// <summary>Entry by entry, every resource typed.</summary>
    public static long ReadEntries(string path)
    {
        using var stream = Open(path);
        long sum = 0;
        foreach (var entry in GreenButtonReader.ReadEntries(stream))
        {
            foreach (var resource in entry.Resources)
            {
                if (resource is IntervalBlock block)
                {
                    foreach (var reading in block.Readings)
                    {
                        sum += reading.Value;
                    }
                }
            }
        }
        return sum;
    }

    /// <summary>The streaming view's first pass (what <c>greenbutton summary</c> reads): every figure, no reading kept.</summary>
    public static long FeedOpen(string path)
    {
        using var feed = GreenButtonFeed.Open(path);
        return feed.Statistics.SumValue;
    }

    /// <summary>The whole document with its link graph resolved.</summary>
    public static long DocumentLoad(string path)
    {
        using var stream = Open(path);
        var doc = GreenButtonDocument.Load(stream);
        long sum = 0;
        foreach (var meterReading in doc.MeterReadings)
        {
            foreach (var reading in meterReading.Readings)
            {
                sum += reading.Value;
            }
        }
        return sum;
    }

    /// <summary>Conformance: the ESPI 4.0 schema, the Alliance's data rules and the quirk checks, in one streaming pass.</summary>
    public static long Validate(string path)
    {
        var result = GreenButtonValidator.Validate(path);
        return result.Violations.Count + result.OmittedViolations + (result.IsSchemaValid == true ? 1 : 0);
    }

    /// <summary>The validation without the schema (rules and quirks only): what the schema check costs on top, for profiles.</summary>
    public static long ValidateRulesOnly(string path)
    {
        var result = GreenButtonValidator.Validate(path, new GreenButtonValidationOptions { Schema = EspiSchemaVersion.None });
        return result.Violations.Count + result.OmittedViolations;
    }

    /// <summary>The same validation with .NET's validating XmlReader in place of the push validator: the reference it is measured against.</summary>
    public static long ValidateWithValidatingReader(string path)
    {
        var result = GreenButtonValidator.Validate(path, new GreenButtonValidationOptions { ValidatingReader = true });
        return result.Violations.Count + result.OmittedViolations + (result.IsSchemaValid == true ? 1 : 0);
    }

    /// <summary>What a .NET developer would write first: XDocument and LINQ to XML.</summary>
    public static long XDocumentLinq(string path)
    {
        using var stream = Open(path);
        var doc = XDocument.Load(stream);
        long sum = 0;
        foreach (var reading in doc.Descendants(s_espi + "IntervalReading"))
        {
            var period = reading.Element(s_espi + "timePeriod");
            var start = (long?)period?.Element(s_espi + "start") ?? 0;
            var duration = (long?)period?.Element(s_espi + "duration") ?? 0;
            var value = (long?)reading.Element(s_espi + "value") ?? 0;
            sum += value + ((start + duration) & 0);
        }
        return sum;
    }

    /// <summary>The other usual approach: XmlSerializer over plain classes for the same elements.</summary>
    public static long XmlSerializer(string path)
    {
        using var stream = Open(path);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var feed = (SerializedFeed)SerializedFeed.Serializer.Deserialize(reader)!;
        long sum = 0;
        foreach (var entry in feed.Entries)
        {
            foreach (var block in entry.Content?.IntervalBlocks ?? [])
            {
                foreach (var reading in block.IntervalReadings)
                {
                    sum += reading.Value + ((reading.TimePeriod?.Start + reading.TimePeriod?.Duration ?? 0) & 0);
                }
            }
        }
        return sum;
    }

    private static readonly Dictionary<string, GreenButtonDocument> s_loaded = [];

    /// <summary>Loads the document that <see cref="Write"/> writes (outside the timing: call it once first).</summary>
    public static GreenButtonDocument Loaded(string path)
    {
        lock (s_loaded)
        {
            if (!s_loaded.TryGetValue(path, out var doc))
            {
                s_loaded[path] = doc = GreenButtonDocument.Load(path);
            }
            return doc;
        }
    }

    /// <summary>The writer: the whole (loaded) document written back as XML, to a stream that only counts. Returns the bytes written.</summary>
    public static long Write(string path)
    {
        var counter = new CountingStream();
        Loaded(path).Save(counter);
        return counter.Length;
    }

    /// <summary>A stream that counts what is written and keeps nothing.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
