using System.Globalization;
using System.Text;
using GreenButton.Synthetic;

namespace GreenButton.Tests.Reading;

/// <summary>
/// A cancelled synchronous read (the validator, <see cref="GreenButtonFeed.Open(Stream, GreenButtonReaderOptions, CancellationToken)"/>)
/// and the asynchronous validator throw <see cref="OperationCanceledException"/>: never a result or an XML error. The
/// parser checks the token for all of them.
/// </summary>
public sealed class CancellationTests
{
    private static readonly byte[] s_feed = SyntheticFeed.ToBytes(SyntheticFeedOptions.Electricity(meters: 2, days: 20), out _);

    public static TheoryData<string> Paths => ["validate", "validate async", "feed"];

    private static Task Run(string path, Stream stream, CancellationToken token) => path switch
    {
        "validate" => Task.FromResult(GreenButtonValidator.Validate(stream, default, token)),
        "validate async" => GreenButtonValidator.ValidateAsync(stream, default, token),
        _ => Task.FromResult(GreenButtonFeed.Open(stream, default, token)),
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_token_cancelled_mid_feed_stops_the_read_with_OperationCanceledException(string path)
    {
        using var cts = new CancellationTokenSource();
        // The token is cancelled once the reader has taken a third of the feed: mid-entry, mid-block.
        using var stream = new CancelAfterStream(s_feed, s_feed.Length / 3, cts);
        await FluentActions.Awaiting(() => Run(path, stream, cts.Token)).Should().ThrowAsync<OperationCanceledException>();
        stream.Position.Should().BeLessThan(s_feed.Length, "the read stops without taking the rest of the feed");
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_token_cancelled_before_the_run_wins_over_a_malformed_input(string path)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var malformed = Encoding.UTF8.GetBytes("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>x</id><entry><id>a</id><content><oops></content></entry></feed>");
        await FluentActions.Awaiting(() => Run(path, new MemoryStream(malformed), cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_download_that_breaks_off_when_cancelled_is_a_cancellation_not_a_truncated_document(string path)
    {
        using var cts = new CancellationTokenSource();
        using var stream = new CancelAfterStream(s_feed, s_feed.Length / 3, cts, truncate: true);
        await FluentActions.Awaiting(() => Run(path, stream, cts.Token)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("feed")]
    public async Task A_year_of_readings_in_one_block_stops_within_the_block(string path)
    {
        var feed = OneBlock(readings: 35_040);
        using var cts = new CancellationTokenSource();
        using var stream = new CancelAfterStream(feed, feed.Length / 10, cts);
        await FluentActions.Awaiting(() => Run(path, stream, cts.Token)).Should().ThrowAsync<OperationCanceledException>();
        stream.Position.Should().BeLessThan(feed.Length / 2, "the token is checked every few thousand readings, not only at the block's end");
    }

    /// <summary>A feed of one entry whose IntervalBlock holds <paramref name="readings"/> 15-minute readings.</summary>
    private static byte[] OneBlock(int readings)
    {
        var xml = new StringBuilder("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>urn:uuid:1</id><title>t</title><updated>2024-01-01T00:00:00Z</updated>")
            .Append("<entry><id>urn:uuid:2</id><link rel=\"self\" href=\"https://x.test/MeterReading/1/IntervalBlock/1\"/><link rel=\"up\" href=\"https://x.test/MeterReading/1/IntervalBlock\"/>")
            .Append("<title>b</title><content><IntervalBlock xmlns=\"http://naesb.org/espi\">")
            .Append(CultureInfo.InvariantCulture, $"<interval><duration>{readings * 900}</duration><start>1672560000</start></interval>");
        for (var i = 0; i < readings; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<IntervalReading><timePeriod><duration>900</duration><start>{1672560000 + (i * 900)}</start></timePeriod><value>{i % 97}</value></IntervalReading>");
        }
        xml.Append("</IntervalBlock></content><updated>2024-01-01T00:00:00Z</updated></entry></feed>");
        return Encoding.UTF8.GetBytes(xml.ToString());
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

    /// <summary>
    /// Serves the bytes in small reads and cancels the token once <c>after</c> of them were served; with
    /// <c>truncate</c>, the stream then ends, as a cancelled download does.
    /// </summary>
    private sealed class CancelAfterStream(byte[] bytes, int after, CancellationTokenSource cts, bool truncate = false) : MemoryStream(bytes, writable: false)
    {
        // The one read override: MemoryStream sends a derived type's span reads here.
        public override int Read(byte[] buffer, int offset, int count)
            => truncate && cts.IsCancellationRequested ? 0 : Served(base.Read(buffer, offset, Math.Min(count, 4096)));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => ValueTask.FromResult(Read(buffer.Span));

        public override int Read(Span<byte> buffer)
        {
            var bytes = new byte[Math.Min(buffer.Length, 4096)];
            var read = Read(bytes, 0, bytes.Length);
            bytes.AsSpan(0, read).CopyTo(buffer);
            return read;
        }

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
