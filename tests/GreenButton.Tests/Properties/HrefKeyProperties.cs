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
}
