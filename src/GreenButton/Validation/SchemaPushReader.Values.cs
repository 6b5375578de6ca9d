using System.Xml;

namespace GreenButton;

/// <summary>
/// Text values, read synchronously: each text node's value is copied once from the inner reader into a buffer the
/// validation checks (integers parsed from it) and the parser reads back through <see cref="ReadValueChunk"/>, so no
/// string is made for a value unless someone asks for <see cref="Value"/> (the generic validator, a replay).
/// Asynchronous reads keep the inner reader's strings (the value is fetched without blocking there).
/// </summary>
internal sealed partial class SchemaPushReader
{
    private readonly bool _chunking;
    private readonly bool _shortChunkEndsValue;
    private char[] _value = new char[128];
    private int _valueLength;
    private int _valueOffset;
    private string? _valueString;

    /// <summary>Whether the current node's value is in the buffer.</summary>
    private bool _buffered;

    public override bool CanReadValueChunk => _chunking;

    public override string Value => _buffered ? _valueString ??= new string(_value, 0, _valueLength) : Inner.Value;

    public override int ReadValueChunk(char[] buffer, int index, int count)
    {
        if (!_buffered)
        {
            return Inner.ReadValueChunk(buffer, index, count);
        }
        var n = Math.Min(count, _valueLength - _valueOffset);
        Array.Copy(_value, _valueOffset, buffer, index, n);
        _valueOffset += n;
        return n;
    }

    /// <summary>The current text node's value, whole: from the buffer when reading synchronously.</summary>
    private ReadOnlySpan<char> TextValue => _buffered ? _value.AsSpan(0, _valueLength) : Inner.Value.AsSpan();

    /// <summary>After the inner reader moved: a text node's value is copied to the buffer.</summary>
    private void BufferValue()
    {
        if (_nodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
        {
            _buffered = false;
            return;
        }
        var length = 0;
        int read;
        while ((read = Inner.ReadValueChunk(_value, length, _value.Length - length)) > 0)
        {
            length += read;
            if (length >= _value.Length - 1)
            {
                Array.Resize(ref _value, _value.Length * 2);
            }
            else if (_shortChunkEndsValue)
            {
                break; // the value ended: the call that would return 0 still costs a block copy
            }
        }
        _valueLength = length;
        _valueOffset = 0;
        _valueString = null;
        _buffered = true;
    }
}
