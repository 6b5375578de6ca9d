using System.Buffers;

namespace GreenButton.Cli.Export.Parquet;

/// <summary>The two primitives Thrift and the RLE hybrid share: a byte and an unsigned LEB128 varint.</summary>
internal static class ByteOutput
{
    public static void WriteByte(this ArrayBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    public static void WriteVarint(this ArrayBufferWriter<byte> output, ulong value)
    {
        var span = output.GetSpan(10);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[i++] = (byte)value;
        output.Advance(i);
    }
}
