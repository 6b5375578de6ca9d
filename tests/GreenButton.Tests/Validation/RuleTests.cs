using static GreenButton.Tests.Validation.ConformantFeed;

namespace GreenButton.Tests.Validation;

public sealed class RuleTests
{
    public static TheoryData<string> BadCodes() => [.. RuleFixtures.Bad.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void The_catalogue_holds_the_alliances_143_rules_once_each()
    {
        GreenButtonValidator.Rules.Should().HaveCount(143);
        GreenButtonValidator.Rules.Select(r => r.Code).Should().OnlyHaveUniqueItems();
        GreenButtonValidator.Rules.Single(r => r.Code == "D042").Should().Be(new ValidationRule("D042", 4, "feed/entry[IntervalBlock]",
            "first interval in block", "verify that first interval in block start time matches the start time of the block"));
    }

    [Fact]
    public void Every_rule_but_D028_has_a_bad_fixture()
        => RuleFixtures.Bad.Keys.Should().BeEquivalentTo(GreenButtonValidator.Rules.Select(r => r.Code).Where(c => c != "D028"));

    [Fact]
    public void The_conformant_feed_breaks_no_rule_of_any_block_and_is_schema_valid()
    {
        var result = Validate(Xml);
        result.Violations.Should().BeEmpty();
        result.IsValid.Should().BeTrue();
        result.IsSchemaValid.Should().BeTrue();
        result.RulesChecked.Should().BeTrue();
        result.FunctionBlocks.Should().Equal(AllBlocks);
        result.FunctionBlockSource.Should().Be(FunctionBlockSource.Option);
    }

    [Theory]
    [MemberData(nameof(BadCodes))]
    public void Each_rule_is_reported_on_its_bad_fixture(string code)
    {
        var result = Validate(RuleFixtures.Bad[code]());
        var found = result.Violations.Where(v => v.Source == ViolationSource.Rule && v.Code == code).ToList();
        found.Should().NotBeEmpty($"the fixture breaks {code}; found {string.Join(", ", result.Violations.Select(v => v.Code).Distinct())}");
        found.Should().OnlyContain(v => v.Severity == DiagnosticSeverity.Error && v.Message.Length > 0 && v.Path != null);
        result.IsValid.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(BadCodes))]
    public void A_rule_of_a_block_not_checked_is_not_reported(string code)
    {
        var block = GreenButtonValidator.Rules.Single(r => r.Code == code).FunctionBlock;
        var others = AllBlocks.Where(b => b != block && b != 1).ToArray();
        var result = Validate(RuleFixtures.Bad[code](), new GreenButtonValidationOptions { FunctionBlocks = others });
        result.Violations.Should().NotContain(v => v.Source == ViolationSource.Rule && v.Code == code);
    }

    [Fact]
    public void Rules_none_checks_no_rule()
    {
        var result = Validate(RuleFixtures.Bad["D042"](), new GreenButtonValidationOptions { Rules = ValidationRuleSet.None, FunctionBlocks = AllBlocks });
        result.RulesChecked.Should().BeFalse();
        result.Violations.Should().NotContain(v => v.Source == ViolationSource.Rule);
    }

    [Fact]
    public void An_entry_rule_points_at_the_entry_and_a_content_rule_at_the_resource()
    {
        var title = Validate(Without("ib-elec-wh", "title")).Violations.Single(v => v.Code == "D033");
        title.Path.Should().MatchRegex(@"^feed/entry\[\d+\]$");
        title.EntryId.Should().Be("urn:uuid:ib-elec-wh");
        title.Line.Should().BeGreaterThan(0);
        var start = Validate(RuleFixtures.Bad["D042"]()).Violations.Single(v => v.Code == "D042");
        start.Path.Should().MatchRegex(@"^feed/entry\[\d+\]/content/IntervalBlock$");
        start.EntryId.Should().Be("urn:uuid:ib-elec-wh");
        start.Message.Should().Contain("2023-06-01T06:59:59Z").And.Contain("2023-06-01T07:00:00Z");
    }

    // ---- Boundaries ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void D042_holds_only_when_the_first_reading_starts_exactly_at_the_block_start(long shift, bool broken)
    {
        var xml = shift == 0 ? Xml : Replace("ib-elec-wh", $"<start>{Start}</start></interval>", $"<start>{Start + shift}</start></interval>");
        Codes(xml).Contains("D042").Should().Be(broken);
    }

