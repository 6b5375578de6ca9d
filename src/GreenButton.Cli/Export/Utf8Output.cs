using System.Buffers;
using System.Globalization;
using System.Text;

namespace GreenButton.Cli.Export;

/// <summary>
/// UTF-8 bytes into a pooled buffer, written to the stream as it fills: numbers with <see cref="IUtf8SpanFormattable"/>,
/// times digit by digit, text encoded once per distinct string. No string is made per row.
/// </summary>
internal sealed class Utf8Output(Stream stream) : IBufferWriter<byte>, IDisposable
{
    private const int Size = 1 << 16;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Size);
    private int _used;

    public void Advance(int count) => _used += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => _buffer.AsMemory(Room(sizeHint));

    public Span<byte> GetSpan(int sizeHint = 0) => _buffer.AsSpan(Room(sizeHint));

    public void Byte(byte value)
    {
        if (_used == _buffer.Length)
        {
            Flush();
        }
        _buffer[_used++] = value;
    }

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        _used += bytes.Length;
    }

    public void Text(string value)
    {
        var span = GetSpan(Encoding.UTF8.GetMaxByteCount(value.Length));
        _used += Encoding.UTF8.GetBytes(value, span);
    }

    public void Number<T>(T value) where T : IUtf8SpanFormattable
    {
        var span = GetSpan(64);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        _used += written;
    }

    /// <summary><c>2023-01-01T08:00:00Z</c>, as <see cref="Formats.Utc"/> writes it.</summary>
    public void Utc(long seconds)
    {
        var span = GetSpan(20);
        DateTimeText(span, Formats.FromUnix(seconds).UtcDateTime);
        span[19] = (byte)'Z';
        _used += 20;
    }

    /// <summary><c>2023-01-01T00:00:00-08:00</c>, as <see cref="Formats.Local(DateTimeOffset)"/> writes it.</summary>
    public void Local(DateTimeOffset local)
    {
        var span = GetSpan(25);
        _used += LocalText(span, local);
    }

    /// <summary>Writes <c>yyyy-MM-ddTHH:mm:sszzz</c> into <paramref name="span"/> (25 bytes); returns the length.</summary>
    public static int LocalText(Span<byte> span, DateTimeOffset local)
    {
        DateTimeText(span, local.DateTime);
        var offset = (int)local.Offset.TotalMinutes;
        span[19] = offset < 0 ? (byte)'-' : (byte)'+';
        offset = Math.Abs(offset);
        Two(span[20..], offset / 60);
        span[22] = (byte)':';
        Two(span[23..], offset % 60);
        return 25;
    }

    /// <summary>Writes <c>yyyy-MM-ddTHH:mm:ss</c> (19 bytes).</summary>
    public static void DateTimeText(Span<byte> span, DateTime time)
    {
        time.Deconstruct(out DateOnly date, out TimeOnly clock);
        date.Deconstruct(out var year, out var month, out var day);
        Two(span, year / 100);
        Two(span[2..], year % 100);
        span[4] = (byte)'-';
        Two(span[5..], month);
        span[7] = (byte)'-';
        Two(span[8..], day);
        span[10] = (byte)'T';
        Two(span[11..], clock.Hour);
        span[13] = (byte)':';
        Two(span[14..], clock.Minute);
        span[16] = (byte)':';
        Two(span[17..], clock.Second);
    }

    private static void Two(Span<byte> span, int value)
    {
        span[0] = (byte)('0' + (value / 10));
        span[1] = (byte)('0' + (value % 10));
    }

    public void Flush()
    {
        if (_used > 0)
        {
            stream.Write(_buffer, 0, _used);
            _used = 0;
        }
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_used > 0)
        {
            await stream.WriteAsync(_buffer.AsMemory(0, _used), cancellationToken).ConfigureAwait(false);
            _used = 0;
        }
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    /// <summary>Makes room for <paramref name="sizeHint"/> bytes; returns where they go.</summary>
    private int Room(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (_buffer.Length - _used < sizeHint)
        {
            Flush();
            if (_buffer.Length < sizeHint)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(sizeHint);
            }
        }
        return _used;
    }
}
