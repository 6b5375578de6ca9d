using System.Buffers;
using System.Text;

namespace GreenButton.Cli.Export.Parquet;

/// <summary>
/// Thrift's compact protocol, the encoding of Parquet's page headers and footer: only what they need (structs, lists,
/// i8/i32/i64 as zigzag varints, bools in the field header, binary). Fields must be written in increasing id order
/// within a struct, as the generated Thrift writers do; ids are then one delta nibble each.
/// </summary>
internal sealed class ThriftCompactWriter(ArrayBufferWriter<byte> output)
{
    private const byte TypeTrue = 1;
    private const byte TypeFalse = 2;
    private const byte TypeByte = 3;
    private const byte TypeI32 = 5;
    private const byte TypeI64 = 6;
    private const byte TypeBinary = 8;
    private const byte TypeList = 9;
    private const byte TypeStruct = 12;

    private readonly Stack<short> _lastFieldIds = new();
    private short _lastFieldId;

    public void I32(short id, int value)
    {
        FieldHeader(id, TypeI32);
        Varint(ZigZag(value));
    }

    public void I64(short id, long value)
    {
        FieldHeader(id, TypeI64);
        Varint(ZigZag(value));
    }

    public void Byte(short id, sbyte value)
    {
        FieldHeader(id, TypeByte);
        Raw((byte)value);
    }

    public void Bool(short id, bool value) => FieldHeader(id, value ? TypeTrue : TypeFalse);

    public void Binary(short id, ReadOnlySpan<byte> value)
    {
        FieldHeader(id, TypeBinary);
        Bytes(value);
    }

    public void String(short id, string value)
    {
        FieldHeader(id, TypeBinary);
        StringValue(value);
    }

    /// <summary>A struct field; its fields follow, then <see cref="EndStruct"/>.</summary>
    public void BeginStruct(short id)
    {
        FieldHeader(id, TypeStruct);
        BeginStructValue();
    }

    /// <summary>Ends a struct (or a union) with its stop byte.</summary>
    public void EndStruct()
    {
        Raw(0);
        _lastFieldId = _lastFieldIds.Pop();
    }

    /// <summary>An empty struct field: Parquet's marker types (<c>StringType</c>, <c>MilliSeconds</c>, ...).</summary>
    public void EmptyStruct(short id)
    {
        BeginStruct(id);
        EndStruct();
    }

    /// <summary>A list of structs; each element is <see cref="BeginStructValue"/> ... <see cref="EndStruct"/>.</summary>
    public void StructList(short id, int count) => ListHeader(id, TypeStruct, count);

    public void BeginStructValue()
    {
        _lastFieldIds.Push(_lastFieldId);
        _lastFieldId = 0;
    }

    public void I32List(short id, ReadOnlySpan<int> values)
    {
        ListHeader(id, TypeI32, values.Length);
        foreach (var value in values)
        {
            Varint(ZigZag(value));
        }
    }

    public void StringList(short id, ReadOnlySpan<string> values)
    {
        ListHeader(id, TypeBinary, values.Length);
        foreach (var value in values)
        {
            StringValue(value);
        }
    }

    /// <summary>The end of the outermost struct (a page header, the file's metadata).</summary>
    public void Stop() => Raw(0);

    private void ListHeader(short id, byte elementType, int count)
    {
        FieldHeader(id, TypeList);
        if (count < 15)
        {
            Raw((byte)((count << 4) | elementType));
        }
        else
        {
            Raw((byte)(0xF0 | elementType));
            Varint((uint)count);
        }
    }

    private void FieldHeader(short id, byte type)
    {
        var delta = id - _lastFieldId;
        if (delta is > 0 and <= 15)
        {
            Raw((byte)((delta << 4) | type));
        }
        else
        {
            Raw(type);
            Varint(ZigZag((int)id));
        }
        _lastFieldId = id;
    }

    private void StringValue(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Varint((uint)length);
        var span = output.GetSpan(length);
        Encoding.UTF8.GetBytes(value, span);
        output.Advance(length);
    }

    private void Bytes(ReadOnlySpan<byte> value)
    {
        Varint((uint)value.Length);
        value.CopyTo(output.GetSpan(value.Length));
        output.Advance(value.Length);
    }

    private void Raw(byte value) => output.WriteByte(value);

    private void Varint(ulong value) => output.WriteVarint(value);

    private static uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));
}
