using System.Text;

namespace GreenButton;

/// <summary>
/// What <see cref="Utf8XmlReader"/> gives the framework's reader when it hands over: a prefix of its own, the bytes
/// it had read and not used, then the rest of the input.
/// </summary>
internal sealed class HandOverStream(List<HandOverStream.Segment> prefix, byte[] buffer, int start, int end, Stream rest, bool closeRest) : ReadOnlyView(rest)
{
    /// <summary>Bytes of the prefix, or one byte repeated (newlines and spaces that place the next token).</summary>
    internal readonly record struct Segment(byte[]? Bytes, byte Byte, long Count)
    {
        public static Segment Of(string ascii) => new(Encoding.UTF8.GetBytes(ascii), 0, 0);

        public static Segment Repeat(byte b, long count) => new(null, b, count);

        public long Length => Bytes?.Length ?? Count;
    }

    private int _segment;
    private long _segmentAt;
    private int _bufferAt = start;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <summary>
    /// Fills <paramref name="destination"/> as far as the input goes: the framework's reader sees whole reads, as from a
    /// file, whatever the input's reads are. On short reads it counts lines differently and can fail inside a buffer
    /// copy (measured: tests); a hand-over is rare, so waiting for a whole buffer costs nothing that matters.
    /// </summary>
    public override int Read(Span<byte> destination)
    {
        var total = 0;
        while (total < destination.Length)
        {
            var n = ReadSome(destination[total..]);
            if (n == 0)
            {
                break;
            }
            total += n;
        }
        return total;
    }

    private int ReadSome(Span<byte> destination)
    {
        while (_segment < prefix.Count)
        {
            var s = prefix[_segment];
            var left = s.Length - _segmentAt;
            if (left <= 0)
            {
                _segment++;
                _segmentAt = 0;
                continue;
            }
            var n = (int)Math.Min(destination.Length, left);
            if (s.Bytes is { } bytes)
            {
                bytes.AsSpan((int)_segmentAt, n).CopyTo(destination);
            }
            else
            {
                destination[..n].Fill(s.Byte);
            }
            _segmentAt += n;
            return n;
        }
        if (_bufferAt < end)
        {
            var n = Math.Min(destination.Length, end - _bufferAt);
            buffer.AsSpan(_bufferAt, n).CopyTo(destination);
            _bufferAt += n;
            return n;
        }
        return Inner.Read(destination);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && closeRest)
        {
            Inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
