namespace GreenButton.Tests.Reading;

/// <summary>Zone-less Atom dates are UTC whatever the machine's time zone (run alone: it changes the process's local zone).</summary>
[Collection(SerialCollection.Name)]
public sealed class MachineTimeZoneTests
{
    [Fact]
    public void Zone_less_atom_date_is_read_as_utc_on_a_machine_in_pacific_time()
    {
        var previous = Environment.GetEnvironmentVariable("TZ");
        try
        {
            Environment.SetEnvironmentVariable("TZ", "America/Los_Angeles");
            TimeZoneInfo.ClearCachedData();
            TimeZoneInfo.Local.BaseUtcOffset.Should().Be(TimeSpan.FromHours(-8), "the test runs in Pacific time");
            var doc = Fixture.Parse(Fixture.Feed($"<entry><id>e</id><updated>2013-06-24T10:11:12</updated><content>{Fixture.UsagePoint()}</content></entry>"));
            doc.Entries.Single().Updated.Should().Be(new DateTimeOffset(2013, 6, 24, 10, 11, 12, TimeSpan.Zero));
            doc.Entries.Single().Updated!.Value.Offset.Should().Be(TimeSpan.Zero);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", previous);
            TimeZoneInfo.ClearCachedData();
        }
    }
}
