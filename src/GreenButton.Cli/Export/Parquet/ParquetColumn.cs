using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace GreenButton.Cli.Export.Parquet;

/// <summary>
/// One column of the row group being filled: values appended row by row, encoded at the flush as one column chunk of
/// one data page (after a dictionary page when few distinct values repeat, as most of an export's columns do), and
/// uncompressed: dictionary indices and the definition levels' runs are what makes the file small.
/// </summary>
internal abstract class ParquetColumn
{
    /// <summary>A column chunk is dictionary-encoded when its distinct values are at most this share of its values.</summary>
    private const int DictionaryShareDivisor = 2;

    private readonly int[] _levels; // definition levels of an optional column: 1 a value, 0 null
    private int _rows;
    private int _values;

    protected ParquetColumn(string name, bool optional, int capacity)
    {
        Name = name;
        Optional = optional;
        _levels = optional ? new int[capacity] : [];
    }

    public string Name { get; }

    public bool Optional { get; }

    /// <summary>Rows appended since the last chunk.</summary>
    public int Rows => _rows;

    public abstract PhysicalType PhysicalType { get; }

    /// <summary>Values (not nulls) appended since the last chunk, stored by the subclass at 0 .. n-1.</summary>
    protected int Values => _values;

    /// <summary>Appends a null: only an optional column has them.</summary>
    protected void AppendNull()
    {
        _levels[_rows++] = 0;
    }

    /// <summary>Counts a value the subclass has stored at <see cref="Values"/>.</summary>
    protected void AppendValue()
    {
        if (Optional)
        {
            _levels[_rows] = 1;
        }
        _rows++;
        _values++;
    }

    /// <summary>This column's <c>SchemaElement</c>.</summary>
    public void WriteSchema(ThriftCompactWriter thrift)
    {
        thrift.BeginStructValue();
        thrift.I32(1, (int)PhysicalType);
        if (TypeLength > 0)
        {
            thrift.I32(2, TypeLength);
        }
        thrift.I32(3, Optional ? 1 : 0); // OPTIONAL, REQUIRED
        thrift.String(4, Name);
        WriteAnnotations(thrift);
        thrift.EndStruct();
    }

    /// <summary>The fixed length of a FIXED_LEN_BYTE_ARRAY column; 0 otherwise.</summary>
    protected virtual int TypeLength => 0;

    /// <summary>The schema element's fields 6 and up: converted type, scale, precision, logical type.</summary>
    protected abstract void WriteAnnotations(ThriftCompactWriter thrift);

    /// <summary>
    /// Numbers the values into a dictionary: <paramref name="indices"/>[i] is value i's entry. False (and the chunk is
    /// plain) as soon as the entries would pass <paramref name="maxEntries"/>.
    /// </summary>
    protected abstract bool TryDictionary(Span<int> indices, int maxEntries, out int entries);

    /// <summary>
    /// The dictionary of <paramref name="values"/>: each one's entry in <paramref name="indices"/>, the entries in
    /// first-seen order in <paramref name="entries"/>; a value equal to the previous one (the common case: runs) is
    /// not hashed again.
    /// </summary>
    protected static bool TryDictionary<T>(ReadOnlySpan<T> values, Dictionary<T, int> dictionary, T[] entries, Span<int> indices, int maxEntries, out int count)
        where T : notnull
    {
        dictionary.Clear();
        count = 0;
        var lastIndex = -1;
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (lastIndex < 0 || !EqualityComparer<T>.Default.Equals(value, values[i - 1]))
            {
                ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(dictionary, value, out var exists);
                if (!exists)
                {
                    if (count == maxEntries)
                    {
                        return false;
                    }
                    entries[count] = value;
                    index = count++;
                }
                lastIndex = index;
            }
            indices[i] = lastIndex;
        }
        return true;
    }

    /// <summary>The dictionary's entries, PLAIN-encoded, in the order of their indices.</summary>
    protected abstract void WriteDictionary(ArrayBufferWriter<byte> output, int entries);

    /// <summary>The values, PLAIN-encoded.</summary>
    protected abstract void WritePlain(ArrayBufferWriter<byte> output);

    /// <summary>The chunk's least and greatest value in the column's sort order, encoded as the statistics hold them (null with no value).</summary>
    protected abstract (byte[] Min, byte[] Max)? MinMax(bool dictionary, int entries);

    /// <summary>Forgets the chunk's values (the subclass's references go with them).</summary>
    protected abstract void ClearValues();

    /// <summary>
    /// Encodes the rows appended so far as a column chunk into <paramref name="output"/> (<paramref name="scratch"/>
    /// holds each page's body while its header is written), starting at file offset <paramref name="offset"/>, and
    /// starts the next chunk.
    /// </summary>
    public ColumnChunk Encode(ArrayBufferWriter<byte> output, ArrayBufferWriter<byte> scratch, long offset, int[] indices)
    {
        var start = output.WrittenCount;
        var dictionary = TryDictionary(indices.AsSpan(0, _values), Math.Max(1, _values / DictionaryShareDivisor), out var entries) && _values > 0;
        long? dictionaryOffset = null;
        if (dictionary)
        {
            dictionaryOffset = offset;
            scratch.ResetWrittenCount();
            WriteDictionary(scratch, entries);
            PageHeaders.Dictionary(output, scratch.WrittenCount, entries);
            Append(output, scratch);
        }
        var dataOffset = offset + (output.WrittenCount - start);
        scratch.ResetWrittenCount();
        if (Optional)
        {
            // Data page v1: the definition levels' length, then their RLE hybrid at bit width 1.
            var lengthAt = scratch.WrittenCount;
            scratch.GetSpan(4);
            scratch.Advance(4);
            RleHybridEncoder.Write(scratch, _levels.AsSpan(0, _rows), 1);
            // ArrayBufferWriter hands out no writable view of what it holds: the length is patched through the memory.
            BinaryPrimitives.WriteInt32LittleEndian(MemoryMarshal.AsMemory(scratch.WrittenMemory).Span[lengthAt..], scratch.WrittenCount - lengthAt - 4);
        }
        if (dictionary)
        {
            var bitWidth = RleHybridEncoder.BitWidth(entries);
            scratch.WriteByte((byte)bitWidth);
            RleHybridEncoder.Write(scratch, indices.AsSpan(0, _values), bitWidth);
        }
        else
        {
            WritePlain(scratch);
        }
        var encoding = dictionary ? ParquetEncoding.RleDictionary : ParquetEncoding.Plain;
        PageHeaders.Data(output, scratch.WrittenCount, _rows, encoding);
        Append(output, scratch);
        var chunk = new ColumnChunk(this, offset, dataOffset, dictionaryOffset, output.WrittenCount - start, _rows, _rows - _values,
            dictionary, MinMax(dictionary, entries));
        ClearValues();
        _rows = 0;
        _values = 0;
        return chunk;
    }

    private static void Append(ArrayBufferWriter<byte> output, ArrayBufferWriter<byte> body)
    {
        body.WrittenSpan.CopyTo(output.GetSpan(body.WrittenCount));
        output.Advance(body.WrittenCount);
    }
}