    [Fact]
    public void D042_takes_the_earliest_reading_when_a_block_lists_them_out_of_order()
    {
        // The first reading in document order is the block's second quarter hour; the earliest still starts at the block start.
        var block = ConformantFeed.Block(Start, 2);
        var swapped = block.Replace(ConformantFeed.Reading(Start, ReadingValue), "#", StringComparison.Ordinal).Replace(ConformantFeed.Reading(Start + Interval, ReadingValue), ConformantFeed.Reading(Start, ReadingValue), StringComparison.Ordinal)
            .Replace("#", ConformantFeed.Reading(Start + Interval, ReadingValue), StringComparison.Ordinal);
        var xml = Replace("ib-elec-wh", "<IntervalBlock .*</IntervalBlock>", swapped.Replace("$", "$$", StringComparison.Ordinal));
        Codes(xml).Should().NotContain("D042");
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(0, true)]
    public void D044_wants_a_duration_of_at_least_one_second(int duration, bool broken)
        => Codes(Replace("ib-elec-wh", "<duration>900</duration>", $"<duration>{duration}</duration>")).Contains("D044").Should().Be(broken);

    [Theory]
    [InlineData(1, false)]
    [InlineData(0, true)]
    public void D145_readings_one_second_apart_are_distinct(int offset, bool broken)
        => Codes(Replace("ib-elec-wh", $"<start>{Start + Interval}</start>", $"<start>{Start + offset}</start>")).Contains("D145").Should().Be(broken);

    [Theory]
    [InlineData(0, true)]
    [InlineData(86400, false)]
    public void D146_a_second_block_must_start_elsewhere(long offset, bool broken)
        => Codes(RuleFixtures.SecondBlock(Start + offset)).Contains("D146").Should().Be(broken);

    [Fact]
    public void D007_one_LocalTimeParameters_is_allowed_two_are_not()
    {
        Codes(Xml).Should().NotContain("D007");
        Validate(RuleFixtures.SecondLocalTime()).Violations.Where(v => v.Code == "D007").Should().ContainSingle()
            .Which.EntryId.Should().Be("urn:uuid:up-elec");
    }

    [Fact]
    public void D037_an_up_link_named_by_two_MeterReadings_is_broken()
    {
        var xml = Replace("mr-elec-va", "<link rel=\"related\"", $"<link rel=\"related\" href=\"{Electric}/MeterReading/1/IntervalBlock\"/><link rel=\"related\"");
        Validate(xml).Violations.Should().Contain(v => v.Code == "D037" && v.EntryId == "urn:uuid:ib-elec-wh" && v.Message.Contains("2 MeterReadings"));
    }

    [Fact]
    public void D024_a_MeterReading_naming_two_ReadingTypes_is_broken()
    {
        var xml = Replace("mr-elec-wh", "<link rel=\"related\"", $"<link rel=\"related\" href=\"{Base}/ReadingType/elec-va\"/><link rel=\"related\"");
        Validate(xml).Violations.Should().Contain(v => v.Code == "D024" && v.EntryId == "urn:uuid:mr-elec-wh" && v.Message.Contains("2 ReadingType"));
    }

    [Theory]
    [InlineData(31, false)]
    [InlineData(132, false)]
    [InlineData(169, false)]
    [InlineData(72, true)]
    public void D079_takes_gas_in_joules_btu_or_therms(int uom, bool broken)
        => Codes(uom == 169 ? Xml : Replace("rt-gas-therm", "<uom>169<", $"<uom>{uom}<")).Contains("D079").Should().Be(broken);

    [Fact]
    public void D078_wants_the_energy_readings_under_an_electricity_UsagePoint()
        => Codes(Replace("up-elec", "<kind>0</kind>", "<kind>3</kind>")).Should().Contain("D078");

    [Fact]
    public void D004_is_reported_on_every_entry_sharing_the_id()
        => Validate(RuleFixtures.Bad["D004"]()).Violations.Count(v => v.Code == "D004").Should().Be(2);

    [Fact]
    public void D000_feed_rules_are_not_checked_on_a_single_entry_document()
    {
        var entry = ConformantFeed.Entry("ib-alone", Electric + "/MeterReading/1/IntervalBlock/1", Electric + "/MeterReading/1/IntervalBlock", [], ConformantFeed.Block(Start, 4))
            .Replace("<entry>", "<entry xmlns=\"http://www.w3.org/2005/Atom\">", StringComparison.Ordinal);
        var codes = Codes(entry);
        codes.Should().Contain("D000").And.NotContain("D006").And.NotContain("D032");
    }

    private static HashSet<string> Codes(string xml) => [.. Validate(xml).Violations.Where(v => v.Source == ViolationSource.Rule).Select(v => v.Code)];
}
