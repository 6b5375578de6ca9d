using System.Buffers.Binary;

namespace GreenButton.Cli.Export.Parquet;

/// <summary>
/// DECIMAL(38, scale) as FIXED_LEN_BYTE_ARRAY(16): each value's unscaled integer, big-endian two's complement. A
/// <see cref="decimal"/> (96-bit mantissa) times 10^scale, scale at most 9, always fits 128 bits.
/// </summary>
internal sealed class DecimalColumn : NumberColumn<Int128>
{
    public const int Precision = 38;
    public const int MaxScale = 9;

    private static readonly UInt128[] s_powersOfTen = PowersOfTen();

    public DecimalColumn(string name, int scale, int capacity)
        : base(name, optional: true, capacity)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, MaxScale);
        Scale = scale;
    }

    public int Scale { get; }

    public override PhysicalType PhysicalType => PhysicalType.FixedLenByteArray;

    protected override int TypeLength => 16;

    protected override int Width => 16;

    /// <summary>Appends a value, rounded half to even to the column's scale when it has more decimals.</summary>
    public void Append(decimal? value)
    {
        if (value is { } v)
        {
            Add(Unscaled(v, Scale));
        }
        else
        {
            AppendNull();
        }
    }

    /// <summary><paramref name="value"/> × 10^<paramref name="scale"/>, rounded half to even to an integer.</summary>
    public static Int128 Unscaled(decimal value, int scale)
    {
        if (value.Scale > scale)
        {
            value = Math.Round(value, scale, MidpointRounding.ToEven);
        }
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var unscaled = (Int128)(mantissa * s_powersOfTen[scale - value.Scale]); // < 2^96 × 10^9 < 2^127
        return bits[3] < 0 ? -unscaled : unscaled;
    }

    protected override void WriteAnnotations(ThriftCompactWriter thrift)
    {
        thrift.I32(6, (int)ConvertedType.Decimal);
        thrift.I32(7, Scale);
        thrift.I32(8, Precision);
        thrift.BeginStruct(10);
        thrift.BeginStruct(LogicalTypeField.Decimal);
        thrift.I32(1, Scale);
        thrift.I32(2, Precision);
        thrift.EndStruct();
        thrift.EndStruct();
    }

    private static UInt128[] PowersOfTen()
    {
        var powers = new UInt128[MaxScale + 1];
        powers[0] = 1;
        for (var e = 1; e < powers.Length; e++)
        {
            powers[e] = powers[e - 1] * 10;
        }
        return powers;
    }

    protected override void Encode(Span<byte> destination, Int128 value) => BinaryPrimitives.WriteInt128BigEndian(destination, value);
}
