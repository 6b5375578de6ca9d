namespace GreenButton.Tests.Model;

/// <summary>Code tables: the spec's numbers under the spec's names; unknown codes kept as numbers, never rejected.</summary>
public sealed class CodeTests
{
    [Theory]
    [InlineData(UnitOfMeasure.Wh, 72, "Wh")]
    [InlineData(UnitOfMeasure.W, 38, "W")]
    [InlineData(UnitOfMeasure.VArh, 73, "VArh")]
    [InlineData(UnitOfMeasure.VAh, 71, "VAh")]
    [InlineData(UnitOfMeasure.VAr, 63, "VAr")]
    [InlineData(UnitOfMeasure.VA, 61, "VA")]
    [InlineData(UnitOfMeasure.A, 5, "A")]
    [InlineData(UnitOfMeasure.V, 29, "V")]
    [InlineData(UnitOfMeasure.Hz, 33, "Hz")]
    [InlineData(UnitOfMeasure.Therm, 169, "therm")]
    [InlineData(UnitOfMeasure.CubicMeter, 42, "m³")]
    [InlineData(UnitOfMeasure.CubicFoot, 119, "ft³")]
    [InlineData(UnitOfMeasure.USGallon, 128, "US gal")]
    public void Units_have_the_spec_codes_and_symbols(UnitOfMeasure unit, int code, string symbol)
    {
        ((int)unit).Should().Be(code);
        Units.Symbol(unit).Should().Be(symbol);
    }

    [Fact]
    public void Flow_directions_service_kinds_and_currencies_have_the_spec_codes()
    {
        ((int)FlowDirection.Forward).Should().Be(1);
        ((int)FlowDirection.Reverse).Should().Be(19);
        ((int)FlowDirection.Net).Should().Be(4);
        ((int)ServiceKind.Electricity).Should().Be(0);
        ((int)ServiceKind.Gas).Should().Be(1);
        ((int)ServiceKind.Water).Should().Be(2);
        ((int)Currency.USD).Should().Be(840);
        ((int)Currency.CAD).Should().Be(124);
        ((int)AccumulationBehaviour.DeltaData).Should().Be(4);
        ((int)ReadingKind.Energy).Should().Be(12);
        ((int)QualityOfReading.Valid).Should().Be(0);
    }

    [Fact]
    public void Unknown_codes_are_kept_as_their_numbers()
    {
        var rt = $"<ReadingType xmlns=\"{Fixture.Espi}\"><accumulationBehaviour>77</accumulationBehaviour><commodity>999</commodity><currency>1</currency><dataQualifier>555</dataQualifier><flowDirection>88</flowDirection><kind>4242</kind><phase>31337</phase><timeAttribute>99</timeAttribute><uom>9999</uom></ReadingType>";
        var doc = Fixture.Parse(Fixture.Feed(Fixture.Entry(rt), Fixture.Entry(Fixture.UsagePoint(99, "<status>7</status>"))));
        var type = doc.ReadingTypes.Single();
        ((int)type.AccumulationBehaviour!).Should().Be(77);
        ((int)type.Commodity!).Should().Be(999);
        ((int)type.Currency!).Should().Be(1);
        ((int)type.DataQualifier!).Should().Be(555);
        ((int)type.FlowDirection!).Should().Be(88);
        ((int)type.Kind!).Should().Be(4242);
        ((int)type.Phase!).Should().Be(31337);
        ((int)type.TimeAttribute!).Should().Be(99);
        ((int)type.Uom!).Should().Be(9999);
        Units.Symbol(type.Uom!.Value).Should().Be("uom 9999");
        type.Scale(5).UnitSymbol.Should().Be("uom 9999");
        var up = doc.UsagePoints.Single();
        ((int)up.ServiceKind!).Should().Be(99);
        ((int)up.Status!).Should().Be(7);
    }

    [Fact]
    public void Unknown_quality_codes_are_kept_as_their_numbers()
    {
        var block = Fixture.Block(Fixture.June1, 60, $"<IntervalReading><ReadingQuality><quality>1234</quality></ReadingQuality><timePeriod><duration>60</duration><start>{Fixture.June1}</start></timePeriod><value>1</value></IntervalReading>");
        var quality = Fixture.Parse(Fixture.Feed(Fixture.Entry(block))).IntervalBlocks.Single().Readings.Single().Qualities.Single();
        ((int)quality.Quality).Should().Be(1234);
        quality.Text.Should().BeNull();
        quality.ToString().Should().Be("1234");
    }

    [Fact]
    public void Non_numeric_code_in_a_summary_is_dropped_and_reported_not_fatal()
    {
        var xml = Fixture.Feed(Fixture.Entry($"<UsageSummary xmlns=\"{Fixture.Espi}\"><currency>USD</currency><billLastPeriod>100</billLastPeriod></UsageSummary>"));
        var doc = Fixture.Parse(xml);
        doc.UsageSummaries.Single().Currency.Should().BeNull();
        doc.UsageSummaries.Single().BillLastPeriod.Should().Be(100);
        doc.Diagnostic(DiagnosticCodes.OutOfRange).Message.Should().Contain("currency");
    }

    [Fact]
    public void Diagnostic_to_string_names_source_position_severity_code_and_count()
    {
        var diagnostic = new GreenButtonDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.MillisecondEpoch, "Divided.") { Source = "a.xml", Line = 3, Column = 7, Count = 2 };
        diagnostic.ToString().Should().Be("a.xml:3:7: warning millisecond-epoch: Divided. (x2)");
        (diagnostic with { Line = 0, Count = 1 }).ToString().Should().Be("a.xml: warning millisecond-epoch: Divided.");
    }
}
