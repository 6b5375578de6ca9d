using System.Buffers.Binary;

namespace GreenButton.Cli.Export.Parquet;

/// <summary>An INT32 or INT64 column: an integer, or a timestamp in milliseconds (UTC, or local wall-clock time).</summary>
internal sealed class IntegerColumn : NumberColumn<long>
{
    private readonly bool _int32;
    private readonly bool? _timestampUtc;

    private IntegerColumn(string name, bool optional, int capacity, bool int32, bool? timestampUtc)
        : base(name, optional, capacity)
    {
        _int32 = int32;
        _timestampUtc = timestampUtc;
    }

    public static IntegerColumn Int32(string name, bool optional, int capacity) => new(name, optional, capacity, int32: true, null);

    public static IntegerColumn Int64(string name, bool optional, int capacity) => new(name, optional, capacity, int32: false, null);

    /// <summary>Milliseconds since 1970-01-01T00:00, of UTC when <paramref name="adjustedToUtc"/>, else of the local clock.</summary>
    public static IntegerColumn Timestamp(string name, bool optional, bool adjustedToUtc, int capacity)
        => new(name, optional, capacity, int32: false, adjustedToUtc);

    public override PhysicalType PhysicalType => _int32 ? PhysicalType.Int32 : PhysicalType.Int64;

    protected override int Width => _int32 ? 4 : 8;

    public void Append(long value) => Add(value);

    public void Append(long? value)
    {
        if (value is { } v)
        {
            Append(v);
        }
        else
        {
            AppendNull();
        }
    }

    protected override void WriteAnnotations(ThriftCompactWriter thrift)
    {
        if (_timestampUtc is { } utc)
        {
            thrift.BeginStruct(10);
            thrift.BeginStruct(LogicalTypeField.Timestamp);
            thrift.Bool(1, utc);
            thrift.BeginStruct(2);
            thrift.EmptyStruct(1); // MILLIS
            thrift.EndStruct();
            thrift.EndStruct();
            thrift.EndStruct();
            return;
        }
        thrift.I32(6, (int)(_int32 ? ConvertedType.Int32 : ConvertedType.Int64));
        thrift.BeginStruct(10);
        thrift.BeginStruct(LogicalTypeField.Integer);
        thrift.Byte(1, (sbyte)(_int32 ? 32 : 64));
        thrift.Bool(2, true);
        thrift.EndStruct();
        thrift.EndStruct();
    }

    protected override void Encode(Span<byte> destination, long value)
    {
        if (_int32)
        {
            BinaryPrimitives.WriteInt32LittleEndian(destination, (int)value);
        }
        else
        {
            BinaryPrimitives.WriteInt64LittleEndian(destination, value);
        }
    }
}
