namespace GreenButton.Tests.Reading;

/// <summary>
/// The asynchronous readers never read synchronously: ASP.NET Core request bodies refuse synchronous reads, and a
/// blocked synchronous read on a network stream would ignore cancellation.
/// </summary>
public sealed class AsyncOnlyStreamTests
{
    private const string Feed = """
        <feed xmlns="http://www.w3.org/2005/Atom">
          <entry>
            <id>urn:uuid:a</id>
            <link rel="self" href="https://x.example/MeterReading/1/IntervalBlock/1"/>
            <content>
              <IntervalBlock xmlns="http://naesb.org/espi">
                <interval><duration>7200</duration><start>1685602800</start></interval>
                <IntervalReading><timePeriod><duration>3600</duration><start>1685602800</start></timePeriod><value>5</value></IntervalReading>
                <IntervalReading><timePeriod><duration>3600</duration><start>1685606400</start></timePeriod><value>l2O</value></IntervalReading>
              </IntervalBlock>
            </content>
          </entry>
        </feed>
        """;

    [Fact]
    public async Task LoadAsync_reads_a_stream_that_refuses_synchronous_reads()
    {
        var xml = Feed.Replace("l2O", "7", StringComparison.Ordinal);
        await using var stream = new AsyncOnlyStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)));
        var doc = await GreenButtonDocument.LoadAsync(stream);
        doc.IntervalBlocks.Single().Readings.Select(r => r.Value).Should().Equal(5, 7);
    }

    [Fact]
    public async Task ReadEntriesAsync_reads_a_stream_that_refuses_synchronous_reads()
    {
        var xml = Feed.Replace("l2O", "7", StringComparison.Ordinal);
        await using var stream = new AsyncOnlyStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)));
        var entries = new List<AtomEntry>();
        await foreach (var entry in GreenButtonReader.ReadEntriesAsync(stream))
        {
            entries.Add(entry);
        }
        entries.Should().ContainSingle().Which.Id.Should().Be("urn:uuid:a");
    }

    [Fact]
    public async Task Async_errors_keep_the_line_of_the_value_in_the_input()
    {
        await using var stream = new AsyncOnlyStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Feed)));
        var act = () => GreenButtonDocument.LoadAsync(stream);
        var error = (await act.Should().ThrowAsync<GreenButtonException>()).Which;
        error.Line.Should().Be(9);
        error.ElementPath.Should().EndWith("IntervalReading[2]/value");
    }

    /// <summary>A stream whose synchronous Read throws, and whose asynchronous reads return at most 16 bytes.</summary>
    private sealed class AsyncOnlyStream(Stream inner) : ForwardOnlyStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => await inner.ReadAsync(buffer[..Math.Min(16, buffer.Length)], cancellationToken);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
