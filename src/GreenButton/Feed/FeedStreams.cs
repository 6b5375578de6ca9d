namespace GreenButton;

public sealed partial class GreenButtonFeed
{
    /// <summary>The caller's seekable stream for one more pass: disposing the view leaves it open.</summary>
    private sealed class KeepOpenStream(Stream inner) : ReadOnlyView(inner)
    {
        public override int Read(byte[] buffer, int offset, int count) => Inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => Inner.Read(buffer);
    }

    /// <summary>Copies what is read from a non-seekable stream to the spool file, for the passes after the first.</summary>
    private sealed class SpoolingStream(Stream inner, Stream copy) : ReadOnlyView(inner)
    {
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = Inner.Read(buffer);
            copy.Write(buffer[..read]);
            return read;
        }

        /// <summary>Copies the rest of the input.</summary>
        public void Drain() => Inner.CopyTo(copy);
    }
}
