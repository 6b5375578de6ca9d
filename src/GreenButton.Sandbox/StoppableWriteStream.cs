namespace GreenButton.Sandbox;

/// <summary>A write-only wrapper that throws once its token is cancelled, so a synchronous producer stops when nobody reads.</summary>
internal sealed class StoppableWriteStream(Stream inner, CancellationToken stop) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        stop.ThrowIfCancellationRequested();
        inner.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        stop.ThrowIfCancellationRequested();
        inner.Write(buffer);
    }

    public override void Flush()
    {
        stop.ThrowIfCancellationRequested();
        inner.Flush();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
