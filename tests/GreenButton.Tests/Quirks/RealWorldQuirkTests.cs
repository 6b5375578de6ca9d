namespace GreenButton.Tests.Quirks;

/// <summary>
/// Classes of real files from outside the shared corpus (issue 11), each in a fixture of its own: what a careful human
/// reads out of them is read, what was skipped or coerced is reported with its own code, strict mode fails located.
/// Every fixture is also read asynchronously: both paths must agree.
/// </summary>
public sealed class RealWorldQuirkTests
{
    private const string Espi = Fixture.Espi;
    private const string Atom = Fixture.Atom;
    private const long T0 = Fixture.June1;
    private static readonly GreenButtonReaderOptions s_lenient = new() { Lenient = true };

    private static GreenButtonDocument Both(string xml, GreenButtonReaderOptions options = default)
    {
        var sync = Fixture.Parse(xml, options);
        using var stream = new MemoryStream(Fixture.Utf8(xml));
        var async = GreenButtonDocument.LoadAsync(stream, options).GetAwaiter().GetResult();
        async.Resources.Select(r => r.ResourceName).Should().Equal(sync.Resources.Select(r => r.ResourceName), "async reads what sync reads");
        async.IntervalBlocks.SelectMany(b => b.Readings).Should().Equal(sync.IntervalBlocks.SelectMany(b => b.Readings));
        async.Diagnostics.Select(d => (d.Code, d.Count)).Should().Equal(sync.Diagnostics.Select(d => (d.Code, d.Count)));
        return sync;
    }

    private static string Pge(string mappingsNamespace)
        => $"<?xml version=\"1.0\"?>\n<feed xmlns=\"{Atom}\">\n<id>urn:uuid:f</id>\n"
            + $"<ProgramIdMappings xmlns=\"{mappingsNamespace}\"><programIdMapping><code>E1</code><name>Residential</name></programIdMapping></ProgramIdMappings>\n"
            + string.Concat(Fixture.StandardEntries()) + "</feed>";

    // ---- 1. PG&E: ProgramIdMappings under the feed, outside any entry -------------------------------------------

    [Fact]
    public void Program_id_mappings_in_no_namespace_outside_the_entries_are_skipped_and_counted_in_every_mode()
    {
        var xml = Pge("");
        var strict = Both(xml);
        var lenient = Both(xml, s_lenient);
        foreach (var doc in new[] { strict, lenient })
        {
            doc.MeterReadings.Single().Readings.Should().HaveCount(Fixture.StandardEntries().Length > 0 ? doc.IntervalBlocks.Sum(b => b.Readings.Count) : 0);
            doc.IntervalBlocks.SelectMany(b => b.Readings).Should().NotBeEmpty("the readings are what the customer needs");
            var skipped = doc.Diagnostic(DiagnosticCodes.ForeignElement);
            skipped.Message.Should().Contain("ProgramIdMappings").And.Contain("no namespace");
            skipped.Line.Should().Be(4);
            doc.Codes().Should().NotContain(DiagnosticCodes.SkippedResource);
        }
        Fixture.Stream(xml).Should().HaveCount(strict.IntervalBlocks.Sum(b => b.Readings.Count));
    }

    [Fact]
    public void Program_id_mappings_in_the_espi_namespace_outside_the_entries_are_read_and_reported()
    {
        var doc = Both(Pge(Espi));
        doc.Resources.OfType<ProgramIdMappings>().Single().Mappings.Single().Code.Should().Be("E1");
        doc.Diagnostic(DiagnosticCodes.ResourceOutsideEntry).Message.Should().Contain("ProgramIdMappings");
        doc.IntervalBlocks.Should().NotBeEmpty();
    }

    // ---- 2. Duke Energy: decimal values, quality words, no duration, no ReadingType ---------------------------

