namespace GreenButton.Tests.Document;

/// <summary><see cref="GreenButtonDocument.HasGreenButtonData"/>: the one rule for "this file holds no Green Button data".</summary>
public sealed class GreenButtonDataTests
{
    [Fact]
    public void A_feed_with_resources_holds_Green_Button_data()
    {
        var doc = Fixture.Parse(Fixture.StandardFeed());
        doc.HasGreenButtonData.Should().BeTrue();
        doc.NoGreenButtonDataReason.Should().BeNull();
    }

    [Fact]
    public void Xml_of_another_kind_holds_none_and_says_so()
    {
        var doc = Fixture.Parse("<?xml version=\"1.0\"?><catalog><book id=\"1\"/></catalog>", new GreenButtonReaderOptions { Lenient = true });
        doc.HasGreenButtonData.Should().BeFalse();
        doc.NoGreenButtonDataReason.Should().Be("no Atom entry and no ESPI resource (UsagePoint, MeterReading, IntervalBlock, ...)");
    }

    [Fact]
    public void A_feed_whose_entries_hold_no_resource_holds_none()
    {
        var entry = "<entry><id>urn:uuid:1</id><title>Nothing</title></entry>";
        var doc = Fixture.Parse(Fixture.Feed(entry, entry.Replace("urn:uuid:1", "urn:uuid:2", StringComparison.Ordinal)), new GreenButtonReaderOptions { Lenient = true });
        doc.HasGreenButtonData.Should().BeFalse();
        doc.NoGreenButtonDataReason.Should().Be("2 Atom entries, none holding an ESPI resource");
        Fixture.Parse(Fixture.Feed(entry), new GreenButtonReaderOptions { Lenient = true }).NoGreenButtonDataReason.Should().Be("1 Atom entry, none holding an ESPI resource");
    }
}
