using System.Threading.RateLimiting;

namespace GreenButton.Client;

/// <summary>
/// A <see cref="RateLimiter"/> granting one permit at a time, at least <c>interval</c> after the previous grant: the
/// pause between requests some custodians ask for. Unlike a token bucket, whose timer ticks on its own schedule, two
/// grants are never closer than the interval. Waiters are served in order; a lease needs no release.
/// </summary>
internal sealed class RequestPacer(TimeSpan interval, TimeProvider timeProvider) : RateLimiter
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _next = long.MinValue; // timestamp before which no permit is granted
    private int _waiting;

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics GetStatistics() => new() { CurrentQueuedCount = Volatile.Read(ref _waiting), CurrentAvailablePermits = Due() <= TimeSpan.Zero ? 1 : 0 };

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        Check(permitCount);
        if (permitCount == 0 || !_gate.Wait(0))
        {
            return permitCount == 0 ? Lease.Granted : Lease.Refused;
        }
        try
        {
            if (Due() > TimeSpan.Zero)
            {
                return Lease.Refused;
            }
            Granted();
            return Lease.Granted;
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Check(permitCount);
        if (permitCount == 0)
        {
            return Lease.Granted;
        }
        Interlocked.Increment(ref _waiting);
        try
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var due = Due();
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due, timeProvider, cancellationToken).ConfigureAwait(false);
                }
                Granted();
                return Lease.Granted;
            }
            finally
            {
                _gate.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }
        base.Dispose(disposing);
    }

    private TimeSpan Due()
    {
        var next = Volatile.Read(ref _next);
        return next == long.MinValue ? TimeSpan.Zero : timeProvider.GetElapsedTime(timeProvider.GetTimestamp(), next); // next - now
    }

    private void Granted() => Volatile.Write(ref _next, timeProvider.GetTimestamp() + (long)(interval.TotalSeconds * timeProvider.TimestampFrequency));

    private static void Check(int permitCount)
    {
        if (permitCount is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(permitCount), "A pacer grants one permit at a time.");
        }
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Granted = new(true);
        public static readonly Lease Refused = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
