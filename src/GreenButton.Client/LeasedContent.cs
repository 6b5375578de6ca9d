using System.Net;
using System.Threading.RateLimiting;

namespace GreenButton.Client;

/// <summary>A response body that holds the client's concurrency permits until it is disposed: a download keeps its slot while it streams.</summary>
internal sealed class LeasedContent : HttpContent
{
    private readonly HttpContent _inner;
    private readonly RateLimitLease[] _leases;
    private int _disposed;

    public LeasedContent(HttpContent inner, RateLimitLease[] leases)
    {
        _inner = inner;
        _leases = leases;
        foreach (var header in inner.Headers)
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _inner.CopyToAsync(stream);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) => _inner.CopyToAsync(stream, cancellationToken);

    protected override Task<Stream> CreateContentReadStreamAsync() => _inner.ReadAsStreamAsync();

    protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => _inner.ReadAsStreamAsync(cancellationToken);

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) => _inner.ReadAsStream(cancellationToken);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _inner.Dispose();
            foreach (var lease in _leases)
            {
                lease.Dispose();
            }
        }
        base.Dispose(disposing);
    }
}
