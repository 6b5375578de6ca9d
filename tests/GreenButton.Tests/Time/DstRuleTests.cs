namespace GreenButton.Tests.Time;

/// <summary>ESPI's 32-bit DST rules: bit fields, the eight operators, and the date each names in a given year.</summary>
public sealed class DstRuleTests
{
    /// <summary>Builds a rule from its fields: month, operator, day of month, day of week (1 Monday..7 Sunday), hour, seconds.</summary>
    internal static DstRule Rule(int month, int op, int dayOfMonth, int dayOfWeek, int hour, int seconds = 0)
        => new((uint)((month << 28) | (op << 25) | (dayOfMonth << 20) | (dayOfWeek << 17) | (hour << 12) | seconds));

    [Fact]
    public void Second_sunday_of_march_rule_decodes_its_bit_fields()
    {
        DstRule.TryParse("360E2000", out var rule).Should().BeTrue();
        rule.Raw.Should().Be(0x360E2000);
        rule.Month.Should().Be(3);
        rule.Operator.Should().Be(3);
        rule.DayOfMonth.Should().Be(0);
        rule.DayOfWeek.Should().Be(7);
        rule.Hour.Should().Be(2);
        rule.Seconds.Should().Be(0);
        rule.IsDisabled.Should().BeFalse();
        rule.ToString().Should().Be("360E2000");
    }

    [Fact]
    public void First_sunday_of_november_rule_decodes_its_bit_fields()
    {
        var rule = new DstRule(0xB40E2000);
        (rule.Month, rule.Operator, rule.DayOfMonth, rule.DayOfWeek, rule.Hour, rule.Seconds).Should().Be((11, 2, 0, 7, 2, 0));
    }

    [Theory]
    [InlineData(2023, 3, 12)]
    [InlineData(2024, 3, 10)]
    [InlineData(2025, 3, 9)]
    [InlineData(2027, 3, 14)]
    public void Second_sunday_of_march_at_2am(int year, int month, int day)
        => new DstRule(0x360E2000).LocalTransition(year).Should().Be(new DateTime(year, month, day, 2, 0, 0));

    [Theory]
    [InlineData(2023, 11, 5)]
    [InlineData(2024, 11, 3)]
    [InlineData(2025, 11, 2)]
    [InlineData(2027, 11, 7)]
    public void First_sunday_of_november_at_2am(int year, int month, int day)
        => new DstRule(0xB40E2000).LocalTransition(year).Should().Be(new DateTime(year, month, day, 2, 0, 0));

    public static TheoryData<string, DstRule, DateTime?> Operators() => new()
    {
        { "0: the day of month itself", Rule(3, 0, 15, 0, 2), new DateTime(2023, 3, 15, 2, 0, 0) },
        { "1: the weekday on or after the day of month", Rule(3, 1, 8, 7, 2), new DateTime(2023, 3, 12, 2, 0, 0) },
        { "1: the day of month itself when it is that weekday", Rule(3, 1, 12, 7, 2), new DateTime(2023, 3, 12, 2, 0, 0) },
        { "2: first occurrence", Rule(11, 2, 0, 7, 2), new DateTime(2023, 11, 5, 2, 0, 0) },
        { "3: second occurrence", Rule(3, 3, 0, 7, 2), new DateTime(2023, 3, 12, 2, 0, 0) },
        { "4: third occurrence (third Monday of January)", Rule(1, 4, 0, 1, 0), new DateTime(2023, 1, 16, 0, 0, 0) },
        { "5: fourth occurrence (fourth Thursday of November)", Rule(11, 5, 0, 4, 12), new DateTime(2023, 11, 23, 12, 0, 0) },
        { "6: fifth occurrence that does not exist in March 2023", Rule(3, 6, 0, 7, 2), null },
        { "7: last occurrence (last Sunday of October)", Rule(10, 7, 0, 7, 1), new DateTime(2023, 10, 29, 1, 0, 0) },
        { "7: last occurrence when it is the last day (last Friday of March)", Rule(3, 7, 0, 5, 1), new DateTime(2023, 3, 31, 1, 0, 0) },
        { "seconds add to the hour", Rule(3, 3, 0, 7, 2, 1800), new DateTime(2023, 3, 12, 2, 30, 0) },
        { "0: a day the month does not have", Rule(2, 0, 30, 0, 2), null },
        { "1: no weekday given", Rule(3, 1, 8, 0, 2), null },
        { "1: on or after a day that leaves the month", Rule(2, 1, 27, 3, 2), null },
        { "2-6: no weekday given", Rule(3, 3, 0, 0, 2), null },
    };

    [Theory]
    [MemberData(nameof(Operators))]
    public void Each_operator_names_the_expected_day_in_2023(string what, DstRule rule, DateTime? expected)
        => rule.LocalTransition(2023).Should().Be(expected, what);

    [Fact]
    public void Fifth_sunday_exists_in_some_years()
        => Rule(3, 6, 0, 7, 2).LocalTransition(2024).Should().Be(new DateTime(2024, 3, 31, 2, 0, 0));

    [Theory]
    [InlineData(0xFFFFFFFFu)]
    [InlineData(0x060E2000u)] // month 0
    [InlineData(0xD60E2000u)] // month 13
    public void Disabled_rules_name_no_day(uint raw)
    {
        var rule = new DstRule(raw);
        rule.IsDisabled.Should().BeTrue();
        rule.LocalTransition(2023).Should().BeNull();
    }

    [Theory]
    [InlineData("360E2000", 0x360E2000u)]
    [InlineData("0x360E2000", 0x360E2000u)]
    [InlineData(" b40e2000 ", 0xB40E2000u)]
    [InlineData("FFFFFFFF", 0xFFFFFFFFu)]
    public void TryParse_reads_the_hex_forms_of_real_files(string text, uint raw)
    {
        DstRule.TryParse(text, out var rule).Should().BeTrue();
        rule.Raw.Should().Be(raw);
    }

    [Theory]
    [InlineData("")]
    [InlineData("xyz")]
    [InlineData("1FFFFFFFF")]
    [InlineData("-1")]
    public void TryParse_refuses_what_is_not_a_32_bit_hex_number(string text)
        => DstRule.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void Rules_are_read_from_a_file_for_each_year_not_once()
    {
        var time = GreenButtonDocument.Load(Fixture.PathOf("usage.xml")).LocalTimeParameters.Single();
        Enumerable.Range(2020, 10).Select(y => time.DstStartRule.LocalTransition(y)!.Value.DayOfWeek).Should().OnlyContain(d => d == DayOfWeek.Sunday);
        Enumerable.Range(2020, 10).Select(y => time.DstStartRule.LocalTransition(y)!.Value.Day).Should().OnlyContain(d => d >= 8 && d <= 14);
        Enumerable.Range(2020, 10).Select(y => time.DstEndRule.LocalTransition(y)!.Value.Day).Should().OnlyContain(d => d >= 1 && d <= 7);
    }
}
