using System.Text;
using static GreenButton.Tests.Validation.ConformantFeed;

namespace GreenButton.Tests.Validation;

public sealed class SchemaAndQuirkTests
{
    private static readonly GreenButtonValidationOptions s_schemaOnly = new() { Rules = ValidationRuleSet.None, IgnoreQuirks = true };

    // ---- Schema ----------------------------------------------------------------------------------------------------

    [Fact]
    public void A_schema_error_says_where_it_is_line_column_element_path_and_entry()
    {
        var xml = Replace("ib-elec-wh", "<value>100</value>", "<value>lots</value>");
        var result = Validate(xml, s_schemaOnly);
        result.IsSchemaValid.Should().BeFalse();
        var error = result.Violations.Should().ContainSingle().Which;
        error.Source.Should().Be(ViolationSource.Schema);
        error.Code.Should().Be(ValidationCodes.Xsd);
        error.EntryId.Should().Be("urn:uuid:ib-elec-wh");
        error.Path.Should().MatchRegex(@"^feed/entry\[\d+\]//value$");
        error.Message.Should().Contain("'lots'");
        var line = xml[..xml.IndexOf("<value>lots", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        error.Line.Should().Be(line);
        error.Column.Should().BeGreaterThan(0);
    }

    [Fact]
    public void RedactValues_keeps_values_out_of_schema_messages()
    {
        var result = Validate(Replace("ib-elec-wh", "<value>100</value>", "<value>lots</value>"), s_schemaOnly with { RedactValues = true });
        var message = result.Violations.Single().Message;
        message.Should().NotContain("lots").And.Contain("(value redacted)");
    }

    [Fact]
    public void RedactValues_keeps_values_out_of_rule_and_quirk_messages()
    {
        var xml = RuleFixtures.Bad["D035"]();
        var plain = Validate(xml).Violations.First(v => v.Code == "D035");
        plain.Message.Should().Contain("MeterReading/1/IntervalBlock/1");
        var redacted = Validate(xml, new GreenButtonValidationOptions { FunctionBlocks = AllBlocks, RedactValues = true }).Violations.First(v => v.Code == "D035");
        redacted.Message.Should().NotContain("https://").And.Contain("(value redacted)");
        var d042 = Validate(RuleFixtures.Bad["D042"](), new GreenButtonValidationOptions { FunctionBlocks = AllBlocks, RedactValues = true }).Violations.Single(v => v.Code == "D042");
        d042.Message.Should().NotContain("2023-").And.Contain("(time redacted)");
    }

    [Fact]
    public void An_element_out_of_order_breaks_the_schema_but_no_rule()
    {
        var xml = Replace("rt-elec-wh", "<kind>12</kind>(.*?)<uom>72</uom>", "<uom>72</uom>$1<kind>12</kind>");
        var result = Validate(xml);
        result.IsSchemaValid.Should().BeFalse();
        result.Violations.Should().OnlyContain(v => v.Source == ViolationSource.Schema);
        result.Violations.Single().Message.Should().Contain("invalid child element");
    }

    [Fact]
    public void What_the_parser_skips_is_still_validated()
    {
        // An extension element the reader does not model, with a broken ESPI value inside: skipped by the reader, not by the schema.
        var xml = Replace("up-elec", "<status>1</status>", "<status>1</status><serviceDeliveryPoint><name>x</name><tariffProfile>t</tariffProfile><customerAgreement>a</customerAgreement><tariffRiderRefs><tariffRiderRef><enrollmentStatus>bad</enrollmentStatus></tariffRiderRef></tariffRiderRefs></serviceDeliveryPoint>");
        Validate(xml, s_schemaOnly).IsSchemaValid.Should().BeFalse();
    }

    [Fact]
    public void Blanks_around_an_integer_are_valid_as_the_XSD_collapses_them_but_are_a_quirk()
    {
        var result = Validate(Replace("rt-elec-wh", "<intervalLength>900</intervalLength>", "<intervalLength> 900 </intervalLength>"));
        result.IsSchemaValid.Should().BeTrue();
        result.Violations.Should().ContainSingle(v => v.Source == ViolationSource.Quirk && v.Code == DiagnosticCodes.PaddedNumber && v.Severity == DiagnosticSeverity.Warning);
        result.IsValid.Should().BeTrue();
        result.Fails(warningsAsErrors: true).Should().BeTrue();
    }

    [Fact]
    public void An_undeclared_root_element_is_not_valid()
    {
        var result = Validate("<?xml version=\"1.0\"?><ServiceCategory xmlns=\"http://naesb.org/espi\"><kind>0</kind></ServiceCategory>", s_schemaOnly);
        result.IsSchemaValid.Should().BeFalse();
        result.Violations.Single().Message.Should().Contain("ServiceCategory").And.Contain("not declared");
    }

    [Fact]
    public void The_ESPI_3_3_set_can_be_chosen_and_no_schema_at_all()
    {
        // The 3.3 and 4.0 sets differ little in what they accept (4.0 reorganised and documented more than it changed).
        var bad = Replace("ib-elec-wh", "<value>100</value>", "<value>lots</value>");
        var v33 = Validate(Xml, new GreenButtonValidationOptions { Schema = EspiSchemaVersion.Espi33, Rules = ValidationRuleSet.None, IgnoreQuirks = true });
        v33.Schema.Should().Be(EspiSchemaVersion.Espi33);
        v33.IsSchemaValid.Should().BeTrue();
        Validate(bad, new GreenButtonValidationOptions { Schema = EspiSchemaVersion.Espi33, Rules = ValidationRuleSet.None, IgnoreQuirks = true })
            .Violations.Should().Contain(v => v.Code == ValidationCodes.Xsd && v.Message.Contains("Int48"));
        var none = Validate(bad, new GreenButtonValidationOptions { Schema = EspiSchemaVersion.None, Rules = ValidationRuleSet.None });
        none.IsSchemaValid.Should().BeNull();
        none.Violations.Should().Contain(v => (v.Code == DiagnosticCodes.SkippedEntry || v.Code == DiagnosticCodes.SkippedResource || v.Code == DiagnosticCodes.SkippedReading) && v.Severity == DiagnosticSeverity.Error);
        none.IsValid.Should().BeFalse("an entry the reader had to skip could not be checked");
    }

    [Fact]
    public void Malformed_XML_is_unreadable_and_nothing_else_is_checked()
    {
        var result = Validate("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>", new GreenButtonValidationOptions());
        result.IsReadable.Should().BeFalse();
        result.IsValid.Should().BeFalse();
        result.IsSchemaValid.Should().BeFalse();
        result.RulesChecked.Should().BeFalse();
        result.Violations.Should().Contain(v => v.Code == ValidationCodes.Xml && v.Line == 2);
    }

    [Fact]
    public void A_missing_file_is_unreadable_with_an_io_violation()
    {
        var result = GreenButtonValidator.Validate(Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.xml"));
        result.IsReadable.Should().BeFalse();
        result.Violations.Single().Code.Should().Be(ValidationCodes.Io);
    }

    [Fact]
    public void A_DTD_is_refused_as_unreadable()
    {
        var result = Validate("<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY a \"aaaa\">]><feed xmlns=\"http://www.w3.org/2005/Atom\">&a;</feed>", new GreenButtonValidationOptions());
        result.IsReadable.Should().BeFalse();
        result.Violations.Should().Contain(v => v.Code == ValidationCodes.Xml);
    }

    [Fact]
    public void MaxViolations_keeps_the_first_and_counts_the_rest()
    {
        var xml = Xml.Replace("<value>100</value>", "<value>x</value>", StringComparison.Ordinal);
        var result = Validate(xml, s_schemaOnly with { MaxViolations = 10 });
        result.Violations.Should().HaveCount(10);
        result.OmittedViolations.Should().Be((Readings * 10) - 10);
        result.ErrorCount.Should().Be(Readings * 10);
    }

    [Fact]
    public async Task The_async_form_gives_the_same_result()
    {
        var xml = RuleFixtures.Bad["D042"]();
        var sync = Validate(xml);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var async = await GreenButtonValidator.ValidateAsync(stream, new GreenButtonValidationOptions { FunctionBlocks = AllBlocks, SourceName = "feed.xml" });
        async.Violations.Should().Equal(sync.Violations);
    }

    // ---- Function blocks -------------------------------------------------------------------------------------------

    [Fact]
    public void Without_a_claim_the_default_blocks_are_checked_and_said_so()
    {
        var result = Validate(Xml, new GreenButtonValidationOptions());
        result.FunctionBlockSource.Should().Be(FunctionBlockSource.Default);
        result.FunctionBlocks.Should().Equal(1, 4, 15, 17);
    }

    [Fact]
    public void The_feeds_claim_in_an_Authorization_scope_decides_the_blocks()
    {
        var authorization = Entry("auth", Base + "/Authorization/1", Base + "/Authorization", [],
            "<Authorization xmlns=\"http://naesb.org/espi\"><scope>FB=1_3_4_12_15;IntervalDuration=900;BlockDuration=daily;HistoryLength=13</scope></Authorization>");
        var xml = Xml.Replace("</feed>", authorization + "</feed>", StringComparison.Ordinal);
        var result = Validate(Replace("ib-elec-wh", "<cost>1500</cost>", "", xml), new GreenButtonValidationOptions());
        result.FunctionBlockSource.Should().Be(FunctionBlockSource.Claimed);
        result.FunctionBlocks.Should().Equal(1, 3, 4, 12, 15);
        result.Violations.Should().Contain(v => v.Code == "D043");
    }

    [Fact]
    public void An_ApplicationInformation_scope_claims_too()
    {
        var info = Entry("app", Base + "/ApplicationInformation/1", Base + "/ApplicationInformation", [],
            "<ApplicationInformation xmlns=\"http://naesb.org/espi\"><scope>FB=4_5_17</scope><scope>FB=1_29</scope></ApplicationInformation>");
        var result = Validate(Xml.Replace("</feed>", info + "</feed>", StringComparison.Ordinal), new GreenButtonValidationOptions { Schema = EspiSchemaVersion.None });
        result.FunctionBlocks.Should().Equal(1, 4, 5, 17, 29);
        result.FunctionBlockSource.Should().Be(FunctionBlockSource.Claimed);
    }

    // ---- Quirks ----------------------------------------------------------------------------------------------------

    [Fact]
    public void The_readers_quirks_are_warnings_with_its_codes()
    {
        var xml = Replace("ib-elec-wh", $"<start>{Start + Interval}</start>", $"<start>{(Start + Interval) * 1000}</start>");
        var quirk = Validate(xml, new GreenButtonValidationOptions { Schema = EspiSchemaVersion.None, Rules = ValidationRuleSet.None })
            .Violations.Should().ContainSingle(v => v.Code == DiagnosticCodes.MillisecondEpoch).Which;
        quirk.Source.Should().Be(ViolationSource.Quirk);
        quirk.Severity.Should().Be(DiagnosticSeverity.Warning);
        quirk.EntryId.Should().Be("urn:uuid:ib-elec-wh");
        quirk.Path.Should().MatchRegex(@"^feed/entry\[\d+\]$");
        Validate(xml, new GreenButtonValidationOptions { IgnoreQuirks = true, Rules = ValidationRuleSet.None, Schema = EspiSchemaVersion.None }).Violations.Should().BeEmpty();
    }

    [Fact]
    public void A_gap_between_readings_is_a_quirk_and_contiguous_readings_are_not()
    {
        Quirks(Xml).Should().BeEmpty();
        var gap = Replace("ib-elec-wh", ConformantFeed.Reading(Start + (2 * Interval), ReadingValue).Replace("$", "$$", StringComparison.Ordinal), "");
        var found = Validate(gap).Violations.Single(v => v.Code == ValidationCodes.ReadingGap);
        found.Severity.Should().Be(DiagnosticSeverity.Warning);
        found.EntryId.Should().Be("urn:uuid:mr-elec-wh");
        found.Message.Should().Contain("1 gap").And.Contain("2023-06-01T07:30:00Z").And.Contain("900 s");
    }

    [Fact]
    public void A_gap_between_blocks_counts_too()
        => Validate(RuleFixtures.SecondBlock(Start + 86400 + Interval)).Violations.Should().Contain(v => v.Code == ValidationCodes.ReadingGap && v.EntryId == "urn:uuid:mr-elec-wh");

    [Fact]
    public void Overlapping_blocks_are_reported_as_overlapping_readings()
        => Validate(RuleFixtures.SecondBlock(Start + 3600)).Violations.Should().Contain(v => v.Code == DiagnosticCodes.OverlappingReading && v.EntryId == "urn:uuid:mr-elec-wh");

    [Fact]
    public void A_summary_that_disagrees_with_its_readings_is_a_quirk()
    {
        Quirks(Xml).Should().BeEmpty();
        var xml = Replace("us-elec", "<value>9600</value>", "<value>12000</value>");
        xml = Replace("us-elec", "<value>9600</value>", "<value>12000</value>", xml);
        var found = Validate(xml).Violations.Single(v => v.Code == ValidationCodes.SummaryMismatch);
        found.EntryId.Should().Be("urn:uuid:us-elec");
        found.Message.Should().Contain("12000 Wh stated").And.Contain("9600 Wh in the readings");
    }

    [Theory]
    [InlineData(9795, false)]
    [InlineData(9797, true)]
    [InlineData(9600, false)]
    [InlineData(9412, false)]
    [InlineData(9411, true)]
    public void The_summary_check_tolerates_two_percent(long stated, bool reported)
    {
        if (stated == 9600)
        {
            Quirks(Xml).Should().NotContain(ValidationCodes.SummaryMismatch);
            return;
        }
        var xml = Replace("us-elec", "<value>9600</value>", $"<value>{stated}</value>");
        xml = Replace("us-elec", "<value>9600</value>", $"<value>{stated}</value>", xml);
        Quirks(xml).Contains(ValidationCodes.SummaryMismatch).Should().Be(reported);
    }

    [Fact]
    public void A_summary_whose_period_the_readings_do_not_cover_is_not_compared()
    {
        var xml = Replace("us-elec", "<billingPeriod><duration>86400</duration>", "<billingPeriod><duration>172800</duration>");
        Quirks(xml).Should().NotContain(ValidationCodes.SummaryMismatch);
    }

    [Fact]
    public void Local_wall_clock_time_written_as_UTC_shows_as_dst_shifted()
    {
        // Pacific time, spring 2023: 02:00 standard time on March 12 jumps to 03:00. Wall-clock data has no readings
        // from 02:00 to 03:00 "UTC": a one-hour gap at 2023-03-12T02:00:00Z exactly.
        var wallStart = 1678579200L; // 2023-03-12T00:00:00Z
        var readings = new StringBuilder($"<IntervalBlock xmlns=\"http://naesb.org/espi\"><interval><duration>82800</duration><start>{wallStart}</start></interval>");
        for (var t = wallStart; t < wallStart + 86400; t += 3600)
        {
            if (t != wallStart + 7200)
            {
                readings.Append(ConformantFeed.Reading(t, 100, 3600));
            }
        }
        readings.Append("</IntervalBlock>");
        var xml = Replace("ib-elec-wh", "<IntervalBlock .*</IntervalBlock>", readings.ToString().Replace("$", "$$", StringComparison.Ordinal));
        var found = Validate(xml).Violations.Single(v => v.Code == ValidationCodes.DstShifted);
        found.EntryId.Should().Be("urn:uuid:mr-elec-wh");
        found.Severity.Should().Be(DiagnosticSeverity.Warning);

        // The same gap an hour later (true UTC data missing an hour) is a gap, not a DST shift.
        var later = xml.Replace(ConformantFeed.Reading(wallStart + 10800, 100, 3600), "", StringComparison.Ordinal).Replace("</IntervalBlock>", ConformantFeed.Reading(wallStart + 7200, 100, 3600) + "</IntervalBlock>", StringComparison.Ordinal);
        Quirks(later).Should().Contain(ValidationCodes.ReadingGap).And.NotContain(ValidationCodes.DstShifted);
    }

    private static HashSet<string> Quirks(string xml) => [.. Validate(xml).Violations.Where(v => v.Source == ViolationSource.Quirk).Select(v => v.Code)];
}
