using CsCheck;

namespace GreenButton.Tests.Time;

/// <summary>Local wall-clock time to UTC: unique, repeated and skipped times, each resolver, ESPI rules and named zones.</summary>
public sealed class LocalToUtcTests
{
    // Pacific time and Sydney, as LocalTimeParametersTests defines them.
    private static readonly LocalTimeParameters s_pacific = LocalTimeParametersTests.s_pacific;
    private static readonly LocalTimeParameters s_sydney = LocalTimeParametersTests.s_sydney;

    private static DateTime Local(string iso) => DateTime.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);

    [Theory]
    [InlineData("2024-07-01T12:00:00", "2024-07-01T19:00:00Z")]
    [InlineData("2024-01-15T00:00:00", "2024-01-15T08:00:00Z")]
    [InlineData("2024-03-10T01:59:59", "2024-03-10T09:59:59Z")]
    [InlineData("2024-03-10T03:00:00", "2024-03-10T10:00:00Z")]
    [InlineData("2024-11-03T00:59:59", "2024-11-03T07:59:59Z")]
    [InlineData("2024-11-03T02:00:00", "2024-11-03T10:00:00Z")]
    public void Unique_times_have_one_instant(string local, string utc)
    {
        var mapping = s_pacific.MapLocal(Local(local));
        mapping.Kind.Should().Be(LocalTimeMappingKind.Unique);
        mapping.Transition.Should().BeNull();
        s_pacific.ToUtc(Local(local), LocalTimeResolver.Strict).Should().Be(Utc(utc));
    }

    [Fact]
    public void The_repeated_hour_in_November_has_two_instants()
    {
        var mapping = s_pacific.MapLocal(Local("2024-11-03T01:30:00"));
        mapping.Kind.Should().Be(LocalTimeMappingKind.Ambiguous);
        mapping.EarlierOffset.Should().Be(TimeSpan.FromHours(-7));
        mapping.LaterOffset.Should().Be(TimeSpan.FromHours(-8));
        mapping.Earlier.Should().Be(Utc("2024-11-03T08:30:00Z"));
        mapping.Later.Should().Be(Utc("2024-11-03T09:30:00Z"));
        mapping.Transition.Should().Be(Utc("2024-11-03T09:00:00Z"));
        s_pacific.ToUtc(Local("2024-11-03T01:30:00")).Should().Be(Utc("2024-11-03T08:30:00Z"), "the default takes the earlier");
        s_pacific.ToUtc(Local("2024-11-03T01:30:00"), new(AmbiguousLocalTime.Later, SkippedLocalTime.Reject)).Should().Be(Utc("2024-11-03T09:30:00Z"));
        mapping.TryResolve(LocalTimeResolver.Strict, out _).Should().BeFalse();
        var act = () => s_pacific.ToUtc(Local("2024-11-03T01:30:00"), LocalTimeResolver.Strict);
        act.Should().Throw<GreenButtonException>().WithMessage("*01:30:00 occurs twice*repeated*");
    }

    [Theory]
    [InlineData("2024-11-03T01:00:00", "2024-11-03T08:00:00Z", "2024-11-03T09:00:00Z")]
    [InlineData("2024-11-03T01:59:59", "2024-11-03T08:59:59Z", "2024-11-03T09:59:59Z")]
    public void The_edges_of_the_repeated_hour_are_ambiguous(string local, string earlier, string later)
    {
        var mapping = s_pacific.MapLocal(Local(local));
        mapping.Kind.Should().Be(LocalTimeMappingKind.Ambiguous);
        mapping.Earlier.Should().Be(Utc(earlier));
        mapping.Later.Should().Be(Utc(later));
    }

    [Fact]
    public void The_skipped_hour_in_March_has_no_instant()
    {
        var mapping = s_pacific.MapLocal(Local("2024-03-10T02:30:00"));
        mapping.Kind.Should().Be(LocalTimeMappingKind.Skipped);
        mapping.Transition.Should().Be(Utc("2024-03-10T10:00:00Z"));
        s_pacific.ToUtc(Local("2024-03-10T02:30:00")).Should().Be(Utc("2024-03-10T10:30:00Z"), "shifted forward: 03:30 PDT");
        s_pacific.ToUtc(Local("2024-03-10T02:30:00"), new(AmbiguousLocalTime.Reject, SkippedLocalTime.StartOfIntervalAfter))
            .Should().Be(Utc("2024-03-10T10:00:00Z"), "the start of the interval after: 03:00 PDT");
        s_pacific.MapLocal(Local("2024-03-10T02:00:00")).Kind.Should().Be(LocalTimeMappingKind.Skipped);
        s_pacific.MapLocal(Local("2024-03-10T02:59:59")).Kind.Should().Be(LocalTimeMappingKind.Skipped);
        var act = () => s_pacific.ToUtc(Local("2024-03-10T02:30:00"), LocalTimeResolver.Strict);
        act.Should().Throw<GreenButtonException>().WithMessage("*02:30:00 does not occur*UTC-08:00 to UTC-07:00*skipped*");
    }

    [Fact]
    public void Southern_hemisphere_rules_map_both_ways()
    {
        // Sydney 2023: DST ends 2 April 03:00 AEDT (02:30 occurs twice), starts 1 October 02:00 (02:30 is skipped).
        s_sydney.MapLocal(Local("2023-04-02T02:30:00")).Kind.Should().Be(LocalTimeMappingKind.Ambiguous);
        s_sydney.MapLocal(Local("2023-10-01T02:30:00")).Kind.Should().Be(LocalTimeMappingKind.Skipped);
        s_sydney.ToUtc(Local("2023-07-01T10:00:00")).Should().Be(Utc("2023-07-01T00:00:00Z"));
        s_sydney.ToUtc(Local("2023-01-01T11:00:00")).Should().Be(Utc("2023-01-01T00:00:00Z"));
    }

    [Fact]
    public void Parameters_without_daylight_time_are_a_fixed_offset()
    {
        var fixedOffset = new LocalTimeParameters { TzOffsetSeconds = -18000 };
        fixedOffset.MapLocal(Local("2024-03-10T02:30:00")).Kind.Should().Be(LocalTimeMappingKind.Unique);
        fixedOffset.ToUtc(Local("2024-03-10T02:30:00"), LocalTimeResolver.Strict).Should().Be(Utc("2024-03-10T07:30:00Z"));
    }

    [Fact]
    public void A_named_zone_maps_like_the_equivalent_rules()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        LocalTimeConversion.Map(Local("2024-11-03T01:30:00"), zone).Kind.Should().Be(LocalTimeMappingKind.Ambiguous);
        LocalTimeConversion.Map(Local("2024-03-10T02:30:00"), zone).Kind.Should().Be(LocalTimeMappingKind.Skipped);
        LocalTimeConversion.ToUtc(Local("2024-03-10T02:30:00"), zone).Should().Be(Utc("2024-03-10T10:30:00Z"));
        LocalTimeConversion.ToUtc(Local("2024-11-03T01:30:00"), zone, new(AmbiguousLocalTime.Later, SkippedLocalTime.Reject)).Should().Be(Utc("2024-11-03T09:30:00Z"));
    }

    [Fact]
    public void The_ends_of_the_calendar_do_not_throw()
    {
        s_pacific.MapLocal(DateTime.MinValue).Kind.Should().Be(LocalTimeMappingKind.Unique);
        s_pacific.MapLocal(DateTime.MaxValue).Kind.Should().Be(LocalTimeMappingKind.Unique);
        s_pacific.ToUtc(DateTime.MaxValue).Should().Be(new DateTimeOffset(DateTime.MaxValue.Ticks, TimeSpan.Zero));
        s_pacific.ToUtc(DateTime.MinValue).Should().BeCloseTo(new DateTimeOffset(DateTime.MinValue.Ticks, TimeSpan.Zero), TimeSpan.FromHours(14));
    }

    [Fact]
    public void ToUtc_inverts_ToLocal_for_every_instant()
    {
        // Every instant's local time maps back to it: uniquely, or as one of the two occurrences of a repeated time.
        Gen.Long[1_600_000_000, 1_900_000_000].Sample(seconds =>
        {
            foreach (var rules in new[] { s_pacific, s_sydney })
            {
                var instant = DateTimeOffset.FromUnixTimeSeconds(seconds);
                var local = rules.ToLocal(instant).DateTime;
                var mapping = rules.MapLocal(local);
                mapping.Kind.Should().NotBe(LocalTimeMappingKind.Skipped);
                (mapping.Earlier == instant || mapping.Later == instant).Should().BeTrue($"{local} maps back to {instant}");
                if (mapping.Kind == LocalTimeMappingKind.Ambiguous)
                {
                    rules.ToLocal(mapping.Earlier).DateTime.Should().Be(local);
                    rules.ToLocal(mapping.Later).DateTime.Should().Be(local);
                }
            }
        }, iter: 20_000);
    }
}
