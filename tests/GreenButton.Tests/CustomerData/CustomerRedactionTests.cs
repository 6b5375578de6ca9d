using System.Xml.Linq;

namespace GreenButton.Tests.CustomerData;

/// <summary>
/// Customer data is personal: with <see cref="GreenButtonReaderOptions.RedactValues"/> no customer field reaches a message
/// or a diagnostic, whatever it holds; <c>ToString()</c> never shows one.
/// </summary>
public sealed class CustomerRedactionTests
{
    private const string Marker = "SECRET-4711";
    private static readonly XNamespace s_cust = Fixture.Customer;

    /// <summary>Every element of the fixture's customer resources that holds a value (a field), by index.</summary>
    private static List<XElement> Leaves(XDocument doc)
        => doc.Descendants().Where(e => e.Name.Namespace == s_cust && !e.HasElements && e.Ancestors().Any(a => a.Name.LocalName == "content")).ToList();

    /// <summary>Everything a reader of the input could be told: each diagnostic, and the error of a strict read.</summary>
    private static List<string> Messages(string xml, bool redact)
    {
        var messages = new List<string>();
        var lenient = GreenButtonDocument.Parse(xml, new GreenButtonReaderOptions { Lenient = true, RedactValues = redact });
        messages.AddRange(lenient.Diagnostics.Select(d => $"{d.Message} {d}"));
        try
        {
            var strict = GreenButtonDocument.Parse(xml, new GreenButtonReaderOptions { RedactValues = redact });
            messages.AddRange(strict.Diagnostics.Select(d => $"{d.Message} {d}"));
        }
        catch (GreenButtonException ex)
        {
            messages.Add($"{ex.Message} {ex.Reason} {ex.ElementPath} {ex}");
        }
        return messages;
    }

    [Fact]
    public void No_customer_field_reaches_a_message_when_values_are_redacted()
    {
        var original = XDocument.Parse(Fixture.Text(CustomerModel.FullFixture), LoadOptions.SetLineInfo);
        var count = Leaves(original).Count;
        count.Should().BeGreaterThan(400);
        var leaked = new List<string>();
        var shownUnredacted = 0;
        for (var i = 0; i < count; i++)
        {
            var doc = new XDocument(original);
            var leaf = Leaves(doc)[i];
            leaf.Value = Marker;
            var xml = doc.ToString();
            if (Messages(xml, redact: true).FirstOrDefault(m => m.Contains(Marker, StringComparison.Ordinal)) is { } message)
            {
                leaked.Add($"{leaf.Parent?.Name.LocalName}/{leaf.Name.LocalName}: {message}");
            }
            // The check can fail: without redaction, every typed field's bad value is quoted.
            if (Messages(xml, redact: false).Any(m => m.Contains(Marker, StringComparison.Ordinal)))
            {
                shownUnredacted++;
            }
        }
        leaked.Should().BeEmpty();
        shownUnredacted.Should().BeGreaterThan(50, "the typed fields (numbers, booleans, times, codes) quote a bad value when not redacted");
    }

    [Fact]
    public void Every_field_is_absent_from_every_message_and_every_ToString()
    {
        var doc = GreenButtonDocument.Load(Fixture.PathOf(CustomerModel.FullFixture), new GreenButtonReaderOptions { RedactValues = true });
        // BatchItemInfo, SummaryMeasurement and DateTimeInterval are ESPI's own records (a batch's status, a measurement, an interval), printed whole.
        var customerObjects = CustomerModel.Objects(doc).Where(o => o is not (BatchItemInfo or SummaryMeasurement or DateTimeInterval)).ToList();
        var values = CustomerModel.Strings(doc).Where(s => s.StartsWith("fake-", StringComparison.Ordinal)
            && !s.StartsWith("fake-statusReason-", StringComparison.Ordinal) && !s.StartsWith("fake-readingTypeRef-", StringComparison.Ordinal)).ToList();
        values.Should().HaveCountGreaterThan(400);
        var shown = doc.Diagnostics.Select(d => d.ToString()).Concat(customerObjects.Select(o => o.ToString() ?? "")).ToList();
        shown.Should().HaveCountGreaterThan(80);
        foreach (var value in values)
        {
            shown.Should().NotContain(s => s.Contains(value, StringComparison.Ordinal), value);
        }
        customerObjects.Where(o => o is not CustomerResource).Should().OnlyContain(o => o.ToString() == o.GetType().Name);
    }

    [Fact]
    public void The_status_text_quirk_and_unknown_elements_name_no_value()
    {
        var xml = Fixture.Feed(Fixture.Entry(
            $"<Customer xmlns=\"{Fixture.Customer}\"><status>{Marker}</status><nickname>{Marker}</nickname></Customer>"));
        Messages(xml, redact: false).Should().NotContain(m => m.Contains(Marker, StringComparison.Ordinal), "these messages never quote a value");
    }
}
