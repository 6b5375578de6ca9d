using System.Collections.Concurrent;
using System.Net;

namespace GreenButton.Sandbox;

/// <summary>
/// Fault injection for resource requests: each queued fault answers (or delays) the next resource request, in order.
/// Token requests are not affected. Thread-safe.
/// </summary>
public sealed class SandboxFaults
{
    private readonly ConcurrentQueue<Fault> _queue = new();

    internal enum Kind
    {
        Status,
        TooManyRequests,
        SlowFirstByte,
        StallBody,
    }

    internal sealed record Fault(Kind Kind, HttpStatusCode Status, TimeSpan Delay, long AfterBytes = 0);

    /// <summary>Faults still queued.</summary>
    public int Pending => _queue.Count;

    /// <summary>The next <paramref name="count"/> resource requests fail with <paramref name="status"/> (503 by default).</summary>
    public SandboxFaults FailNext(int count, HttpStatusCode status = HttpStatusCode.ServiceUnavailable, TimeSpan? retryAfter = null)
        => Enqueue(count, new Fault(Kind.Status, status, retryAfter ?? TimeSpan.MinValue));

    /// <summary>The next <paramref name="count"/> resource requests get 429 with <c>Retry-After</c> in whole seconds.</summary>
    public SandboxFaults RateLimitNext(int count, TimeSpan retryAfter)
        => Enqueue(count, new Fault(Kind.TooManyRequests, HttpStatusCode.TooManyRequests, retryAfter));

    /// <summary>The next <paramref name="count"/> resource requests wait <paramref name="delay"/> before the first byte.</summary>
    public SandboxFaults DelayFirstByteNext(int count, TimeSpan delay)
        => Enqueue(count, new Fault(Kind.SlowFirstByte, HttpStatusCode.OK, delay));

    /// <summary>The next <paramref name="count"/> data responses stop for <paramref name="delay"/> after <paramref name="afterBytes"/> bytes of body (a stalled download).</summary>
    public SandboxFaults StallBodyNext(int count, long afterBytes, TimeSpan delay)
        => Enqueue(count, new Fault(Kind.StallBody, HttpStatusCode.OK, delay, afterBytes));

    /// <summary>Drops every queued fault.</summary>
    public void Clear() => _queue.Clear();

    internal bool TryTake(out Fault fault) => _queue.TryDequeue(out fault!);

    private SandboxFaults Enqueue(int count, Fault fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var i = 0; i < count; i++)
        {
            _queue.Enqueue(fault);
        }
        return this;
    }
}
