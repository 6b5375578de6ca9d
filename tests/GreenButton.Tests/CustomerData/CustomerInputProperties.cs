using System.Xml.Linq;
using CsCheck;

namespace GreenButton.Tests.CustomerData;

/// <summary>
/// Whatever a customer feed holds (any value in any field, any element removed or duplicated, any cut), the reader
/// answers with data or a located <see cref="GreenButtonException"/>, never another exception; sync and async agree.
/// </summary>
public sealed class CustomerInputProperties
{
    private static readonly Lazy<XDocument> s_full = new(() => XDocument.Parse(Fixture.Text(CustomerModel.FullFixture)));

    private static readonly Gen<string> s_values = Gen.OneOf(
        Gen.String[Gen.Char.AlphaNumeric, 0, 12],
        Gen.OneOfConst("", " ", "-1", "1e309", "NaN", "true", "2", "99999999999999999999", "1.5", "0x10", "\u00e9\u00e8", "1700000000000"));

    private sealed record Mutation(int Element, int Kind, string Value, int Cut)
    {
        public override string ToString() => $"element {Element} kind {Kind} value '{Value}' cut {Cut}";
    }

    private static string Apply(Mutation m)
    {
        var doc = new XDocument(s_full.Value);
        var elements = doc.Descendants().Where(e => e.Name.NamespaceName == Fixture.Customer).ToList();
        var target = elements[m.Element % elements.Count];
        switch (m.Kind)
        {
            case 0: // a new value (elements that hold others get text among them)
                if (target.HasElements)
                {
                    target.AddFirst(m.Value);
                }
                else
                {
                    target.Value = m.Value;
                }
                break;
            case 1:
                target.Remove();
                break;
            case 2:
                target.AddAfterSelf(new XElement(target));
                break;
            default: // a child the schema does not know
                target.Add(new XElement(XName.Get("unexpected", Fixture.Customer), m.Value));
                break;
        }
        var xml = doc.ToString();
        return m.Cut % 4 == 0 ? xml[..(m.Cut % xml.Length)] : xml;
    }

    private static string Outcome(Func<GreenButtonDocument> load)
    {
        try
        {
            var doc = load();
            return string.Join("|", doc.CustomerResources.Select(r => $"{r.ResourceName}@{r.Line}:{r.Column}"))
                + "#" + string.Join("|", doc.Diagnostics.Select(d => d.Code));
        }
        catch (GreenButtonException ex)
        {
            ex.Line.Should().BeGreaterThanOrEqualTo(0);
            return "error " + ex.Reason;
        }
    }

    [Fact]
    public void Any_mutation_gives_data_or_a_located_error_and_sync_and_async_agree()
    {
        Gen.Select(Gen.Int[0, 5000], Gen.Int[0, 3], s_values, Gen.Int[0, 1_000_000], (e, k, v, c) => new Mutation(e, k, v, c))
            .Sample(m =>
            {
                var xml = Apply(m);
                foreach (var lenient in new[] { false, true })
                {
                    var options = new GreenButtonReaderOptions { Lenient = lenient, RedactValues = true };
                    var sync = Outcome(() => GreenButtonDocument.Parse(xml, options));
                    var async = Outcome(() =>
                    {
                        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
                        return GreenButtonDocument.LoadAsync(stream, options).GetAwaiter().GetResult();
                    });
                    if (m.Cut % 4 == 0)
                    {
                        // Cut: both fail; which error comes first may differ (async reads the last entry whole before parsing it).
                        (sync.StartsWith("error ", StringComparison.Ordinal) && async.StartsWith("error ", StringComparison.Ordinal)).Should().BeTrue($"{m}: {sync} / {async}");
                    }
                    else
                    {
                        async.Should().Be(sync, $"{m}, lenient {lenient}");
                    }
                }
            }, iter: 100);
    }
}
