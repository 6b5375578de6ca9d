using System.Collections.Concurrent;
using System.Net;

namespace GreenButton.Sandbox;

/// <summary>
/// Fault injection: each queued fault answers (or delays) the next resource request, in order; token faults, queued
/// apart, do the same to the next token requests. Thread-safe.
/// </summary>
public sealed class SandboxFaults
{
    private readonly ConcurrentQueue<Fault> _queue = new();
    private readonly ConcurrentQueue<Fault> _tokenQueue = new();

    internal enum Kind
    {
        Status,
        TooManyRequests,
        SlowFirstByte,
        StallBody,
        DropAnswer,
    }

    internal sealed record Fault(Kind Kind, HttpStatusCode Status, TimeSpan Delay, long AfterBytes = 0);

    /// <summary>Faults still queued (resource and token).</summary>
    public int Pending => _queue.Count + _tokenQueue.Count;

    /// <summary>The next <paramref name="count"/> token requests fail with <paramref name="status"/> (503 by default) before the grant is looked at.</summary>
    public SandboxFaults FailNextTokenRequests(int count, HttpStatusCode status = HttpStatusCode.ServiceUnavailable)
        => Enqueue(_tokenQueue, count, new Fault(Kind.Status, status, TimeSpan.MinValue));

    /// <summary>
    /// The next <paramref name="count"/> token requests are carried out (a code spent, a refresh token rotated) but
    /// their answer is lost: the connection is aborted instead. What a client must not answer by sending the grant again.
    /// </summary>
    public SandboxFaults DropNextTokenAnswers(int count)
        => Enqueue(_tokenQueue, count, new Fault(Kind.DropAnswer, HttpStatusCode.OK, TimeSpan.Zero));

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
    public void Clear()
    {
        _queue.Clear();
        _tokenQueue.Clear();
    }

    internal bool TryTake(out Fault fault) => _queue.TryDequeue(out fault!);

    internal bool TryTakeToken(out Fault fault) => _tokenQueue.TryDequeue(out fault!);

    private SandboxFaults Enqueue(int count, Fault fault) => Enqueue(_queue, count, fault);

    private SandboxFaults Enqueue(ConcurrentQueue<Fault> queue, int count, Fault fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var i = 0; i < count; i++)
        {
            queue.Enqueue(fault);
        }
        return this;
    }
}
