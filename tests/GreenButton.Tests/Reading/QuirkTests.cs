namespace GreenButton.Tests.Reading;

/// <summary>Each real-world quirk, in a fixture of its own: handled, and reported where it is one.</summary>
public sealed class QuirkTests
{
    private const long H = 3600;
    private static readonly long s_t0 = Fixture.June1;

    /// <summary>A standard feed whose one IntervalBlock entry holds <paramref name="blockXml"/>.</summary>
    private static string FeedWithBlock(string blockXml, string? readingType = null)
    {
        var entries = Fixture.StandardEntries().Take(3).ToList();
        entries.Add(Fixture.Entry(readingType ?? Fixture.ReadingType(intervalLength: 3600), self: Fixture.ReadingTypeHref));
        entries.Add(Fixture.Entry(blockXml, self: Fixture.MeterReadingHref + "/IntervalBlock/1", up: Fixture.MeterReadingHref + "/IntervalBlock"));
        return Fixture.Feed([.. entries]);
    }

    private static List<IntervalReading> ReadingsOf(GreenButtonDocument doc) => doc.UsagePoints.Single().MeterReadings.Single().Readings.ToList();

    [Fact]
    public void Several_interval_blocks_inside_one_content_all_attach_to_the_meter_reading()
    {
        var twoBlocks = Fixture.Block(s_t0, 2 * H, Fixture.Hourly(s_t0, 2)) + Fixture.Block(s_t0 + (2 * H), 2 * H, Fixture.Hourly(s_t0 + (2 * H), 2, 300));
        var doc = Fixture.Parse(FeedWithBlock(twoBlocks));
        doc.IntervalBlocks.Should().HaveCount(2);
        doc.Entries.Last().Resources.Should().HaveCount(2);
        var mr = doc.MeterReadings.Single();
        mr.IntervalBlocks.Should().HaveCount(2);
        mr.Readings.Select(r => r.Value).Should().Equal(100, 101, 300, 301);
        Fixture.Stream(FeedWithBlock(twoBlocks)).Select(r => r.Value).Should().Equal(100, 101, 300, 301);
    }

    [Fact]
    public void One_block_holding_a_whole_year_of_hourly_readings()
    {
        const int Hours = 8760;
        var doc = Fixture.Parse(FeedWithBlock(Fixture.Block(s_t0, Hours * H, Fixture.Hourly(s_t0, Hours, 0))));
        var readings = ReadingsOf(doc);
        readings.Should().HaveCount(Hours);
        readings.Sum(r => r.Value).Should().Be((long)Hours * (Hours - 1) / 2);
        readings[^1].EndSeconds.Should().Be(s_t0 + (Hours * H));
        doc.Codes().Should().NotContain([DiagnosticCodes.OverlappingReading, DiagnosticCodes.DuplicateReading]);
    }

    [Fact]
    public void Millisecond_epochs_are_divided_by_1000_and_reported_once_with_a_count()
    {
        var block = $"<IntervalBlock xmlns=\"{Fixture.Espi}\"><interval><duration>7200</duration><start>{s_t0}000</start></interval>"
            + $"<IntervalReading><timePeriod><duration>3600</duration><start>{s_t0}000</start></timePeriod><value>1</value></IntervalReading>"
            + $"<IntervalReading><timePeriod><duration>3600</duration><start>{s_t0 + H}000</start></timePeriod><value>2</value></IntervalReading></IntervalBlock>";
        var doc = Fixture.Parse(FeedWithBlock(block));
        doc.IntervalBlocks.Single().Interval!.Value.StartSeconds.Should().Be(s_t0);
        ReadingsOf(doc).Select(r => r.StartSeconds).Should().Equal(s_t0, s_t0 + H);
        var diagnostic = doc.Diagnostic(DiagnosticCodes.MillisecondEpoch);
        diagnostic.Count.Should().Be(3);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Line.Should().BePositive();
    }

