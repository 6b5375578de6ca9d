using GreenButton.Synthetic;

namespace GreenButton.Tests.Validation;

/// <summary>A cancelled validation throws <see cref="OperationCanceledException"/> on both paths, never a result or an XML error.</summary>
public sealed class ValidatorCancellationTests
{
    private static readonly byte[] s_feed = SyntheticFeed.ToBytes(SyntheticFeedOptions.Electricity(meters: 2, days: 20), out _);

    [Fact]
    public void A_token_cancelled_before_the_run_stops_the_synchronous_validator()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var validate = () => GreenButtonValidator.Validate(new MemoryStream(s_feed), default, cancelled.Token);
        validate.Should().Throw<OperationCanceledException>();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_token_cancelled_mid_feed_stops_either_path_with_OperationCanceledException(bool async)
    {
        using var cts = new CancellationTokenSource();
        // The token is cancelled once the reader has taken a third of the feed: mid-entry, mid-block.
        using var stream = new CancelAfterStream(s_feed, s_feed.Length / 3, cts);
        Func<Task> validate = async
            ? () => GreenButtonValidator.ValidateAsync(stream, default, cts.Token)
            : () => Task.FromResult(GreenButtonValidator.Validate(stream, default, cts.Token));
        await validate.Should().ThrowAsync<OperationCanceledException>();
        stream.Position.Should().BeLessThan(s_feed.Length, "the validator stops without reading the rest of the feed");
    }

    [Fact]
    public void An_uncancelled_token_changes_nothing()
    {
        using var cts = new CancellationTokenSource();
        var withToken = GreenButtonValidator.Validate(new MemoryStream(s_feed), default, cts.Token);
        var without = GreenButtonValidator.Validate(new MemoryStream(s_feed));
        withToken.Violations.Should().Equal(without.Violations);
        withToken.IsSchemaValid.Should().BeTrue();
    }

    /// <summary>Serves the bytes in small reads and cancels the token once <c>after</c> of them were served.</summary>
    private sealed class CancelAfterStream(byte[] bytes, int after, CancellationTokenSource cts) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => Served(base.Read(buffer, offset, Math.Min(count, 4096)));

        public override int Read(Span<byte> buffer) => Served(base.Read(buffer[..Math.Min(buffer.Length, 4096)]));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => ValueTask.FromResult(Read(buffer.Span));

        private int Served(int read)
        {
            if (Position >= after)
            {
                cts.Cancel();
            }
            return read;
        }
    }
}
