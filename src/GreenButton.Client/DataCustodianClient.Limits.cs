using System.Threading.RateLimiting;

namespace GreenButton.Client;

public sealed partial class DataCustodianClient
{
    private readonly RateLimiter[] _limiters;

    /// <summary>The configured limits, the caller's limiter last (it is not the client's to dispose).</summary>
    private static RateLimiter[] CreateLimiters(DataCustodianOptions options)
    {
        var limiters = new List<RateLimiter>();
        if (options.MaxConcurrentRequests is { } concurrent)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(concurrent, 1, "DataCustodianOptions.MaxConcurrentRequests");
            limiters.Add(new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = concurrent, QueueLimit = int.MaxValue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst }));
        }
        if (options.MinimumRequestInterval is { } interval && interval > TimeSpan.Zero)
        {
            limiters.Add(new RequestPacer(interval, options.TimeProvider));
        }
        if (options.RateLimiter is { } own)
        {
            limiters.Add(own);
        }
        return [.. limiters];
    }

    private int OwnedLimiters => _limiters.Length - (Options.RateLimiter is null ? 0 : 1);

    /// <summary>One permit of each limiter, in order; the caller disposes them (when the response body is disposed).</summary>
    private async ValueTask<RateLimitLease[]> AcquireAsync(Uri? uri, CancellationToken cancellationToken)
    {
        if (_limiters.Length == 0)
        {
            return [];
        }
        var leases = new List<RateLimitLease>(_limiters.Length);
        try
        {
            foreach (var limiter in _limiters)
            {
                var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
                leases.Add(lease);
                if (!lease.IsAcquired)
                {
                    var safe = uri is null ? null : WithoutSecrets(uri);
                    throw new DataCustodianException(DataCustodianErrorKind.RateLimited,
                        $"The client's rate limiter refused the request to {safe?.GetLeftPart(UriPartial.Path) ?? "the custodian"}: its queue is full.", safe);
                }
            }
            var acquired = leases.ToArray();
            leases.Clear();
            return acquired;
        }
        finally
        {
            foreach (var lease in leases)
            {
                lease.Dispose();
            }
        }
    }

    private void DisposeLimiters()
    {
        for (var i = 0; i < OwnedLimiters; i++)
        {
            _limiters[i].Dispose();
        }
    }
}