    private static string Duke(params string[] values)
    {
        var readings = values.Select((v, i) =>
            $"<IntervalReading><timePeriod><start>{T0 + (3600 * i)}</start></timePeriod><value>{v}</value><readingQuality>ACTUAL</readingQuality></IntervalReading>");
        return Fixture.Feed(
            Fixture.Entry(Fixture.UsagePoint(), self: Fixture.UsagePointHref),
            Fixture.Entry(Fixture.MeterReading(), self: Fixture.MeterReadingHref, up: Fixture.UsagePointHref + "/MeterReading"),
            Fixture.Entry($"<IntervalBlock xmlns=\"{Espi}\">{string.Concat(readings)}</IntervalBlock>",
                self: Fixture.MeterReadingHref + "/IntervalBlock/1", up: Fixture.MeterReadingHref + "/IntervalBlock"));
    }

    [Fact]
    public void Decimal_values_without_a_reading_type_are_read_exactly_with_their_power_on_the_readings()
    {
        var doc = Both(Duke("0.62", "1.5", "2", "0.125"));
        var mr = doc.MeterReadings.Single();
        var readings = mr.Readings.ToList();
        readings.Select(r => r.Value).Should().Equal(620, 1500, 2000, 125);
        readings.Should().OnlyContain(r => r.ValuePowerOfTen == -3, "one series, one power");
        readings.Select(r => mr.Scale(r).Amount).Should().Equal(0.62m, 1.5m, 2m, 0.125m);
        doc.Diagnostics.Where(d => d.Code == DiagnosticCodes.DecimalValue).Should().NotBeEmpty()
            .And.Contain(d => d.Message.Contains("'0.62'"));
        doc.Codes().Should().NotContain([DiagnosticCodes.SkippedReading, DiagnosticCodes.SkippedResource]);
    }

