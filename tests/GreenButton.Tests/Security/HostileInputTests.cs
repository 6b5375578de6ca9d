using System.Text;
using GreenButton.Tests.Corpus;

namespace GreenButton.Tests.Security;

/// <summary>
/// The defects of issue 10, each reproduced by a small fixture: any input gives data or a located
/// <see cref="GreenButtonException"/>, sync and async alike; no accessor throws on a value the parser accepted.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly GreenButtonReaderOptions s_lenient = new() { Lenient = true };
    private static readonly GreenButtonReaderOptions[] s_modes = [default, s_lenient];

    /// <summary>What a read gave, as text two paths can be compared by: entries and readings, or the error.</summary>
    private static string Outcome(Func<GreenButtonDocument> load)
    {
        try
        {
            var doc = load();
            var text = new StringBuilder();
            foreach (var entry in doc.Entries)
            {
                text.Append(entry.Id).Append(' ').Append(entry.Line).Append(':').Append(entry.Column).Append(' ')
                    .AppendJoin(",", entry.Resources.Select(r => r.ResourceName)).Append('\n');
            }
            foreach (var block in doc.IntervalBlocks)
            {
                text.AppendJoin(",", block.Readings.Select(r => r.ToString())).Append('\n');
            }
            text.AppendJoin("\n", doc.Diagnostics.Select(d => d.ToString()));
            return text.ToString();
        }
        catch (GreenButtonException ex)
        {
            return $"{ex.IsDataError} {ex.Message}";
        }
    }

    private static async Task<string> OutcomeAsync(string xml, GreenButtonReaderOptions options)
    {
        try
        {
            var doc = await GreenButtonDocument.LoadAsync(new MemoryStream(Fixture.Utf8(xml)), options);
            return Outcome(() => doc);
        }
        catch (GreenButtonException ex)
        {
            return $"{ex.IsDataError} {ex.Message}";
        }
    }

    private static async Task<string> EntriesAsync(string xml, GreenButtonReaderOptions options)
    {
        try
        {
            var entries = new List<AtomEntry>();
            await foreach (var entry in GreenButtonReader.ReadEntriesAsync(new MemoryStream(Fixture.Utf8(xml)), options))
            {
                entries.Add(entry);
            }
            return Outcome(() => GreenButtonDocument.FromEntries(entries));
        }
        catch (GreenButtonException ex)
        {
            return $"{ex.IsDataError} {ex.Message}";
        }
    }

    private static async Task SyncAndAsyncAgree(string xml)
    {
        foreach (var options in s_modes)
        {
            var sync = Outcome(() => Fixture.Parse(xml, options));
            (await OutcomeAsync(xml, options)).Should().Be(sync);
            var entries = Outcome(() => GreenButtonDocument.FromEntries(Fixture.Entries(xml, options)));
            (await EntriesAsync(xml, options)).Should().Be(entries);
        }
    }

    // ---- 1. Sync and async agree -------------------------------------------------------------------------------

    [Theory]
    [InlineData("<entry><id>e</id><content><xmlns:x/>{0}</content></entry>")]
    [InlineData("<entry><id>e</id><xmlns:x/><content>{0}</content></entry>")]
    [InlineData("<entry><id>e</id><title type=\"xhtml\"><xmlns:x>t</xmlns:x></title><content>{0}</content></entry>")]
    public async Task An_element_with_the_xmlns_prefix_is_read_alike_sync_and_async(string entry)
    {
        var xml = Fixture.Feed(string.Format(System.Globalization.CultureInfo.InvariantCulture, entry, Fixture.UsagePoint()));
        Fixture.Parse(xml).UsagePoints.Should().ContainSingle();
        (await GreenButtonDocument.LoadAsync(new MemoryStream(Fixture.Utf8(xml)))).UsagePoints.Should().ContainSingle();
        await SyncAndAsyncAgree(xml);
    }

    [Fact]
    public async Task A_bare_resource_in_the_atom_namespace_is_a_located_data_error_sync_and_async()
    {
        var xml = $"<BatchList xmlns=\"{Fixture.Atom}\"><resources>x</resources></BatchList>";
        var sync = FluentActions.Invoking(() => Fixture.Parse(xml)).Should().Throw<GreenButtonException>().Which;
        sync.IsDataError.Should().BeTrue();
        sync.Line.Should().Be(1);
        var async = (await FluentActions.Awaiting(() => GreenButtonDocument.LoadAsync(new MemoryStream(Fixture.Utf8(xml))))
            .Should().ThrowAsync<GreenButtonException>()).Which;
        async.Message.Should().Be(sync.Message);
        await SyncAndAsyncAgree(xml);
    }

    [Fact]
    public async Task Positions_paths_and_diagnostics_agree_sync_and_async_on_the_standard_feed_with_quirks()
    {
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.UsagePoint(extra: "<mystery><deep>1</deep></mystery>")),
            "<wrapper>" + Fixture.Entry(Fixture.Block(Fixture.June1, 3600, Fixture.Reading(Fixture.June1, 3600, 5, "<note>x</note>"))) + "</wrapper>",
            Fixture.Entry(Fixture.Block(Fixture.June1, 3600, "<IntervalReading><value>bad</value></IntervalReading>")));
        await SyncAndAsyncAgree(xml);
        await SyncAndAsyncAgree(Fixture.StandardFeed());
    }

    // One walker for every path (issue 9): every corpus file, well-formed or not, reads alike sync and async, entries and
    // documents, strict and lenient, to the diagnostics and positions.
    [CorpusTheory]
    [MemberData(nameof(SharedCorpus.WellFormedFiles), MemberType = typeof(SharedCorpus))]
    [MemberData(nameof(SharedCorpus.MalformedFiles), MemberType = typeof(SharedCorpus))]
    public async Task Every_corpus_file_reads_alike_sync_and_async(string file)
        => await SyncAndAsyncAgree(await File.ReadAllTextAsync(SharedCorpus.PathOf(file)));

    // ---- 2. Deep nesting: no recursion per level, a located error above MaxDepth -----------------------------------

    private static string Nested(int depth, string where) => where switch
    {
        "feed" => $"<feed xmlns=\"{Fixture.Atom}\">{string.Concat(Enumerable.Repeat("<a>", depth))}{string.Concat(Enumerable.Repeat("</a>", depth))}</feed>",
        "content" => Fixture.Feed($"<entry><content>{string.Concat(Enumerable.Repeat("<a>", depth))}{string.Concat(Enumerable.Repeat("</a>", depth))}</content></entry>"),
        _ => Fixture.Feed(Fixture.Entry(Fixture.Block(Fixture.June1, 3600,
            $"<IntervalReading>{string.Concat(Enumerable.Repeat("<x:a xmlns:x=\"urn:x\">", depth))}{string.Concat(Enumerable.Repeat("</x:a>", depth))}<value>1</value></IntervalReading>"))),
    };

    [Theory]
    [InlineData("feed")]
    [InlineData("content")]
    [InlineData("reading")]
    public async Task Forty_thousand_nested_elements_are_a_located_error_on_every_path(string where)
    {
        var xml = Nested(40_000, where);
        var bytes = Fixture.Utf8(xml);
        foreach (var options in s_modes)
        {
            var attempts = new Func<object>[]
            {
                () => Fixture.Parse(xml, options),
                () => GreenButtonDocument.Load(new MemoryStream(bytes), options),
                () => Fixture.Entries(xml, options),
                () => Fixture.Stream(xml, options),
            };
            foreach (var attempt in attempts)
            {
                var error = attempt.Should().Throw<GreenButtonException>().Which;
                error.Reason.Should().Contain("nested more than 256 levels");
                error.Line.Should().BePositive();
                error.Column.Should().BePositive();
                error.IsDataError.Should().BeFalse("too deep fails in every mode");
            }
            var async = (await FluentActions.Awaiting(() => GreenButtonDocument.LoadAsync(new MemoryStream(bytes), options))
                .Should().ThrowAsync<GreenButtonException>()).Which;
            async.Message.Should().Be(FluentActions.Invoking(() => Fixture.Parse(xml, options)).Should().Throw<GreenButtonException>().Which.Message);
        }
    }

    [Fact]
    public void MaxDepth_bounds_every_level_leaves_included()
    {
        // feed/entry/content/IntervalBlock/IntervalReading/timePeriod/start: 7 levels.
        var xml = Fixture.StandardFeed();
        Fixture.Parse(xml, new GreenButtonReaderOptions { MaxDepth = 7 }).IntervalBlocks.Should().HaveCount(2);
        Fixture.Stream(xml, new GreenButtonReaderOptions { MaxDepth = 7 }).Should().HaveCount(48);
        var error = FluentActions.Invoking(() => Fixture.Parse(xml, new GreenButtonReaderOptions { MaxDepth = 6 })).Should().Throw<GreenButtonException>().Which;
        error.Reason.Should().Contain("nested more than 6 levels");
        error.ElementPath.Should().Contain("IntervalReading[1]/timePeriod");
        FluentActions.Invoking(() => Fixture.Stream(xml, new GreenButtonReaderOptions { MaxDepth = 6 })).Should().Throw<GreenButtonException>();
        FluentActions.Invoking(() => Fixture.Parse(xml, new GreenButtonReaderOptions { MaxDepth = -1 })).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Nesting_within_the_default_limit_is_read()
    {
        var doc = Fixture.Parse(Nested(250, "feed"));
        doc.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.UnknownElement);
    }

    // ---- 3. Durations and starts beyond what TimeSpan and DateTimeOffset hold ----------------------------------------

    [Fact]
    public void A_huge_duration_and_a_start_beyond_DateTimeOffset_load_and_every_accessor_is_total()
    {
        var xml = Fixture.Feed(Fixture.Entry(
            $"<IntervalBlock xmlns=\"{Fixture.Espi}\"><interval><duration>9223372036854775807</duration><start>-9223372036854775808</start></interval>"
            + "<IntervalReading><timePeriod><duration>9223372036854775807</duration><start>9223372036854775807</start></timePeriod><value>1</value></IntervalReading>"
            + "<IntervalReading><timePeriod><duration>-9223372036854775808</duration><start>-9223372036854775808</start></timePeriod><value>2</value></IntervalReading>"
            + "</IntervalBlock>"));
        foreach (var doc in new[] { Fixture.Parse(xml), Fixture.Parse(xml, s_lenient) })
        {
            var block = doc.IntervalBlocks.Single();
            var interval = block.Interval!.Value;
            interval.Duration.Should().Be(TimeSpan.FromSeconds(long.MaxValue / TimeSpan.TicksPerSecond));
            interval.Start.Should().Be(DateTimeOffset.FromUnixTimeSeconds(-62135596800));
            interval.EndSeconds.Should().BeGreaterThan(interval.StartSeconds);
            _ = interval.End;
            _ = interval.ToString();
            var (late, early) = (block.Readings[0], block.Readings[1]);
            late.EndSeconds.Should().Be(long.MaxValue, "saturating, never wrapping");
            late.End.Should().Be(DateTimeOffset.FromUnixTimeSeconds(253402300799));
            late.Duration.Should().BePositive();
            early.EndSeconds.Should().Be(long.MinValue);
            early.Duration.Should().BeNegative();
            _ = (early.Start, early.End, early.ToString(), late.ToString());
            doc.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.OutOfRange && d.Message.Contains("years 1 to 9999", StringComparison.Ordinal));
        }
        Fixture.Stream(xml).Select(r => r.EndSeconds).Should().Equal(long.MaxValue, long.MinValue);
    }

    // ---- 4. LocalTimeParameters: no offset a parser accepted makes ToLocal throw -----------------------------------

    [Theory]
    [InlineData(-28830L)]
    [InlineData(-90000L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(50400L)]
    public void ToLocal_is_total_and_an_offset_no_clock_shows_falls_back_to_UTC_with_a_diagnostic(long tzOffset)
    {
        var doc = Fixture.Parse(Fixture.Feed(Fixture.Entry(Fixture.LocalTime(tzOffset: tzOffset))));
        var ltp = doc.LocalTimeParameters.Single();
        var usable = tzOffset == 50400;
        foreach (var instant in new[] { DateTimeOffset.MinValue, DateTimeOffset.FromUnixTimeSeconds(-62135596800), DateTimeOffset.FromUnixTimeSeconds(Fixture.June1), DateTimeOffset.MaxValue })
        {
            var local = ltp.ToLocal(instant);
            local.UtcTicks.Should().Be(instant.UtcTicks);
            if (!usable)
            {
                local.Offset.Should().Be(TimeSpan.Zero);
                ltp.GetUtcOffset(instant).Should().Be(TimeSpan.Zero);
            }
            _ = ltp.IsDaylightSavingTime(instant);
        }
        _ = (ltp.TzOffset, ltp.DstOffset, ltp.ToTimeZoneInfo());
        doc.Diagnostics.Any(d => d.Code == DiagnosticCodes.OutOfRange && d.Message.Contains("tzOffset", StringComparison.Ordinal)).Should().Be(!usable);
    }

    [Fact]
    public void A_reading_at_the_first_instant_of_year_1_converts_to_local_time_as_UTC()
    {
        var xml = Fixture.Feed(Fixture.Entry(Fixture.LocalTime()), Fixture.Entry(Fixture.Block(-62135596800, 3600, Fixture.Reading(-62135596800, 3600, 1))));
        var doc = Fixture.Parse(xml);
        var reading = doc.IntervalBlocks.Single().Readings.Single();
        var ltp = doc.LocalTimeParameters.Single();
        ltp.ToLocal(reading.Start).Should().Be(reading.Start);
        ltp.ToLocal(reading.Start).Offset.Should().Be(TimeSpan.Zero, "8 hours before year 1 is no local time");
        ltp.ToLocal(DateTimeOffset.FromUnixTimeSeconds(Fixture.June1)).Offset.Should().Be(TimeSpan.FromHours(-7));
    }

    [Fact]
    public void A_dst_rule_late_on_the_last_day_of_year_9999_gives_no_transition()
    {
        // Month 12, operator 0 (day of month), day 31, hour 31: beyond DateTime.MaxValue.
        var rule = new DstRule((12u << 28) | (31u << 20) | (31u << 12));
        rule.LocalTransition(9999).Should().BeNull();
        rule.LocalTransition(2023).Should().Be(new DateTime(2024, 1, 1, 7, 0, 0, DateTimeKind.Unspecified));
    }

    // ---- 6. RedactValues: no href, id, title or value in a message, a ToString() or a diagnostic --------------------

    private const string Secret = "SECRET123";

    private static string SecretFeed(string value) => string.Join("\n",
        $"<feed xmlns=\"{Fixture.Atom}\"><id>urn:feed:{Secret}</id><title>{Secret} home</title><link rel=\"self\" href=\"/Batch/{Secret}\"/>",
        $"<entry><id>urn:account:{Secret}</id><title>{Secret}</title><link rel=\"self\" href=\"/User/{Secret}/UsagePoint/1\"/><content>{Fixture.UsagePoint()}</content></entry>",
        $"<entry><id>urn:account:{Secret}:2</id><link rel=\"self\" href=\"/User/{Secret}/UsagePoint/1/MeterReading/1/IntervalBlock/1\"/><link rel=\"up\" href=\"/User/{Secret}/UsagePoint/1/MeterReading/1/IntervalBlock\"/>",
        $"<content>{Fixture.Block(Fixture.June1, 3600, $"<IntervalReading><timePeriod><duration>3600</duration><start>{Fixture.June1}</start></timePeriod><value>{value}</value></IntervalReading>")}</content></entry>",
        "</feed>");

    [Fact]
    public async Task With_RedactValues_no_href_id_or_value_reaches_an_exception()
    {
        var options = new GreenButtonReaderOptions { RedactValues = true };
        var xml = SecretFeed(Secret);
        var errors = new List<GreenButtonException>
        {
            FluentActions.Invoking(() => Fixture.Parse(xml, options)).Should().Throw<GreenButtonException>().Which,
            FluentActions.Invoking(() => Fixture.Stream(xml, options)).Should().Throw<GreenButtonException>().Which,
            (await FluentActions.Awaiting(() => GreenButtonDocument.LoadAsync(new MemoryStream(Fixture.Utf8(xml)), options)).Should().ThrowAsync<GreenButtonException>()).Which,
        };
        foreach (var error in errors)
        {
            error.ToString().Should().NotContain(Secret);
            error.EntryId.Should().BeNull();
            error.ElementPath.Should().EndWith("IntervalReading[1]/value");
        }
    }

    [Fact]
    public void With_RedactValues_no_href_id_or_value_reaches_a_diagnostic()
    {
        var seen = new List<GreenButtonDiagnostic>();
        var options = new GreenButtonReaderOptions { RedactValues = true, Lenient = true, OnDiagnostic = seen.Add };
        var doc = Fixture.Parse(SecretFeed(Secret), options);
        doc.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.RelativeHref);
        doc.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.SkippedReading);
        foreach (var diagnostic in doc.Diagnostics.Concat(seen))
        {
            diagnostic.ToString().Should().NotContain(Secret);
            diagnostic.Message.Should().NotContain(Secret);
            diagnostic.EntryId.Should().BeNull();
        }
        Fixture.Parse(SecretFeed(Secret), s_lenient).Diagnostics.Should().Contain(d => d.ToString().Contains(Secret), "without RedactValues values are quoted");
    }

    [Fact]
    public void A_relative_self_link_is_not_taken_for_a_file_path()
    {
        var doc = Fixture.Parse(SecretFeed("1"));
        doc.Diagnostics.Should().NotContain(d => d.Message.Contains("file:", StringComparison.Ordinal));
        doc.Diagnostic(DiagnosticCodes.RelativeHref).Message.Should().Contain("compared as written");
        doc.IntervalBlocks.Single().MeterReading.Should().BeNull("the feed has no MeterReading");
    }

    // ---- Cancellation (issue 9): a cancelled read is an OperationCanceledException, never malformed XML ---------------

    /// <summary>A download cut short by its cancellation: after <paramref name="cutAfter"/> bytes, cancels and ends.</summary>
    private sealed class CancelledDownload(byte[] bytes, int cutAfter, CancellationTokenSource cancel) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous read of an async download.");

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            if (_position >= cutAfter)
            {
                await cancel.CancelAsync();
                return 0; // what an aborted response body gives
            }
            var n = Math.Min(Math.Min(buffer.Length, 512), Math.Min(cutAfter, bytes.Length) - _position);
            bytes.AsMemory(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(3000)]
    [InlineData(5000)]
    public async Task A_cancelled_download_surfaces_as_OperationCanceledException(int cutAfter)
    {
        var bytes = Fixture.Utf8(Fixture.StandardFeed());
        using (var cancel = new CancellationTokenSource())
        {
            var load = () => GreenButtonDocument.LoadAsync(new CancelledDownload(bytes, cutAfter, cancel), cancel.Token);
            await load.Should().ThrowAsync<OperationCanceledException>();
        }
        using (var cancel = new CancellationTokenSource())
        {
            var stream = async () =>
            {
                await foreach (var _ in GreenButtonReader.ReadEntriesAsync(new CancelledDownload(bytes, cutAfter, cancel), default, cancel.Token))
                {
                }
            };
            await stream.Should().ThrowAsync<OperationCanceledException>();
        }
        // Not cancelled, the same truncation is a located error.
        using var never = new CancellationTokenSource();
        var truncated = () => GreenButtonDocument.LoadAsync(new MemoryStream(bytes, 0, cutAfter));
        await truncated.Should().ThrowAsync<GreenButtonException>();
    }
}
