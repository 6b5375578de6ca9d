using CsCheck;

namespace GreenButton.Tests.Properties;

/// <summary>
/// The link resolver's shortcut (an href already in its normal form is its own key, no <see cref="Uri"/> made for it)
/// gives the key the <see cref="Uri"/>-based normalisation gives, on hrefs built from the characters where the two
/// could disagree (case, dots, slashes, ports, escapes, IP addresses, queries).
/// </summary>
public sealed class HrefKeyProperties
{
    private static void AgreesWithUri(string href)
    {
        if (HrefKey.IsNormal(href))
        {
            HrefKey.OfAbsolute(href).Should().Be(href, $"'{href}' was taken as its own key");
        }
    }

    [Theory]
    [InlineData("https://example.com/espi/1_1/resource/Subscription/1/UsagePoint/1/MeterReading/1/IntervalBlock/1", true)]
    [InlineData("http://localhost", true)]
    [InlineData("http://a-b.example/x-y_z/9", true)]
    [InlineData("https://Example.com/espi", false)]
    [InlineData("HTTPS://example.com/espi", false)]
    [InlineData("https://example.com/espi/", false)]
    [InlineData("https://example.com:443/espi", false)]
    [InlineData("https://example.com/a/./b", false)]
    [InlineData("https://example.com/a/../b", false)]
    [InlineData("https://example.com/a//b", false)]
    [InlineData("https://example.com/a%2Fb", false)]
    [InlineData("https://example.com/a?b=1", false)]
    [InlineData("https://example.com/a#b", false)]
    [InlineData("https://127.0.0.1/a", false)]
    [InlineData("https://0x7f.1/a", false)]
    [InlineData("https://a..b/a", false)]
    [InlineData("https://./a", false)]
    [InlineData("https://", false)]
    [InlineData("ftp://example.com/a", false)]
    public void Normal_hrefs_are_recognised_and_keep_their_key(string href, bool normal)
    {
        HrefKey.IsNormal(href).Should().Be(normal, href);
        AgreesWithUri(href);
    }

    [Fact]
    public void Any_href_taken_as_its_own_key_is_its_key_by_Uri() =>
        Gen.Select(Gen.OneOfConst("http://", "https://", "HTTP://", "https:/"),
                Gen.String[Gen.Char["abx019.-_A:"], 0, 12],
                Gen.String[Gen.Char["abZ09/._-%?#:~ "], 0, 24])
            .Sample((scheme, host, path) =>
            {
                AgreesWithUri(scheme + host + path);
                AgreesWithUri(scheme + host + "/" + path);
            }, iter: 20_000);

    [Fact]
    public void Keys_are_the_same_whether_an_href_is_met_once_or_again_and_relative_hrefs_are_counted_once()
    {
        // Normal hrefs are not cached (their key is the href): every other one is, and each distinct relative href counts once.
        var keys = new HrefKey(new Uri("https://example.com/espi/"));
        string[] hrefs = ["https://example.com/espi/UsagePoint/1", "https://Example.com/espi/UsagePoint/1/", " https://example.com/espi/UsagePoint/1 ", "UsagePoint/2", "UsagePoint/2/"];
        var first = hrefs.Select(keys.Of).ToArray();
        var again = hrefs.Select(keys.Of).ToArray();
        again.Should().Equal(first);
        first.Should().Equal("https://example.com/espi/UsagePoint/1", "https://example.com/espi/UsagePoint/1", "https://example.com/espi/UsagePoint/1",
            "https://example.com/espi/UsagePoint/2", "https://example.com/espi/UsagePoint/2");
        keys.RelativeCount.Should().Be(2);
        keys.FirstRelative.Should().Be("UsagePoint/2");
        var withoutBase = new HrefKey(null);
        withoutBase.Of("UsagePoint/3").Should().Be("UsagePoint/3");
        withoutBase.Of("UsagePoint/3").Should().Be("UsagePoint/3");
        withoutBase.RelativeCount.Should().Be(1, "a relative href that is its own key is still cached, so it counts once");
    }
}