    [Fact]
    public void Millisecond_epochs_are_divided_when_streaming_too()
    {
        var block = Fixture.Block(s_t0, H, $"<IntervalReading><timePeriod><duration>3600</duration><start>{s_t0 * 1000}</start></timePeriod><value>1</value></IntervalReading>");
        var diagnostics = new List<GreenButtonDiagnostic>();
        var readings = Fixture.Stream(FeedWithBlock(block), new GreenButtonReaderOptions { OnDiagnostic = diagnostics.Add });
        readings.Single().Start.Should().Be(DateTimeOffset.FromUnixTimeSeconds(s_t0));
        diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.MillisecondEpoch);
    }

    [Theory]
    [InlineData("1685602800.5", 1685602800)]
    [InlineData("1685602800.999999", 1685602800)]
    [InlineData("1685602800.0", 1685602800)]
    public void Fractional_epochs_are_truncated_to_whole_seconds(string start, long expected)
    {
        var block = Fixture.Block(s_t0, H, $"<IntervalReading><timePeriod><duration>3600</duration><start>{start}</start></timePeriod><value>1</value></IntervalReading>");
        var doc = Fixture.Parse(FeedWithBlock(block));
        ReadingsOf(doc).Single().StartSeconds.Should().Be(expected);
        if (start.EndsWith(".0", StringComparison.Ordinal))
        {
            doc.Codes().Should().NotContain(DiagnosticCodes.FractionalEpoch, "a zero fraction loses nothing");
        }
        else
        {
            doc.Diagnostic(DiagnosticCodes.FractionalEpoch).Severity.Should().Be(DiagnosticSeverity.Warning);
        }
    }

    [Fact]
    public void Numbers_padded_with_spaces_are_trimmed_and_reported()
    {
        var block = $"<IntervalBlock xmlns=\"{Fixture.Espi}\"><interval><duration> 3600 </duration><start>\n{s_t0}\n</start></interval>"
            + $"<IntervalReading><timePeriod><duration>\t3600</duration><start>{s_t0} </start></timePeriod><value> 42 </value><cost> 7 </cost></IntervalReading></IntervalBlock>";
        var doc = Fixture.Parse(FeedWithBlock(block));
        var reading = ReadingsOf(doc).Single();
        reading.Value.Should().Be(42);
        reading.Cost.Should().Be(7);
        reading.DurationSeconds.Should().Be(3600);
        doc.IntervalBlocks.Single().Interval!.Value.DurationSeconds.Should().Be(3600);
        var padded = doc.Diagnostic(DiagnosticCodes.PaddedNumber);
        padded.Severity.Should().Be(DiagnosticSeverity.Info);
        padded.Count.Should().Be(6);
    }

    [Fact]
    public void Durations_beyond_32_bits_are_kept_and_reported()
    {
        const long Huge = 5_000_000_000;
        var block = Fixture.Block(s_t0, Huge, Fixture.Reading(s_t0, Huge, 9));
        var doc = Fixture.Parse(FeedWithBlock(block));
        doc.IntervalBlocks.Single().Interval!.Value.DurationSeconds.Should().Be(Huge);
        ReadingsOf(doc).Single().Duration.Should().Be(TimeSpan.FromSeconds(Huge));
        doc.Diagnostic(DiagnosticCodes.OutOfRange).Count.Should().Be(2);
    }

    [Fact]
    public void IntervalLength_beyond_32_bits_is_kept()
    {
        var doc = Fixture.Parse(Fixture.Feed(Fixture.Entry(Fixture.ReadingType(intervalLength: 4_294_967_296))));
        doc.ReadingTypes.Single().IntervalLength.Should().Be(4_294_967_296);
        doc.Codes().Should().Contain(DiagnosticCodes.OutOfRange);
    }

    [Theory]
    [InlineData("2013-06-24", "2013-06-24T00:00:00Z")]
    [InlineData("2013-06-24T10:11:12", "2013-06-24T10:11:12Z")]
    [InlineData("2013-06-24T00:00:00:599Z", "2013-06-24T00:00:00.599Z")]
    [InlineData("2013-06-24T00:00:00:5Z", "2013-06-24T00:00:00.5Z")]
    public void Lenient_atom_dates_are_read_as_utc_and_reported(string written, string expected)
    {
        var xml = Fixture.Feed($"<entry><id>e</id><published>{written}</published><updated>{written}</updated><content>{Fixture.UsagePoint()}</content></entry>");
        var doc = Fixture.Parse(xml);
        var entry = doc.Entries.Single();
        var want = DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        entry.Published.Should().Be(want);
        entry.Updated.Should().Be(want);
        entry.Updated!.Value.Offset.Should().Be(TimeSpan.Zero);
        var diagnostic = doc.Diagnostic(DiagnosticCodes.LenientDate);
        diagnostic.Count.Should().Be(2);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Info);
    }

    [Theory]
    [InlineData("2013-06-24T10:11:12Z")]
    [InlineData("2013-06-24T10:11:12.123Z")]
    [InlineData("2013-06-24T03:11:12-07:00")]
    public void Rfc3339_atom_dates_are_read_without_diagnostics(string written)
    {
        var doc = Fixture.Parse(Fixture.Feed($"<entry><id>e</id><updated>{written}</updated><content>{Fixture.UsagePoint()}</content></entry>"));
        doc.Entries.Single().Updated!.Value.UtcDateTime.Should().BeCloseTo(new DateTime(2013, 6, 24, 10, 11, 12, DateTimeKind.Utc), TimeSpan.FromSeconds(1));
        doc.Codes().Should().NotContain([DiagnosticCodes.LenientDate, DiagnosticCodes.InvalidDate]);
    }

    [Fact]
    public void Unreadable_atom_date_is_left_empty_and_reported_not_fatal()
    {
        var doc = Fixture.Parse(Fixture.Feed($"<entry><id>e</id><updated>last Tuesday</updated><content>{Fixture.UsagePoint()}</content></entry>"));
        doc.Entries.Single().Updated.Should().BeNull();
        doc.Diagnostic(DiagnosticCodes.InvalidDate).Message.Should().Contain("last Tuesday");
    }

    [Fact]
    public void Same_atom_id_on_every_entry_is_reported_and_links_still_attach()
    {
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.UsagePoint(), self: Fixture.UsagePointHref, related: [Fixture.UsagePointHref + "/MeterReading"], id: "urn:uuid:same"),
            Fixture.Entry(Fixture.MeterReading(), self: Fixture.MeterReadingHref, up: Fixture.UsagePointHref + "/MeterReading", related: [Fixture.MeterReadingHref + "/IntervalBlock"], id: "urn:uuid:same"),
            Fixture.Entry(Fixture.Block(s_t0, H, Fixture.Hourly(s_t0, 1)), self: Fixture.MeterReadingHref + "/IntervalBlock/1", up: Fixture.MeterReadingHref + "/IntervalBlock", id: "urn:uuid:same"));
        var doc = Fixture.Parse(xml);
        doc.UsagePoints.Single().MeterReadings.Single().IntervalBlocks.Should().ContainSingle();
        var diagnostic = doc.Diagnostic(DiagnosticCodes.DuplicateEntryId);
        diagnostic.Count.Should().Be(2);
        diagnostic.EntryId.Should().Be("urn:uuid:same");
    }

    [Fact]
    public void Entries_without_links_attach_by_document_order_and_are_reported()
    {
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.UsagePoint()),
            Fixture.Entry(Fixture.MeterReading()),
            Fixture.Entry(Fixture.ReadingType()),
            Fixture.Entry(Fixture.Block(s_t0, H, Fixture.Hourly(s_t0, 1))),
            Fixture.Entry(Fixture.UsagePoint(1)),
            Fixture.Entry(Fixture.MeterReading()),
            Fixture.Entry(Fixture.ReadingType(uom: 169)),
            Fixture.Entry(Fixture.Block(s_t0, H, Fixture.Hourly(s_t0, 1, 900))));
        var doc = Fixture.Parse(xml);
        doc.UsagePoints[0].MeterReadings.Single().Readings.Single().Value.Should().Be(100);
        doc.UsagePoints[1].MeterReadings.Single().Readings.Single().Value.Should().Be(900);
        doc.UsagePoints[1].MeterReadings.Single().ReadingType!.Uom.Should().Be(UnitOfMeasure.Therm);
        doc.Codes().Should().Contain([DiagnosticCodes.EntryWithoutLinks, DiagnosticCodes.AttachedByDocumentOrder]);
        doc.Diagnostic(DiagnosticCodes.EntryWithoutLinks).Count.Should().Be(6, "two MeterReadings, two ReadingTypes and two blocks were placed by document order; UsagePoints stand alone");
    }

    [Fact]
    public void Relative_hrefs_are_resolved_against_the_feed_self_link_and_reported()
    {
        var xml = Fixture.FeedWithSelf(Fixture.Subscription + "/",
            Fixture.Entry(Fixture.UsagePoint(), self: "UsagePoint/1", related: ["UsagePoint/1/MeterReading"]),
            Fixture.Entry(Fixture.MeterReading(), self: Fixture.UsagePointHref + "/MeterReading/1", up: Fixture.UsagePointHref + "/MeterReading/", related: ["UsagePoint/1/MeterReading/1/IntervalBlock"]),
            Fixture.Entry(Fixture.Block(s_t0, H, Fixture.Hourly(s_t0, 1)), up: "/DataCustodian/espi/1_1/resource/Subscription/5/UsagePoint/1/MeterReading/1/IntervalBlock"));
        var doc = Fixture.Parse(xml);
        var mr = doc.UsagePoints.Single().MeterReadings.Should().ContainSingle().Subject;
        mr.IntervalBlocks.Should().ContainSingle();
        doc.Diagnostic(DiagnosticCodes.RelativeHref).Severity.Should().Be(DiagnosticSeverity.Info);
        doc.Codes().Should().NotContain(DiagnosticCodes.AttachedByDocumentOrder);
    }

    [Fact]
    public void Relative_hrefs_resolve_against_the_BaseUri_option_when_the_feed_has_no_self_link()
    {
        var xml = Fixture.FeedWithSelf(null,
            Fixture.Entry(Fixture.UsagePoint(), self: "/r/UsagePoint/1", related: ["/r/UsagePoint/1/MeterReading"]),
            Fixture.Entry(Fixture.MeterReading(), self: "https://host.example/r/UsagePoint/1/MeterReading/1", up: "https://HOST.example/r/UsagePoint/1/MeterReading"));
        var doc = Fixture.Parse(xml, new GreenButtonReaderOptions { BaseUri = new Uri("https://host.example/") });
        doc.UsagePoints.Single().MeterReadings.Should().ContainSingle();
        doc.Codes().Should().NotContain(DiagnosticCodes.AttachedByDocumentOrder);
        doc.Diagnostic(DiagnosticCodes.RelativeHref).Message.Should().Contain("resolved against https://host.example/");
    }

    [Fact]
    public void Relative_hrefs_without_any_base_are_compared_as_written()
    {
        var xml = Fixture.FeedWithSelf(null,
            Fixture.Entry(Fixture.UsagePoint(), self: "UsagePoint/1", related: ["UsagePoint/1/MeterReading"]),
            Fixture.Entry(Fixture.UsagePoint(1), self: "UsagePoint/2", related: ["UsagePoint/2/MeterReading"]),
            Fixture.Entry(Fixture.MeterReading(), self: "UsagePoint/1/MeterReading/1", up: "UsagePoint/1/MeterReading/"));
        var doc = Fixture.Parse(xml);
        doc.UsagePoints[0].MeterReadings.Should().ContainSingle();
        doc.UsagePoints[1].MeterReadings.Should().BeEmpty();
        doc.Diagnostic(DiagnosticCodes.RelativeHref).Message.Should().Contain("compared as written");
    }

    [Fact]
    public void Href_whose_host_and_path_run_together_still_links_its_entries()
    {
        // Seen in a real feed: "https://utility.comDataCustodian/espi/..." (the slash after the host is missing).
        const string Broken = "https://services.utility.comDataCustodian/espi/1_1/resource/Subscription/5/UsagePoint/1";
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.UsagePoint(), self: Broken, related: [Broken + "/MeterReading"]),
            Fixture.Entry(Fixture.UsagePoint(1), self: Fixture.Base + "/Subscription/5/UsagePoint/2", related: [Fixture.Base + "/Subscription/5/UsagePoint/2/MeterReading"]),
            Fixture.Entry(Fixture.MeterReading(), self: Broken + "/MeterReading/1", up: Broken + "/MeterReading", related: [Broken + "/MeterReading/1/IntervalBlock"]),
            Fixture.Entry(Fixture.Block(s_t0, H, Fixture.Hourly(s_t0, 1)), self: Broken + "/MeterReading/1/IntervalBlock/1", up: Broken + "/MeterReading/1/IntervalBlock"));
        var doc = Fixture.Parse(xml);
        doc.UsagePoints[0].MeterReadings.Single().IntervalBlocks.Should().ContainSingle();
        doc.UsagePoints[1].MeterReadings.Should().BeEmpty();
        doc.Codes().Should().NotContain(DiagnosticCodes.AttachedByDocumentOrder);
    }

    [Fact]
    public void Feed_with_no_usage_point_keeps_its_blocks_and_reports_them_unattached()
    {
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.Block(s_t0, 2 * H, Fixture.Hourly(s_t0, 2)), self: Fixture.MeterReadingHref + "/IntervalBlock/1", up: Fixture.MeterReadingHref + "/IntervalBlock"),
            Fixture.Entry(Fixture.Block(s_t0 + (2 * H), 2 * H, Fixture.Hourly(s_t0 + (2 * H), 2, 200)), self: Fixture.MeterReadingHref + "/IntervalBlock/2", up: Fixture.MeterReadingHref + "/IntervalBlock"));
        var doc = Fixture.Parse(xml);
        doc.UsagePoints.Should().BeEmpty();
        doc.IntervalBlocks.SelectMany(b => b.Readings).Select(r => r.Value).Should().Equal(100, 101, 200, 201);
        var unattached = doc.Diagnostic(DiagnosticCodes.UnattachedEntry);
        unattached.Message.Should().Contain("2 IntervalBlock");
        Fixture.Stream(xml).Should().HaveCount(4);
    }

    [Fact]
    public void ReadingType_embedded_inside_a_meter_reading_is_its_reading_type()
    {
        var mr = Fixture.MeterReading(Fixture.ReadingType(uom: 169, power: -3).Replace($" xmlns=\"{Fixture.Espi}\"", "", StringComparison.Ordinal));
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.UsagePoint(1), self: Fixture.UsagePointHref, related: [Fixture.UsagePointHref + "/MeterReading"]),
            Fixture.Entry(mr, self: Fixture.MeterReadingHref, up: Fixture.UsagePointHref + "/MeterReading", related: [Fixture.MeterReadingHref + "/IntervalBlock"]),
            Fixture.Entry(Fixture.Block(s_t0, H, Fixture.Reading(s_t0, H, 1234)), self: Fixture.MeterReadingHref + "/IntervalBlock/1", up: Fixture.MeterReadingHref + "/IntervalBlock"));
        var doc = Fixture.Parse(xml);
        var meterReading = doc.MeterReadings.Single();
        meterReading.EmbeddedReadingType.Should().NotBeNull();
        meterReading.ReadingType.Should().BeSameAs(meterReading.EmbeddedReadingType);
        meterReading.Scale(meterReading.Readings.Single()).Should().Be(new Quantity(1.234m, UnitOfMeasure.Therm));
        doc.Codes().Should().Contain(DiagnosticCodes.EmbeddedReadingType).And.NotContain(DiagnosticCodes.MissingReadingType);
    }

    [Fact]
    public void LocalTimeParameters_in_the_customer_namespace_is_read_as_espi_and_reported()
    {
        var ltp = Fixture.LocalTime().Replace(Fixture.Espi, Fixture.Customer, StringComparison.Ordinal);
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.UsagePoint(), self: Fixture.UsagePointHref, related: [Fixture.LocalTimeHref]),
            Fixture.Entry(ltp, self: Fixture.LocalTimeHref));
        var doc = Fixture.Parse(xml);
        var time = doc.UsagePoints.Single().LocalTimeParameters;
        time.Should().NotBeNull();
        time!.TzOffsetSeconds.Should().Be(-28800);
        time.DstStartRule.Raw.Should().Be(0x360E2000);
        doc.Diagnostic(DiagnosticCodes.CustomerNamespace).Message.Should().Contain("LocalTimeParameters");
    }

    [Fact]
    public void Literal_text_between_elements_is_ignored_and_reported()
    {
        var block = $"<IntervalBlock xmlns=\"{Fixture.Espi}\">stray<interval><duration>3600</duration><start>{s_t0}</start></interval>"
            + $"<IntervalReading>more text<timePeriod><duration>3600</duration><start>{s_t0}</start></timePeriod><value>5</value></IntervalReading>and more</IntervalBlock>";
        var doc = Fixture.Parse(FeedWithBlock(block));
        ReadingsOf(doc).Single().Value.Should().Be(5);
        var stray = doc.Diagnostic(DiagnosticCodes.StrayText);
        stray.Count.Should().Be(3);
        stray.Severity.Should().Be(DiagnosticSeverity.Info);
    }

    [Fact]
    public void Positive_tzOffset_with_north_american_rules_is_taken_as_sign_flipped()
    {
        var doc = Fixture.Parse(Fixture.Feed(Fixture.Entry(Fixture.LocalTime(tzOffset: 18000))));
        var time = doc.LocalTimeParameters.Single();
        time.TzOffsetSeconds.Should().Be(-18000);
        doc.Diagnostic(DiagnosticCodes.FlippedTzOffset).Severity.Should().Be(DiagnosticSeverity.Warning);
        time.ToLocal(new DateTimeOffset(2023, 7, 1, 16, 0, 0, TimeSpan.Zero)).Offset.Should().Be(TimeSpan.FromHours(-4));
    }

    [Fact]
    public void Positive_tzOffset_with_other_rules_is_kept()
    {
        var doc = Fixture.Parse(Fixture.Feed(Fixture.Entry(Fixture.LocalTime(tzOffset: 36000, start: "A40E2000", end: "440E3000"))));
        doc.LocalTimeParameters.Single().TzOffsetSeconds.Should().Be(36000);
        doc.Codes().Should().NotContain(DiagnosticCodes.FlippedTzOffset);
    }

    [Fact]
    public void Readings_that_start_before_their_block_are_kept_and_reported()
    {
        var block = Fixture.Block(s_t0 + H, 2 * H, Fixture.Reading(s_t0, H, 1), Fixture.Reading(s_t0 + H, H, 2));
        var doc = Fixture.Parse(FeedWithBlock(block));
        ReadingsOf(doc).Select(r => r.StartSeconds).Should().Equal(s_t0, s_t0 + H);
        doc.Diagnostic(DiagnosticCodes.ReadingBeforeBlock).Count.Should().Be(1);
    }

    [Fact]
    public void Readings_without_timePeriod_start_at_the_block_start_and_follow_by_intervalLength()
    {
        var block = Fixture.Block(s_t0, 3 * 900, "<IntervalReading><value>1</value></IntervalReading>", "<IntervalReading><value>2</value></IntervalReading>", "<IntervalReading><value>3</value></IntervalReading>");
        var doc = Fixture.Parse(FeedWithBlock(block, Fixture.ReadingType(intervalLength: 900)));
        var readings = ReadingsOf(doc);
        readings.Select(r => r.StartSeconds).Should().Equal(s_t0, s_t0 + 900, s_t0 + 1800);
        readings.Should().OnlyContain(r => r.DurationSeconds == 900 && !r.HasTimePeriod);
        doc.Diagnostic(DiagnosticCodes.MissingTimePeriod).Count.Should().Be(3);
    }

    [Fact]
    public void Readings_without_timePeriod_are_placed_even_when_the_reading_type_comes_after_the_block()
    {
        var block = Fixture.Block(s_t0, 2 * 900, "<IntervalReading><value>1</value></IntervalReading>", "<IntervalReading><value>2</value></IntervalReading>");
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.UsagePoint(), self: Fixture.UsagePointHref, related: [Fixture.UsagePointHref + "/MeterReading"]),
            Fixture.Entry(block, self: Fixture.MeterReadingHref + "/IntervalBlock/1", up: Fixture.MeterReadingHref + "/IntervalBlock"),
            Fixture.Entry(Fixture.MeterReading(), self: Fixture.MeterReadingHref, up: Fixture.UsagePointHref + "/MeterReading", related: [Fixture.MeterReadingHref + "/IntervalBlock", Fixture.ReadingTypeHref]),
            Fixture.Entry(Fixture.ReadingType(intervalLength: 900), self: Fixture.ReadingTypeHref));
        var readings = ReadingsOf(Fixture.Parse(xml));
        readings.Select(r => r.StartSeconds).Should().Equal(s_t0, s_t0 + 900);
        readings.Select(r => r.EndSeconds).Should().Equal(s_t0 + 900, s_t0 + 1800);
    }

    [Fact]
    public void Readings_without_timePeriod_stream_from_the_block_start_with_the_preceding_intervalLength()
    {
        var block = Fixture.Block(s_t0, 2 * 900, "<IntervalReading><value>1</value></IntervalReading>", "<IntervalReading><value>2</value></IntervalReading>");
        var readings = Fixture.Stream(FeedWithBlock(block, Fixture.ReadingType(intervalLength: 900)));
        readings.Select(r => r.StartSeconds).Should().Equal(s_t0, s_t0 + 900);
        readings.Should().OnlyContain(r => r.DurationSeconds == 900);
    }

    [Theory]
    [InlineData("<kind/>")]
    [InlineData("<kind></kind>")]
    [InlineData("<kind>  </kind>")]
    public void Empty_service_category_kind_is_unknown_and_reported(string kind)
    {
        var xml = Fixture.Feed(Fixture.Entry($"<UsagePoint xmlns=\"{Fixture.Espi}\"><ServiceCategory>{kind}</ServiceCategory></UsagePoint>"));
        var doc = Fixture.Parse(xml);
        doc.UsagePoints.Single().ServiceKind.Should().BeNull();
        doc.Diagnostic(DiagnosticCodes.EmptyServiceKind).Severity.Should().Be(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Duplicate_readings_are_all_kept_and_reported()
    {
        var block = Fixture.Block(s_t0, 2 * H, Fixture.Reading(s_t0, H, 1), Fixture.Reading(s_t0, H, 1), Fixture.Reading(s_t0 + H, H, 2));
        var doc = Fixture.Parse(FeedWithBlock(block));
        ReadingsOf(doc).Should().HaveCount(3);
        doc.Diagnostic(DiagnosticCodes.DuplicateReading).Count.Should().Be(1);
        doc.Codes().Should().NotContain(DiagnosticCodes.OverlappingReading);
    }

    [Fact]
    public void Duplicate_readings_across_two_blocks_of_one_meter_reading_are_reported()
    {
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.UsagePoint(), self: Fixture.UsagePointHref, related: [Fixture.UsagePointHref + "/MeterReading"]),
            Fixture.Entry(Fixture.MeterReading(), self: Fixture.MeterReadingHref, up: Fixture.UsagePointHref + "/MeterReading", related: [Fixture.MeterReadingHref + "/IntervalBlock"]),
            Fixture.Entry(Fixture.Block(s_t0, H, Fixture.Reading(s_t0, H, 1)), up: Fixture.MeterReadingHref + "/IntervalBlock"),
            Fixture.Entry(Fixture.Block(s_t0, H, Fixture.Reading(s_t0, H, 1)), up: Fixture.MeterReadingHref + "/IntervalBlock"));
        Fixture.Parse(xml).Codes().Should().Contain(DiagnosticCodes.DuplicateReading);
    }

    [Fact]
    public void Overlapping_readings_are_all_kept_and_reported()
    {
        var block = Fixture.Block(s_t0, 2 * H, Fixture.Reading(s_t0, H, 1), Fixture.Reading(s_t0 + 1800, H, 2));
        var doc = Fixture.Parse(FeedWithBlock(block));
        ReadingsOf(doc).Should().HaveCount(2);
        doc.Diagnostic(DiagnosticCodes.OverlappingReading).Severity.Should().Be(DiagnosticSeverity.Warning);
        doc.Codes().Should().NotContain(DiagnosticCodes.DuplicateReading);
    }

    [Fact]
    public void Adjacent_readings_are_neither_duplicate_nor_overlapping()
    {
        var doc = Fixture.Parse(Fixture.StandardFeed());
        doc.Codes().Should().NotContain([DiagnosticCodes.OverlappingReading, DiagnosticCodes.DuplicateReading]);
    }

    [Fact]
    public void Spring_forward_day_block_holds_23_hours_from_local_midnight_to_local_midnight()
    {
        // 2023-03-12 in US Pacific: 00:00 PST = 08:00Z; the next midnight is 00:00 PDT = 2023-03-13T07:00Z.
        var start = new DateTimeOffset(2023, 3, 12, 8, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var doc = Fixture.Parse(FeedWithBlock(Fixture.Block(start, 23 * H, Fixture.Hourly(start, 23))));
        var readings = ReadingsOf(doc);
        readings.Should().HaveCount(23);
        var time = doc.UsagePoints.Single().LocalTimeParameters!;
        var localHours = readings.Select(r => time.ToLocal(r.Start).Hour).ToList();
        localHours.Should().Equal(new[] { 0, 1 }.Concat(Enumerable.Range(3, 21)));
        time.ToLocal(readings[^1].End).Should().Be(new DateTimeOffset(2023, 3, 13, 0, 0, 0, TimeSpan.FromHours(-7)));
    }

    [Fact]
    public void Fall_back_day_block_holds_25_hours_with_the_1_am_hour_twice()
    {
        // 2023-11-05 in US Pacific: 00:00 PDT = 07:00Z; the next midnight is 00:00 PST = 2023-11-06T08:00Z.
        var start = new DateTimeOffset(2023, 11, 5, 7, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var doc = Fixture.Parse(FeedWithBlock(Fixture.Block(start, 25 * H, Fixture.Hourly(start, 25))));
        var readings = ReadingsOf(doc);
        readings.Should().HaveCount(25);
        var time = doc.UsagePoints.Single().LocalTimeParameters!;
        var local = readings.Select(r => time.ToLocal(r.Start)).ToList();
        local.Select(l => l.Hour).Should().Equal(new[] { 0, 1, 1 }.Concat(Enumerable.Range(2, 22)));
        local[1].Offset.Should().Be(TimeSpan.FromHours(-7));
        local[2].Offset.Should().Be(TimeSpan.FromHours(-8));
        time.ToLocal(readings[^1].End).Should().Be(new DateTimeOffset(2023, 11, 6, 0, 0, 0, TimeSpan.FromHours(-8)));
    }

    [Fact]
    public void Unknown_elements_are_skipped_and_counted_by_name()
    {
        var block = $"<IntervalBlock xmlns=\"{Fixture.Espi}\" xmlns:v=\"urn:vendor\"><v:meterSerial>123</v:meterSerial><interval><duration>7200</duration><start>{s_t0}</start></interval>"
            + $"<IntervalReading><v:flag>a</v:flag><timePeriod><duration>3600</duration><start>{s_t0}</start></timePeriod><value>1</value></IntervalReading>"
            + $"<IntervalReading><v:flag>b</v:flag><timePeriod><duration>3600</duration><start>{s_t0 + H}</start></timePeriod><value>2</value><extension>x</extension></IntervalReading></IntervalBlock>";
        var doc = Fixture.Parse(FeedWithBlock(block));
        ReadingsOf(doc).Select(r => r.Value).Should().Equal(1, 2);
        var unknown = doc.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnknownElement).ToList();
        unknown.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Info);
        unknown.Single(d => d.Message.Contains("{urn:vendor}flag", StringComparison.Ordinal)).Count.Should().Be(2);
        unknown.Single(d => d.Message.Contains("meterSerial", StringComparison.Ordinal)).Count.Should().Be(1);
        unknown.Should().Contain(d => d.Message.Contains("extension", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_unknown_elements_are_counted_too()
    {
        var block = Fixture.Block(s_t0, H, $"<IntervalReading><extension/><timePeriod><duration>3600</duration><start>{s_t0}</start></timePeriod><value>1</value></IntervalReading>");
        var doc = Fixture.Parse(FeedWithBlock(block));
        ReadingsOf(doc).Single().Value.Should().Be(1);
        doc.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.UnknownElement && d.Message.Contains("extension", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_atom_and_espi_elements_in_entries_are_counted_not_fatal()
    {
        var xml = Fixture.Feed($"<entry><id>e</id><madeUp>x</madeUp><content><UsagePoint xmlns=\"{Fixture.Espi}\"><ServiceCategory><kind>0</kind></ServiceCategory><futureElement>1</futureElement></UsagePoint></content></entry>");
        var doc = Fixture.Parse(xml);
        doc.UsagePoints.Should().ContainSingle();
        doc.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnknownElement).Should().HaveCount(2);
    }

    [Fact]
    public void Known_atom_elements_are_not_reported_as_unknown()
    {
        var xml = Fixture.Feed($"<entry><id>e</id><author><name>u</name></author><category term=\"c\"/><summary>s</summary><rights>r</rights><content>{Fixture.UsagePoint()}</content></entry>");
        Fixture.Parse(xml).Codes().Should().NotContain(DiagnosticCodes.UnknownElement);
    }

    [Fact]
    public void Empty_optional_reading_elements_mean_absent()
    {
        var block = Fixture.Block(s_t0, H, $"<IntervalReading><cost/><timePeriod><duration>3600</duration><start>{s_t0}</start></timePeriod><value>5</value><tou/></IntervalReading>");
        var reading = ReadingsOf(Fixture.Parse(FeedWithBlock(block))).Single();
        reading.Cost.Should().BeNull();
        reading.CostAmount.Should().BeNull();
        reading.Tou.Should().BeNull();
        reading.Value.Should().Be(5);
        reading.HasValue.Should().BeTrue();
    }

    [Fact]
    public void Reading_without_value_has_HasValue_false()
    {
        var block = Fixture.Block(s_t0, H, $"<IntervalReading><timePeriod><duration>3600</duration><start>{s_t0}</start></timePeriod></IntervalReading>");
        var reading = ReadingsOf(Fixture.Parse(FeedWithBlock(block))).Single();
        reading.HasValue.Should().BeFalse();
        reading.Value.Should().Be(0);
    }

    [Fact]
    public void Reading_quality_that_is_not_a_number_is_kept_as_text_and_reported()
    {
        var block = Fixture.Block(s_t0, H, $"<IntervalReading><ReadingQuality><quality>quality1</quality></ReadingQuality><timePeriod><duration>3600</duration><start>{s_t0}</start></timePeriod><value>5</value></IntervalReading>");
        var doc = Fixture.Parse(FeedWithBlock(block));
        var quality = ReadingsOf(doc).Single().Qualities.Single();
        quality.Text.Should().Be("quality1");
        quality.ToString().Should().Be("quality1");
        doc.Codes().Should().Contain(DiagnosticCodes.OutOfRange);
    }

    [Fact]
    public void Repeated_quirks_are_reported_once_with_the_first_position()
    {
        var block = Fixture.Block(s_t0, 3 * H, Enumerable.Range(0, 3).Select(i => $"<IntervalReading><timePeriod><duration>3600</duration><start>{(s_t0 + (i * H)) * 1000}</start></timePeriod><value>1</value></IntervalReading>").ToArray());
        var doc = Fixture.Parse(FeedWithBlock(block));
        var diagnostic = doc.Diagnostic(DiagnosticCodes.MillisecondEpoch);
        diagnostic.Count.Should().Be(3);
        diagnostic.EntryId.Should().NotBeNull();
        diagnostic.ToString().Should().Contain("warning millisecond-epoch").And.EndWith("(x3)");
    }
}
