namespace GreenButton.Client;

/// <summary>
/// A response body whose reads end promptly on cancellation, synchronous ones included: the core's async reader still
/// reads synchronously inside each entry (<c>XmlReader.ReadOuterXmlAsync</c>), and a blocked synchronous read ignores
/// tokens. Cancellation disposes the response (aborting the connection), and the read's failure becomes an
/// <see cref="OperationCanceledException"/>. A connection that breaks mid-body is a <see cref="DataCustodianException"/>
/// (<see cref="DataCustodianErrorKind.ConnectionLost"/>), never the transport's own exception.
/// </summary>
internal sealed class CancellableReadStream : Stream
{
    private readonly Stream _inner;
    private readonly CancellationToken _cancellationToken;
    private readonly CancellationTokenRegistration _registration;
    private readonly Uri? _uri;

    public CancellableReadStream(Stream inner, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        _inner = inner;
        _uri = response.RequestMessage?.RequestUri;
        _cancellationToken = cancellationToken;
        _registration = cancellationToken.Register(static r => ((HttpResponseMessage)r!).Dispose(), response);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return Checked(_inner.Read(buffer, offset, count));
        }
        catch (Exception ex) when (_cancellationToken.IsCancellationRequested && ex is not OperationCanceledException)
        {
            throw new OperationCanceledException("The download was cancelled.", ex, _cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            throw Lost(ex);
        }
    }

    public override int Read(Span<byte> buffer)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return Checked(_inner.Read(buffer));
        }
        catch (Exception ex) when (_cancellationToken.IsCancellationRequested && ex is not OperationCanceledException)
        {
            throw new OperationCanceledException("The download was cancelled.", ex, _cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            throw Lost(ex);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return Checked(await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (_cancellationToken.IsCancellationRequested && ex is not OperationCanceledException)
        {
            throw new OperationCanceledException("The download was cancelled.", ex, _cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            throw Lost(ex);
        }
    }

    /// <summary>A read that ends because cancellation disposed the response is cancellation, not the end of the body.</summary>
    private int Checked(int read)
    {
        if (read == 0 && _cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The download was cancelled.", _cancellationToken);
        }
        return read;
    }

    private DataCustodianException Lost(Exception ex)
    {
        var uri = _uri is null ? null : DataCustodianClient.WithoutSecrets(_uri);
        return new DataCustodianException(DataCustodianErrorKind.ConnectionLost,
            $"The connection to {uri?.GetLeftPart(UriPartial.Path) ?? "the custodian"} broke while the answer was read: {ex.Message}", uri, ex);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _registration.Dispose();
            _inner.Dispose();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await _registration.DisposeAsync().ConfigureAwait(false);
        await _inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
