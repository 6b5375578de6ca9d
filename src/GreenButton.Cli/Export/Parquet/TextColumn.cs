using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace GreenButton.Cli.Export.Parquet;

/// <summary>
/// An optional UTF-8 string column (BYTE_ARRAY, STRING). An export's texts repeat (a usage point's link on every
/// reading, the same string instance row after row): a value equal to the previous one is its index without hashing.
/// </summary>
internal sealed class TextColumn : ParquetColumn
{
    private readonly string[] _data;
    private readonly string[] _entries;
    private readonly Dictionary<string, int> _dictionary = new(StringComparer.Ordinal);
    private (byte[] Min, byte[] Max)? _minMax;

    public TextColumn(string name, int capacity)
        : base(name, optional: true, capacity)
    {
        _data = new string[capacity];
        _entries = new string[capacity];
    }

    public override PhysicalType PhysicalType => PhysicalType.ByteArray;

    /// <summary>
    /// Characters of the values appended since the last chunk that are not the previous value's instance: a bound on
    /// what the chunk's pages will hold (their dictionary, or PLAIN values), so a group can be flushed before a page
    /// nears the 2 GB an array holds.
    /// </summary>
    public long NewChars { get; private set; }

    public void Append(string? value)
    {
        if (value is null)
        {
            AppendNull();
            return;
        }
        if (Values == 0 || !ReferenceEquals(_data[Values - 1], value))
        {
            NewChars += value.Length;
        }
        _data[Values] = value;
        AppendValue();
    }

    protected override void WriteAnnotations(ThriftCompactWriter thrift)
    {
        thrift.I32(6, (int)ConvertedType.Utf8);
        thrift.BeginStruct(10);
        thrift.EmptyStruct(LogicalTypeField.String);
        thrift.EndStruct();
    }

    protected override bool TryDictionary(Span<int> indices, int maxEntries, out int entries)
        => TryDictionary(_data.AsSpan(0, indices.Length), _dictionary, _entries, indices, maxEntries, out entries);

    protected override void WriteDictionary(ArrayBufferWriter<byte> output, int entries) => Plain(output, _entries.AsSpan(0, entries));

    protected override void WritePlain(ArrayBufferWriter<byte> output) => Plain(output, _data.AsSpan(0, Values));

    /// <summary>PLAIN byte arrays (a 4-byte length, then the bytes); the least and greatest in unsigned byte order on the way.</summary>
    private void Plain(ArrayBufferWriter<byte> output, ReadOnlySpan<string> values)
    {
        _minMax = null;
        int minAt = 0, minLength = 0, maxAt = 0, maxLength = 0;
        string? previous = null;
        foreach (var value in values)
        {
            var length = Encoding.UTF8.GetByteCount(value);
            var span = output.GetSpan(4 + length);
            BinaryPrimitives.WriteInt32LittleEndian(span, length);
            Encoding.UTF8.GetBytes(value, span[4..]);
            var at = output.WrittenCount + 4;
            output.Advance(4 + length);
            if (previous is null)
            {
                (minAt, minLength, maxAt, maxLength) = (at, length, at, length);
            }
            else if (!ReferenceEquals(value, previous))
            {
                var written = output.WrittenSpan;
                var bytes = written.Slice(at, length);
                if (bytes.SequenceCompareTo(written.Slice(minAt, minLength)) < 0)
                {
                    (minAt, minLength) = (at, length);
                }
                if (bytes.SequenceCompareTo(written.Slice(maxAt, maxLength)) > 0)
                {
                    (maxAt, maxLength) = (at, length);
                }
            }
            previous = value;
        }
        if (previous is not null)
        {
            var written = output.WrittenSpan;
            _minMax = (written.Slice(minAt, minLength).ToArray(), written.Slice(maxAt, maxLength).ToArray());
        }
    }

    protected override (byte[] Min, byte[] Max)? MinMax(bool dictionary, int entries) => _minMax;

    protected override void ClearValues()
    {
        Array.Clear(_data, 0, Values);
        Array.Clear(_entries);
        _minMax = null;
        NewChars = 0;
    }
}
