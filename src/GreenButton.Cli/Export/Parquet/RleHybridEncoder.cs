using System.Buffers;

namespace GreenButton.Cli.Export.Parquet;

/// <summary>
/// Parquet's RLE / bit-packing hybrid (definition levels, dictionary indices): a run of 8 or more equal values is one
/// RLE run, the rest bit-packed in groups of 8, at most 63 groups a run (as parquet-mr writes them: readers with a
/// fixed literal buffer accept that). Only the last group is padded, as the format requires.
/// </summary>
internal static class RleHybridEncoder
{
    private const int MaxGroupsPerRun = 63;

    /// <summary>The bit width of values below <paramref name="count"/> (at least 1).</summary>
    public static int BitWidth(int count) => Math.Max(1, 32 - int.LeadingZeroCount(Math.Max(count - 1, 0)));

    public static void Write(ArrayBufferWriter<byte> output, ReadOnlySpan<int> values, int bitWidth)
    {
        var pending = 0; // start of the values waiting to be bit-packed
        var i = 0;
        while (i < values.Length)
        {
            var run = 1;
            while (i + run < values.Length && values[i + run] == values[i])
            {
                run++;
            }
            if (run >= 8)
            {
                // The bit-packed values before a run must fill whole groups: the run gives up its first few.
                var fill = (8 - ((i - pending) % 8)) % 8;
                if (run - fill >= 8)
                {
                    i += fill;
                    BitPacked(output, values[pending..i], bitWidth);
                    Rle(output, values[i], run - fill, bitWidth);
                    i += run - fill;
                    pending = i;
                    continue;
                }
            }
            i += run;
        }
        BitPacked(output, values[pending..], bitWidth);
    }

    private static void Rle(ArrayBufferWriter<byte> output, int value, int count, int bitWidth)
    {
        output.WriteVarint((uint)count << 1);
        var bytes = (bitWidth + 7) / 8;
        var span = output.GetSpan(bytes);
        for (var b = 0; b < bytes; b++)
        {
            span[b] = (byte)(value >> (8 * b));
        }
        output.Advance(bytes);
    }

    private static void BitPacked(ArrayBufferWriter<byte> output, ReadOnlySpan<int> values, int bitWidth)
    {
        while (!values.IsEmpty)
        {
            var groups = Math.Min(MaxGroupsPerRun, (values.Length + 7) / 8);
            var count = Math.Min(values.Length, groups * 8);
            output.WriteVarint(((uint)groups << 1) | 1);
            var bytes = groups * bitWidth; // 8 values of bitWidth bits per group
            var span = output.GetSpan(bytes)[..bytes];
            span.Clear();
            ulong buffer = 0;
            var bits = 0;
            var at = 0;
            for (var v = 0; v < count; v++)
            {
                buffer |= (ulong)(uint)values[v] << bits;
                bits += bitWidth;
                while (bits >= 8)
                {
                    span[at++] = (byte)buffer;
                    buffer >>= 8;
                    bits -= 8;
                }
            }
            if (bits > 0)
            {
                span[at] = (byte)buffer;
            }
            output.Advance(bytes);
            values = values[count..];
        }
    }
}
