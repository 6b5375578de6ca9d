using System.Buffers;
using System.Numerics;

namespace GreenButton.Cli.Export.Parquet;

/// <summary>A column of fixed-width numbers: its values and, at the flush, its dictionary and statistics.</summary>
internal abstract class NumberColumn<T> : ParquetColumn
    where T : struct, INumber<T>
{
    private readonly T[] _data;
    private readonly T[] _entries;
    private readonly Dictionary<T, int> _dictionary = [];

    protected NumberColumn(string name, bool optional, int capacity)
        : base(name, optional, capacity)
    {
        _data = new T[capacity];
        _entries = new T[capacity];
    }

    /// <summary>Bytes of one PLAIN value.</summary>
    protected abstract int Width { get; }

    /// <summary>One value as PLAIN encoding and the statistics hold it.</summary>
    protected abstract void Encode(Span<byte> destination, T value);

    protected void Add(T value)
    {
        _data[Values] = value;
        AppendValue();
    }

    protected override bool TryDictionary(Span<int> indices, int maxEntries, out int entries)
        => TryDictionary(_data.AsSpan(0, indices.Length), _dictionary, _entries, indices, maxEntries, out entries);

    protected override void WriteDictionary(ArrayBufferWriter<byte> output, int entries) => Plain(output, _entries.AsSpan(0, entries));

    protected override void WritePlain(ArrayBufferWriter<byte> output) => Plain(output, _data.AsSpan(0, Values));

    private void Plain(ArrayBufferWriter<byte> output, ReadOnlySpan<T> values)
    {
        var width = Width;
        var span = output.GetSpan(values.Length * width);
        for (var i = 0; i < values.Length; i++)
        {
            Encode(span[(i * width)..], values[i]);
        }
        output.Advance(values.Length * width);
    }

    protected override (byte[] Min, byte[] Max)? MinMax(bool dictionary, int entries)
    {
        var values = dictionary ? _entries.AsSpan(0, entries) : _data.AsSpan(0, Values);
        if (values.IsEmpty)
        {
            return null;
        }
        var (min, max) = (values[0], values[0]);
        foreach (var value in values)
        {
            min = T.Min(min, value);
            max = T.Max(max, value);
        }
        var (minBytes, maxBytes) = (new byte[Width], new byte[Width]);
        Encode(minBytes, min);
        Encode(maxBytes, max);
        return (minBytes, maxBytes);
    }

    protected override void ClearValues()
    {
    }
}