    [Fact]
    public void Decimal_values_fold_into_the_reading_types_multiplier_so_the_scaled_value_equals_the_text()
    {
        var block = Fixture.Block(T0, 3 * 3600, Fixture.Reading(T0, 3600, 0) .Replace("<value>0</value>", "<value>0.62</value>", StringComparison.Ordinal),
            Fixture.Reading(T0 + 3600, 3600, 3), Fixture.Reading(T0 + 7200, 3600, 0).Replace("<value>0</value>", "<value>-1.05</value>", StringComparison.Ordinal));
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.UsagePoint(), self: Fixture.UsagePointHref),
            Fixture.Entry(Fixture.MeterReading(), self: Fixture.MeterReadingHref, up: Fixture.UsagePointHref + "/MeterReading", related: [Fixture.ReadingTypeHref]),
            Fixture.Entry(Fixture.ReadingType(power: 3, intervalLength: 3600), self: Fixture.ReadingTypeHref),
            Fixture.Entry(block, self: Fixture.MeterReadingHref + "/IntervalBlock/1", up: Fixture.MeterReadingHref + "/IntervalBlock"));
        var doc = Both(xml);
        var mr = doc.MeterReadings.Single();
        mr.ReadingType!.PowerOfTenMultiplier.Should().Be(1, "3 written, 2 decimal places folded in");
        mr.Readings.Select(r => r.Value).Should().Equal(62, 300, -105);
        mr.Readings.Should().OnlyContain(r => r.ValuePowerOfTen == 0);
        mr.Readings.Select(r => mr.Scale(r).Amount).Should().Equal(620m, 3000m, -1050m);
        mr.Readings.Select(r => mr.ReadingType.Scale(r.Value).Amount).Should().Equal([620m, 3000m, -1050m], "raw values of the series scale alike");
    }

    [Fact]
    public void Streamed_decimal_readings_carry_their_power_and_scale_exactly()
    {
        var readings = Fixture.Stream(Duke("0.62", "0.7"));
        readings.Select(r => (r.Value, r.ValuePowerOfTen)).Should().Equal((62L, -2), (70L, -2));
        readings[0].ScaledValue(new ReadingType()).Amount.Should().Be(0.62m);
    }

    [Fact]
    public void Decimal_value_that_cannot_be_held_exactly_fails_strict_mode_located_and_lenient_mode_skips_only_it()
    {
        var xml = Duke("0.05", "92233720368547758.1");
        var act = () => Fixture.Parse(xml);
        var error = act.Should().Throw<GreenButtonException>().Which;
        error.Line.Should().BePositive();
        error.Column.Should().BePositive();
        error.ElementPath.Should().EndWith("IntervalReading[2]/value");
        var lenient = Both(xml, s_lenient);
        lenient.IntervalBlocks.Single().Readings.Select(r => r.Value).Should().Equal(5);
        lenient.Codes().Should().Contain(DiagnosticCodes.SkippedReading);
    }

    [Fact]
    public void Quality_words_are_mapped_to_their_codes_and_reported()
    {
        var doc = Both(Duke("1", "2"));
        doc.IntervalBlocks.Single().Readings.Should().OnlyContain(r => r.Qualities.Single().Quality == QualityOfReading.Valid && r.Qualities.Single().Text == null);
        doc.Diagnostic(DiagnosticCodes.QualityWord).Message.Should().Contain("ACTUAL");
        doc.Diagnostic(DiagnosticCodes.QualityWord).Count.Should().Be(2);
    }

    [Theory]
    [InlineData("ESTIMATED", QualityOfReading.EstimatedUsingReferenceDay)]
    [InlineData("estimated", QualityOfReading.EstimatedUsingReferenceDay)]
    [InlineData("Manually_Edited", QualityOfReading.ManuallyEdited)]
    [InlineData("VALIDATED", QualityOfReading.Validated)]
    [InlineData("raw", QualityOfReading.Raw)]
    public void Quality_words_inside_espi_reading_quality_are_mapped_too(string word, QualityOfReading expected)
    {
        var block = Fixture.Block(T0, 3600, Fixture.Reading(T0, 3600, 1, $"<ReadingQuality><quality>{word}</quality></ReadingQuality>"));
        var doc = Both(Fixture.Feed(Fixture.Entry(block)));
        doc.IntervalBlocks.Single().Readings.Single().Qualities.Single().Quality.Should().Be(expected);
        doc.Codes().Should().Contain(DiagnosticCodes.QualityWord);
    }

    [Fact]
    public void Durations_left_out_are_taken_from_the_spacing_of_the_readings()
    {
        var doc = Both(Duke("1", "2", "3"));
        doc.IntervalBlocks.Single().Readings.Should().OnlyContain(r => r.DurationSeconds == 3600);
        doc.Codes().Should().Contain(DiagnosticCodes.DerivedDuration);
        Fixture.Stream(Duke("1", "2", "3")).Should().OnlyContain(r => r.DurationSeconds == 3600, "streaming derives them alike");
    }

    [Fact]
    public void Durations_left_out_are_the_reading_types_interval_length_when_there_is_one()
    {
        var readings = string.Concat(Enumerable.Range(0, 2).Select(i => $"<IntervalReading><timePeriod><start>{T0 + (7200 * i)}</start></timePeriod><value>1</value></IntervalReading>"));
        var xml = Fixture.Feed(Fixture.Entry(Fixture.ReadingType(intervalLength: 900)), Fixture.Entry($"<IntervalBlock xmlns=\"{Espi}\">{readings}</IntervalBlock>"));
        Both(xml).IntervalBlocks.Single().Readings.Should().OnlyContain(r => r.DurationSeconds == 900);
    }

    // ---- 3. Empty fields ------------------------------------------------------------------------------------

    private const string EmptyLocalTime = "<LocalTimeParameters xmlns=\"" + Espi + "\"><dstEndRule></dstEndRule><dstOffset></dstOffset><dstStartRule></dstStartRule><tzOffset></tzOffset></LocalTimeParameters>";

    [Fact]
    public void Local_time_parameters_with_every_field_empty_are_read_as_utc_in_every_mode()
    {
        var xml = Fixture.Feed(Fixture.Entry(EmptyLocalTime, self: Fixture.LocalTimeHref), Fixture.Entry(Fixture.UsagePoint(), self: Fixture.UsagePointHref, related: [Fixture.LocalTimeHref]));
        foreach (var doc in new[] { Both(xml), Both(xml, s_lenient) })
        {
            var local = doc.LocalTimeParameters.Single();
            local.TzOffsetSeconds.Should().Be(0);
            local.DstStartRule.IsDisabled.Should().BeTrue();
            doc.Diagnostic(DiagnosticCodes.LocalTimeWithoutRules).Message.Should().Contain("UTC");
            doc.Diagnostics.Where(d => d.Code == DiagnosticCodes.EmptyElement).Sum(d => d.Count).Should().Be(4);
            doc.UsagePoints.Single().LocalTimeParameters.Should().BeSameAs(local);
        }
    }

    [Fact]
    public void Local_time_parameters_with_empty_rules_and_an_offset_are_a_fixed_offset()
    {
        var xml = Fixture.Feed(Fixture.Entry("<LocalTimeParameters xmlns=\"" + Espi + "\"><dstEndRule/><dstOffset>3600</dstOffset><dstStartRule> </dstStartRule><tzOffset>-18000</tzOffset></LocalTimeParameters>"));
        var doc = Both(xml);
        var local = doc.LocalTimeParameters.Single();
        local.TzOffsetSeconds.Should().Be(-18000);
        local.DstOffsetSeconds.Should().Be(0);
        doc.Diagnostic(DiagnosticCodes.LocalTimeWithoutRules).Message.Should().Contain("fixed offset");
    }

    [Theory]
    [InlineData("<tou></tou>", "tou")]
    [InlineData("<cost> </cost>", "cost")]
    [InlineData("<value></value>", "value")]
    [InlineData("<consumptionTier>\n</consumptionTier>", "consumptionTier")]
    public void Empty_optional_reading_fields_mean_absent_with_a_diagnostic(string inner, string leaf)
    {
        var value = leaf == "value" ? "" : "<value>1</value>";
        var block = Fixture.Block(T0, 3600, $"<IntervalReading><timePeriod><duration>3600</duration><start>{T0}</start></timePeriod>{inner}{value}</IntervalReading>");
        var doc = Both(Fixture.Feed(Fixture.Entry(block)));
        var reading = doc.IntervalBlocks.Single().Readings.Single();
        reading.Tou.Should().BeNull();
        reading.Cost.Should().BeNull();
        reading.ConsumptionTier.Should().BeNull();
        reading.HasValue.Should().Be(leaf != "value");
        doc.Diagnostic(DiagnosticCodes.EmptyElement).Message.Should().Contain($"'{leaf}'");
    }

    [Fact]
    public void Empty_fields_in_other_resources_mean_absent()
    {
        var rt = $"<ReadingType xmlns=\"{Espi}\"><commodity></commodity><intervalLength></intervalLength><powerOfTenMultiplier></powerOfTenMultiplier><uom>72</uom></ReadingType>";
        var up = $"<UsagePoint xmlns=\"{Espi}\"><roleFlags></roleFlags><ServiceCategory><kind>0</kind></ServiceCategory><isVirtual></isVirtual></UsagePoint>";
        var doc = Both(Fixture.Feed(Fixture.Entry(rt), Fixture.Entry(up)));
        var readingType = doc.ReadingTypes.Single();
        readingType.Commodity.Should().BeNull();
        readingType.IntervalLength.Should().BeNull();
        readingType.HasPowerOfTenMultiplier.Should().BeFalse();
        doc.UsagePoints.Single().RoleFlags.Should().BeNull();
        doc.Diagnostics.Where(d => d.Code == DiagnosticCodes.EmptyElement).Sum(d => d.Count).Should().Be(5);
    }

    // ---- 4. Atom without its namespace ------------------------------------------------------------------------

    [Fact]
    public void A_single_entry_document_whose_atom_is_in_no_namespace_is_read_with_its_links()
    {
        var xml = $"<entry>\n<id>urn:uuid:1</id>\n<link rel=\"self\" href=\"{Fixture.UsagePointHref}\"/>\n<title>Home</title>\n<content>{Fixture.UsagePoint(kind: 0)}</content>\n</entry>";
        var doc = Both(xml);
        var usagePoint = doc.UsagePoints.Single();
        usagePoint.SelfHref.Should().Be(Fixture.UsagePointHref);
        usagePoint.Title.Should().Be("Home");
        usagePoint.Entry!.Id.Should().Be("urn:uuid:1");
        doc.Diagnostic(DiagnosticCodes.AtomWithoutNamespace).Count.Should().BeGreaterThanOrEqualTo(4);
        Both(xml, s_lenient).UsagePoints.Should().ContainSingle();
    }

    [Fact]
    public void A_feed_whose_atom_is_in_no_namespace_reads_every_reading()
    {
        var xml = Fixture.StandardFeed().Replace($" xmlns=\"{Atom}\"", "", StringComparison.Ordinal);
        var expected = Fixture.Parse(Fixture.StandardFeed());
        var doc = Both(xml);
        doc.MeterReadings.Single().Readings.Should().Equal(expected.MeterReadings.Single().Readings);
        doc.Codes().Should().Contain(DiagnosticCodes.AtomWithoutNamespace);
    }

    // ---- 5. Resources where Atom should be --------------------------------------------------------------------

    [Fact]
    public void An_interval_block_inside_a_meter_reading_as_the_root_is_read_as_a_resource_of_its_own()
    {
        var xml = $"<MeterReading xmlns=\"{Espi}\">{Fixture.Block(T0, 7200, Fixture.Hourly(T0, 2)).Replace($" xmlns=\"{Espi}\"", "", StringComparison.Ordinal)}</MeterReading>";
        var doc = Both(xml);
        doc.MeterReadings.Should().ContainSingle();
        doc.IntervalBlocks.Single().Readings.Select(r => r.Value).Should().Equal(100, 101);
        doc.Diagnostic(DiagnosticCodes.NestedResource).Message.Should().Contain("'IntervalBlock' inside 'MeterReading'");
        Fixture.Stream(xml).Select(r => r.Value).Should().Equal(100, 101);
    }

    [Fact]
    public void An_interval_block_inside_an_interval_block_loses_none_of_the_outer_blocks_readings()
    {
        var inner = Fixture.Block(T0 + 86_400, 3600, Fixture.Hourly(T0 + 86_400, 1)).Replace($" xmlns=\"{Espi}\"", "", StringComparison.Ordinal);
        var outer = Fixture.Block(T0, 7200, Fixture.Hourly(T0, 2)).Replace($" xmlns=\"{Espi}\"", "", StringComparison.Ordinal);
        var first = outer.IndexOf("</IntervalReading>", StringComparison.Ordinal) + "</IntervalReading>".Length;
        var xml = $"<MeterReading xmlns=\"{Espi}\">{outer[..first]}{inner}{outer[first..]}</MeterReading>";
        var doc = Both(xml);
        doc.IntervalBlocks.Should().HaveCount(2);
        doc.IntervalBlocks.SelectMany(b => b.Readings).Select(r => r.Value).Order().Should().Equal(100, 100, 101);
    }

    [Fact]
    public void An_atom_id_inside_content_names_its_entry()
    {
        var xml = Fixture.Feed($"<entry><content><id>urn:uuid:inner</id>{Fixture.UsagePoint()}</content></entry>");
        var doc = Both(xml);
        doc.UsagePoints.Single().Entry!.Id.Should().Be("urn:uuid:inner");
        doc.Codes().Should().Contain(DiagnosticCodes.AtomInContent).And.NotContain(DiagnosticCodes.UnknownElement);
    }

    [Fact]
    public void An_entry_titled_and_linked_as_an_interval_block_that_holds_a_reading_type_is_read_as_the_reading_type()
    {
        var xml = Fixture.Feed(
            Fixture.Entry(Fixture.UsagePoint(), self: Fixture.UsagePointHref),
            Fixture.Entry(Fixture.MeterReading(), self: Fixture.MeterReadingHref, up: Fixture.UsagePointHref + "/MeterReading", related: [Fixture.MeterReadingHref + "/IntervalBlock/9"]),
            Fixture.Entry(Fixture.ReadingType(uom: 72), self: Fixture.MeterReadingHref + "/IntervalBlock/9", title: "IntervalBlock"),
            Fixture.Entry(Fixture.Block(T0, 3600, Fixture.Reading(T0, 3600, 5)), self: Fixture.MeterReadingHref + "/IntervalBlock/1", up: Fixture.MeterReadingHref + "/IntervalBlock"));
        var doc = Both(xml);
        doc.ReadingTypes.Should().ContainSingle();
        doc.IntervalBlocks.Should().ContainSingle();
        doc.MeterReadings.Single().ReadingType.Should().BeSameAs(doc.ReadingTypes.Single());
        doc.Diagnostic(DiagnosticCodes.MismatchedEntryType).Message.Should().Contain("names a IntervalBlock holds a ReadingType");
    }

    // ---- 6. Not Green Button at all ---------------------------------------------------------------------------

    private const string Ar2418 = "<?xml version=\"1.0\"?>\n<UsagePoints xmlns=\"http://vde.de/AR_2418-6.xsd\" xmlns:espi=\"http://naesb.org/espi\">\n"
        + "<UsagePoint><espi:ServiceCategory><espi:kind>0</espi:kind></espi:ServiceCategory><MeterReading><IntervalBlock><IntervalReading>"
        + "<espi:value>52462486</espi:value><timePeriod><start>2026-04-29T08:45:00+02:00</start></timePeriod></IntervalReading></IntervalBlock></MeterReading></UsagePoint>\n</UsagePoints>";

    [Fact]
    public async Task An_ar_2418_6_document_is_refused_in_one_line_saying_what_it_appears_to_be_in_every_mode()
    {
        foreach (var options in new[] { default, s_lenient })
        {
            var error = ((Action)(() => Fixture.Parse(Ar2418, options))).Should().Throw<GreenButtonException>().Which;
            error.Reason.Should().StartWith("This is not a Green Button document").And.Contain("AR 2418-6");
            error.Message.Should().NotContain("\n");
            error.Line.Should().Be(2);
            var stream = () => Fixture.Stream(Ar2418, options);
            stream.Should().Throw<GreenButtonException>().Which.Reason.Should().Contain("AR 2418-6");
            using var bytes = new MemoryStream(Fixture.Utf8(Ar2418));
            var async = () => GreenButtonDocument.LoadAsync(bytes, options);
            (await async.Should().ThrowAsync<GreenButtonException>()).Which.Reason.Should().Contain("AR 2418-6");
        }
    }

    [Fact]
    public void An_unknown_format_borrowing_espi_names_is_refused_as_not_green_button()
    {
        var xml = Ar2418.Replace("http://vde.de/AR_2418-6.xsd", "urn:example:meter-data", StringComparison.Ordinal);
        var error = ((Action)(() => Fixture.Parse(xml, s_lenient))).Should().Throw<GreenButtonException>().Which;
        error.Reason.Should().StartWith("This is not a Green Button document").And.Contain("urn:example:meter-data");
    }

    // ---- 7. Smaller ones ---------------------------------------------------------------------------------------

    [Fact]
    public void Readings_written_newest_first_are_all_kept_and_reported()
    {
        var block = Fixture.Block(T0, 3 * 3600, Fixture.Reading(T0 + 7200, 3600, 3), Fixture.Reading(T0 + 3600, 3600, 2), Fixture.Reading(T0, 3600, 1));
        var doc = Both(Fixture.Feed(Fixture.Entry(block)));
        doc.IntervalBlocks.Single().Readings.Select(r => r.Value).Should().Equal(3, 2, 1);
        doc.Codes().Should().Contain(DiagnosticCodes.DescendingReadings);
    }

    [Fact]
    public void A_timezone_element_is_skipped_and_counted()
    {
        var doc = Both(Fixture.Feed(Fixture.Entry(Fixture.UsagePoint(extra: "<timezone>America/New_York</timezone>"))));
        doc.UsagePoints.Should().ContainSingle();
        doc.Diagnostic(DiagnosticCodes.UnknownElement).Message.Should().Contain("timezone");
    }

    [Fact]
    public void Microsecond_atom_dates_without_a_zone_are_read_as_utc_and_reported()
    {
        var xml = Fixture.Feed(Fixture.Entry(Fixture.UsagePoint())).Replace("<published>2023-06-02T00:00:00Z</published>", "<published>2023-06-02T01:02:03.123456</published>", StringComparison.Ordinal);
        var doc = Both(xml);
        doc.UsagePoints.Single().Entry!.Published.Should().Be(new DateTimeOffset(2023, 6, 2, 1, 2, 3, TimeSpan.Zero).AddTicks(1_234_560));
        doc.Codes().Should().Contain(DiagnosticCodes.LenientDate);
    }

    [Fact]
    public void Xsi_type_attributes_on_values_are_ignored()
    {
        var reading = $"<IntervalReading xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><timePeriod><duration xsi:type=\"xs:unsignedInt\">3600</duration><start>{T0}</start></timePeriod><value xsi:type=\"xs:long\">42</value></IntervalReading>";
        var doc = Both(Fixture.Feed(Fixture.Entry(Fixture.Block(T0, 3600, reading))));
        doc.IntervalBlocks.Single().Readings.Single().Value.Should().Be(42);
        doc.IntervalBlocks.Single().Readings.Single().DurationSeconds.Should().Be(3600);
        doc.Codes().Should().NotContain([DiagnosticCodes.UnknownElement, DiagnosticCodes.SkippedReading]);
    }

    [Fact]
    public void A_per_reading_power_of_ten_that_contradicts_the_reading_type_is_ignored_and_reported()
    {
        var block = Fixture.Block(T0, 3600, Fixture.Reading(T0, 3600, 7, "<powerOfTenMultiplier>-3</powerOfTenMultiplier>"));
        var doc = Both(Fixture.Feed(Fixture.Entry(Fixture.ReadingType(power: 0)), Fixture.Entry(block)));
        doc.IntervalBlocks.Single().Readings.Single().Value.Should().Be(7);
        var diagnostic = doc.Diagnostic(DiagnosticCodes.ReadingPowerOfTen);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Contain("-3").And.Contain("the ReadingType's was kept");
    }

    [Fact]
    public void Uom_and_currency_inside_an_interval_are_skipped_and_counted()
    {
        var block = $"<IntervalBlock xmlns=\"{Espi}\"><interval><duration>3600</duration><start>{T0}</start><uom>72</uom><currency>840</currency></interval>{Fixture.Reading(T0, 3600, 1)}</IntervalBlock>";
        var doc = Both(Fixture.Feed(Fixture.Entry(block)));
        doc.IntervalBlocks.Single().Interval!.Value.DurationSeconds.Should().Be(3600);
        doc.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnknownElement).Select(d => d.Message).Should().Contain(m => m.Contains("uom")).And.Contain(m => m.Contains("currency"));
    }

    [Fact]
    public void The_same_usage_point_entry_repeated_hundreds_of_times_is_reported_once_with_a_count_and_loses_no_reading()
    {
        var repeated = Enumerable.Repeat(Fixture.Entry(Fixture.UsagePoint(), self: Fixture.UsagePointHref, id: "urn:uuid:same"), 300);
        var entries = Fixture.StandardEntries().ToList();
        entries.InsertRange(1, repeated);
        var doc = Both(Fixture.Feed([.. entries]));
        var expected = Fixture.Parse(Fixture.StandardFeed()).MeterReadings.Single().Readings;
        doc.MeterReadings.Single().Readings.Should().Equal(expected);
        doc.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.DuplicateEntryId);
    }

    [Fact]
    public void Cdata_titles_holding_escaped_entities_are_decoded()
    {
        var xml = Fixture.Feed(Fixture.Entry(Fixture.UsagePoint(), title: "<![CDATA[Home &amp; Garden &#8211; East]]>"));
        var doc = Both(xml);
        doc.UsagePoints.Single().Title.Should().Be("Home & Garden \u2013 East");
        doc.Codes().Should().Contain(DiagnosticCodes.EscapedCdata);
        Both(Fixture.Feed(Fixture.Entry(Fixture.UsagePoint(), title: "Home &amp; Garden"))).UsagePoints.Single().Title.Should().Be("Home & Garden", "plain text is XML-unescaped once, as it should be");
    }

    // ---- The DTD rule, said by the core -----------------------------------------------------------------------

    [Fact]
    public void A_dtd_is_refused_for_safety_in_plain_words_located()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY x \"y\">]>\n" + Fixture.StandardFeed()[(Fixture.StandardFeed().IndexOf('\n') + 1)..];
        foreach (var options in new[] { default, s_lenient })
        {
            var error = ((Action)(() => Fixture.Parse(xml, options))).Should().Throw<GreenButtonException>().Which;
            error.Reason.Should().Contain("DTDs are refused for safety").And.NotContain("DtdProcessing");
            error.InnerException.Should().BeOfType<System.Xml.XmlException>();
        }
    }
}
