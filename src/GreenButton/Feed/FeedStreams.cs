namespace GreenButton;

public sealed partial class GreenButtonFeed
{
    /// <summary>A read-only, forward-only view of a stream: the boilerplate of the two below.</summary>
    private abstract class ReadOnlyView(Stream inner) : Stream
    {
        protected Stream Inner { get; } = inner;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

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
