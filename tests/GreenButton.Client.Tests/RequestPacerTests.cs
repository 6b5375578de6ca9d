namespace GreenButton.Client.Tests;

/// <summary>The pacer's spacing, on a clock that moves only when the pacer waits: exact, whatever the machine's load.</summary>
public sealed class RequestPacerTests
{
    private static readonly TimeSpan s_interval = TimeSpan.FromMilliseconds(150);

    [Fact]
    public async Task Permits_asked_for_at_once_are_granted_one_interval_apart()
    {
        var clock = new VirtualClock();
        using var pacer = new RequestPacer(s_interval, clock);

        var leases = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => pacer.AcquireAsync(1).AsTask()));

        leases.Should().OnlyContain(l => l.IsAcquired);
        clock.Elapsed.Should().Be(4 * s_interval, "the first permit is immediate, each later one waits a whole interval");
    }

    [Fact]
    public async Task A_permit_is_refused_without_waiting_until_the_interval_has_passed()
    {
        var clock = new VirtualClock();
        using var pacer = new RequestPacer(s_interval, clock);

        (await pacer.AcquireAsync(1)).IsAcquired.Should().BeTrue();
        pacer.AttemptAcquire(1).IsAcquired.Should().BeFalse();
        clock.Advance(s_interval - TimeSpan.FromTicks(1));
        pacer.AttemptAcquire(1).IsAcquired.Should().BeFalse();
        clock.Advance(TimeSpan.FromTicks(1));
        pacer.AttemptAcquire(1).IsAcquired.Should().BeTrue();
        clock.Elapsed.Should().Be(s_interval);
    }

    [Fact]
    public async Task A_cancelled_wait_is_cancellation_and_frees_the_queue()
    {
        var clock = new VirtualClock { FireTimers = false };
        using var pacer = new RequestPacer(s_interval, clock);
        (await pacer.AcquireAsync(1)).IsAcquired.Should().BeTrue();
        using var cancel = new CancellationTokenSource();

        var waiting = pacer.AcquireAsync(1, cancel.Token).AsTask();
        await cancel.CancelAsync();

        await waiting.Invoking(w => w).Should().ThrowAsync<OperationCanceledException>();
        pacer.GetStatistics()!.CurrentQueuedCount.Should().Be(0);
    }

    /// <summary>
    /// A clock whose timers fire at once, moving the time to their due time: a wait of the pacer takes no real time
    /// and the clock's elapsed time is the sum of what the pacer waited.
    /// </summary>
    private sealed class VirtualClock : TimeProvider
    {
        private long _ticks;

        public bool FireTimers { get; init; } = true;

        public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref _ticks);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (FireTimers && dueTime != Timeout.InfiniteTimeSpan)
            {
                Advance(dueTime);
                ThreadPool.QueueUserWorkItem(_ => callback(state));
            }
            return new InertTimer();
        }

        private sealed class InertTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
