namespace GreenButton.Tests.Time;

/// <summary>ToLocal gives the offset in force at each instant, with the rules of that instant's own year.</summary>
public sealed class LocalTimeParametersTests
{
    internal static readonly LocalTimeParameters s_pacific = new()
    {
        TzOffsetSeconds = -28800,
        DstOffsetSeconds = 3600,
        DstStartRule = new DstRule(0x360E2000),
        DstEndRule = new DstRule(0xB40E2000),
    };

    /// <summary>Sydney: UTC+10, DST from the first Sunday of October 02:00 to the first Sunday of April 03:00.</summary>
    internal static readonly LocalTimeParameters s_sydney = new()
    {
        TzOffsetSeconds = 36000,
        DstOffsetSeconds = 3600,
        DstStartRule = DstRuleTests.Rule(10, 2, 0, 7, 2),
        DstEndRule = DstRuleTests.Rule(4, 2, 0, 7, 3),
    };

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);

    [Theory]
    // 2023: 12 March 02:00 PST = 10:00Z; 5 November 02:00 PDT = 09:00Z.
    [InlineData("2023-03-12T09:59:59Z", -8, "2023-03-12T01:59:59")]
    [InlineData("2023-03-12T10:00:00Z", -7, "2023-03-12T03:00:00")]
    [InlineData("2023-11-05T08:59:59Z", -7, "2023-11-05T01:59:59")]
    [InlineData("2023-11-05T09:00:00Z", -8, "2023-11-05T01:00:00")]
    // 2024: 10 March, 3 November.
    [InlineData("2024-03-10T09:59:59Z", -8, "2024-03-10T01:59:59")]
    [InlineData("2024-03-10T10:00:00Z", -7, "2024-03-10T03:00:00")]
    [InlineData("2024-11-03T08:59:59Z", -7, "2024-11-03T01:59:59")]
    [InlineData("2024-11-03T09:00:00Z", -8, "2024-11-03T01:00:00")]
    // 2027: 14 March, 7 November.
    [InlineData("2027-03-14T09:59:59Z", -8, "2027-03-14T01:59:59")]
    [InlineData("2027-03-14T10:00:00Z", -7, "2027-03-14T03:00:00")]
    [InlineData("2027-11-07T08:59:59Z", -7, "2027-11-07T01:59:59")]
    [InlineData("2027-11-07T09:00:00Z", -8, "2027-11-07T01:00:00")]
    // Mid-season and the new year in local time.
    [InlineData("2023-07-01T07:00:00Z", -7, "2023-07-01T00:00:00")]
    [InlineData("2024-01-01T07:59:59Z", -8, "2023-12-31T23:59:59")]
    public void Pacific_time_around_both_transitions(string utc, int hours, string local)
    {
        var result = s_pacific.ToLocal(Utc(utc));
        result.Offset.Should().Be(TimeSpan.FromHours(hours));
        result.DateTime.Should().Be(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture));
        result.UtcDateTime.Should().Be(Utc(utc).UtcDateTime, "ToLocal changes the offset, never the instant");
        s_pacific.IsDaylightSavingTime(Utc(utc)).Should().Be(hours == -7);
        s_pacific.GetUtcOffset(Utc(utc)).Should().Be(TimeSpan.FromHours(hours));
    }

    [Theory]
    // 2 April 2023 03:00 AEDT = 1 April 16:00Z (DST ends); 1 October 2023 02:00 AEST = 30 September 16:00Z (DST starts).
    [InlineData("2023-01-15T00:00:00Z", 11)]
    [InlineData("2023-04-01T15:59:59Z", 11)]
    [InlineData("2023-04-01T16:00:00Z", 10)]
    [InlineData("2023-07-01T00:00:00Z", 10)]
    [InlineData("2023-09-30T15:59:59Z", 10)]
    [InlineData("2023-09-30T16:00:00Z", 11)]
    [InlineData("2023-12-31T13:30:00Z", 11)]
    [InlineData("2024-04-06T15:59:59Z", 11)]
    [InlineData("2024-04-06T16:00:00Z", 10)]
    public void Southern_hemisphere_rules_span_the_new_year(string utc, int hours)
        => s_sydney.ToLocal(Utc(utc)).Offset.Should().Be(TimeSpan.FromHours(hours));

    [Theory]
    [InlineData("America/Los_Angeles", -28800, 0x360E2000u, 0xB40E2000u)]
    [InlineData("America/New_York", -18000, 0x360E2000u, 0xB40E2000u)]
    [InlineData("Australia/Sydney", 36000, 0xA40E2000u, 0x440E3000u)]
    public void Agrees_with_the_system_time_zone_hour_by_hour_from_2010_to_2030(string zone, long tzOffset, uint start, uint end)
    {
        var system = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var time = new LocalTimeParameters { TzOffsetSeconds = tzOffset, DstOffsetSeconds = 3600, DstStartRule = new DstRule(start), DstEndRule = new DstRule(end) };
        var mismatches = new List<DateTimeOffset>();
        for (var t = new DateTimeOffset(2010, 1, 1, 0, 30, 0, TimeSpan.Zero); t.Year < 2031; t = t.AddHours(1))
        {
            if (time.GetUtcOffset(t) != system.GetUtcOffset(t))
            {
                mismatches.Add(t);
            }
        }
        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void ToTimeZoneInfo_agrees_with_ToLocal_hour_by_hour()
    {
        var zone = s_pacific.ToTimeZoneInfo(2020, 2030);
        for (var t = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero); t.Year < 2028; t = t.AddHours(1))
        {
            zone.GetUtcOffset(t).Should().Be(s_pacific.GetUtcOffset(t), t.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
        zone.BaseUtcOffset.Should().Be(TimeSpan.FromHours(-8));
        zone.SupportsDaylightSavingTime.Should().BeTrue();
    }

    [Fact]
    public void Disabled_rules_mean_standard_time_all_year()
    {
        var arizona = new LocalTimeParameters { TzOffsetSeconds = -25200, DstOffsetSeconds = 3600, DstStartRule = new DstRule(uint.MaxValue), DstEndRule = new DstRule(uint.MaxValue) };
        arizona.HasDaylightSavingTime.Should().BeFalse();
        arizona.ToLocal(Utc("2023-07-01T12:00:00Z")).Offset.Should().Be(TimeSpan.FromHours(-7));
        arizona.ToTimeZoneInfo().SupportsDaylightSavingTime.Should().BeFalse();
    }

    [Fact]
    public void Zero_dst_offset_means_no_daylight_time()
    {
        var time = new LocalTimeParameters { TzOffsetSeconds = -18000, DstOffsetSeconds = 0, DstStartRule = new DstRule(0x360E2000), DstEndRule = new DstRule(0xB40E2000) };
        time.HasDaylightSavingTime.Should().BeFalse();
        time.ToLocal(Utc("2023-07-01T12:00:00Z")).Offset.Should().Be(TimeSpan.FromHours(-5));
    }

    [Fact]
    public void Parsed_LocalTimeParameters_convert_reading_starts_to_local_midnight()
    {
        var doc = GreenButtonDocument.Load(Fixture.PathOf("usage.xml"));
        var up = doc.UsagePoints.Single();
        var first = up.MeterReadings.Single().Readings.First();
        up.LocalTimeParameters!.ToLocal(first.Start).Should().Be(new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.FromHours(-7)));
    }

    [Fact]
    public void Rules_from_the_generator_match_its_pacific_parameters()
    {
        var generated = GreenButton.Synthetic.SyntheticFeed.Pacific;
        var t = Utc("2023-03-12T10:00:00Z");
        generated.ToLocal(t).Should().Be(s_pacific.ToLocal(t));
    }
}
