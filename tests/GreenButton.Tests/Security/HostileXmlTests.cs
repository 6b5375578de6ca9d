namespace GreenButton.Tests.Security;

/// <summary>DTDs are prohibited: no entity is expanded and no external resource is read, whatever the entry point.</summary>
public sealed class HostileXmlTests : IDisposable
{
    private const string Secret = "TOP-SECRET-6f1c2b0e";
    private readonly Fixture.TempFolder _folder = new();
    private readonly string _secretPath;

    public HostileXmlTests()
    {
        _secretPath = _folder.File("secret.txt");
        File.WriteAllText(_secretPath, Secret);
    }

    public void Dispose() => _folder.Dispose();

    private static readonly string s_billionLaughs = $"""
        <?xml version="1.0"?>
        <!DOCTYPE feed [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <feed xmlns="{Fixture.Atom}"><title>&lol9;</title></feed>
        """;

    private string Xxe(string where) => where switch
    {
        "title" => $"""
            <?xml version="1.0"?>
            <!DOCTYPE feed [ <!ENTITY xxe SYSTEM "{new Uri(_secretPath).AbsoluteUri}"> ]>
            <feed xmlns="{Fixture.Atom}"><title>&xxe;</title><entry><id>&xxe;</id><content>{Fixture.UsagePoint()}</content></entry></feed>
            """,
        "value" => $"""
            <?xml version="1.0"?>
            <!DOCTYPE IntervalBlock [ <!ENTITY xxe SYSTEM "{new Uri(_secretPath).AbsoluteUri}"> ]>
            <IntervalBlock xmlns="{Fixture.Espi}"><IntervalReading><value>&xxe;</value></IntervalReading></IntervalBlock>
            """,
        "external-dtd" => $"""
            <?xml version="1.0"?>
            <!DOCTYPE feed SYSTEM "{new Uri(_secretPath).AbsoluteUri}">
            <feed xmlns="{Fixture.Atom}"><title>t</title></feed>
            """,
        _ => $"""
            <?xml version="1.0"?>
            <!DOCTYPE feed [ <!ENTITY % p SYSTEM "{new Uri(_secretPath).AbsoluteUri}"> %p; ]>
            <feed xmlns="{Fixture.Atom}"><title>t</title></feed>
            """,
    };

    private static readonly GreenButtonReaderOptions[] s_modes = [default, new() { Lenient = true }];

    /// <summary>Runs every entry point on <paramref name="xml"/>; each must throw; returns every message seen.</summary>
    private List<string> EveryEntryPointRefuses(string xml)
    {
        var path = _folder.File("hostile.xml");
        File.WriteAllText(path, xml);
        var bytes = Fixture.Utf8(xml);
        var messages = new List<string>();
        foreach (var options in s_modes)
        {
            var seen = new List<GreenButtonDiagnostic>();
            var o = options with { OnDiagnostic = seen.Add };
            var attempts = new Func<object>[]
            {
                () => GreenButtonDocument.Parse(xml, o),
                () => GreenButtonDocument.Load(path, o),
                () => GreenButtonDocument.Load(new MemoryStream(bytes), o),
                () => GreenButtonDocument.LoadAsync(new MemoryStream(bytes), o).GetAwaiter().GetResult(),
                () => GreenButtonReader.ReadEntries(new MemoryStream(bytes), o).ToList(),
                () => GreenButtonReader.ReadIntervalReadings(path, o).ToList(),
            };
            foreach (var attempt in attempts)
            {
                var error = attempt.Should().Throw<GreenButtonException>().Which;
                messages.Add(error.ToString());
                messages.Add(error.Reason);
            }
            messages.AddRange(seen.Select(d => d.ToString()));
        }
        return messages;
    }

    [Fact]
    public void Billion_laughs_is_refused_by_every_entry_point_in_every_mode()
    {
        var messages = EveryEntryPointRefuses(s_billionLaughs);
        messages.Should().NotContain(m => m.Contains("lollol", StringComparison.Ordinal));
    }

    [Fact]
    public void Billion_laughs_fails_fast_without_expanding()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var act = () => GreenButtonDocument.Parse(s_billionLaughs);
        act.Should().Throw<GreenButtonException>().Which.Reason.Should().ContainEquivalentOf("DTD");
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(10_000_000);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("value")]
    [InlineData("external-dtd")]
    [InlineData("parameter-entity")]
    public void External_entity_is_refused_and_the_file_content_appears_nowhere(string where)
    {
        var messages = EveryEntryPointRefuses(Xxe(where));
        messages.Should().NotBeEmpty();
        messages.Should().NotContain(m => m.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public void External_entity_refusal_names_the_source_and_the_dtd()
    {
        var act = () => GreenButtonDocument.Parse(Xxe("title"), new GreenButtonReaderOptions { SourceName = "x.xml" });
        var error = act.Should().Throw<GreenButtonException>().Which;
        error.Source.Should().Be("x.xml");
        error.Message.Should().StartWith("x.xml");
        error.Reason.Should().ContainEquivalentOf("DTD");
        error.InnerException.Should().BeOfType<System.Xml.XmlException>();
    }

    [Fact]
    public void Internal_entity_without_external_reference_is_refused_too()
    {
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY name \"expanded\">]><feed xmlns=\"{Fixture.Atom}\"><title>&name;</title></feed>";
        var act = () => GreenButtonDocument.Parse(xml);
        act.Should().Throw<GreenButtonException>().Which.Message.Should().NotContain("expanded");
    }

    [Fact]
    public void Character_references_and_predefined_entities_still_work()
    {
        var xml = $"<feed xmlns=\"{Fixture.Atom}\"><title>A &amp; B &#x263A; &lt;C&gt;</title></feed>";
        GreenButtonDocument.Parse(xml).FeedTitle.Should().Be("A & B \u263A <C>");
    }
}
