using System.Globalization;
using System.Text;

namespace GreenButton.Synthetic;

/// <summary>A minimal buffered UTF-8 writer: numbers formatted in place, no allocation per value.</summary>
internal sealed class FeedWriter(Stream output) : IDisposable
{
    private readonly char[] _chars = new char[1 << 15];
    private readonly byte[] _bytes = new byte[(1 << 15) * 3];
    private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
    private int _length;

    public long BytesWritten { get; private set; }

    public FeedWriter Append(string text)
    {
        if (text.Length > _chars.Length - _length)
        {
            Flush();
            if (text.Length > _chars.Length)
            {
                WriteChars(text);
                return this;
            }
        }
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
        return this;
    }

    public FeedWriter Append(long value)
    {
        if (_chars.Length - _length < 24)
        {
            Flush();
        }
        value.TryFormat(_chars.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
        return this;
    }

    public void Flush()
    {
        WriteChars(_chars.AsSpan(0, _length));
        _length = 0;
    }

    private void WriteChars(ReadOnlySpan<char> chars)
    {
        var count = _encoder.GetBytes(chars, _bytes, flush: false);
        output.Write(_bytes, 0, count);
        BytesWritten += count;
    }

    public void Dispose() => Flush();
}
