namespace GreenButton.Tests.Reading;

/// <summary>The public located constructor: what readers of other formats (the CSV reader) make their errors with.</summary>
public sealed class GreenButtonExceptionTests
{
    [Fact]
    public void Located_exception_composes_its_message_as_the_espi_reader_does()
    {
        var cause = new FormatException("bad");
        var error = new GreenButtonException("expected a number.", "usage.csv", 12, 3, "feed/entry[2]/content", "urn:uuid:x", cause) { IsDataError = true };
        error.Message.Should().Be("usage.csv:12:3: expected a number. at feed/entry[2]/content (entry urn:uuid:x)");
        error.Reason.Should().Be("expected a number.");
        (error.Source, error.Line, error.Column, error.ElementPath, error.EntryId).Should().Be(("usage.csv", 12, 3, "feed/entry[2]/content", "urn:uuid:x"));
        error.InnerException.Should().BeSameAs(cause);
        error.IsDataError.Should().BeTrue();
    }

    [Fact]
    public void Located_exception_without_a_line_names_the_source_alone()
    {
        var error = new GreenButtonException("not a known layout.", "usage.csv", 0, 0);
        error.Message.Should().Be("usage.csv: not a known layout.");
        error.IsDataError.Should().BeFalse();
        new GreenButtonException("empty.", null, 0, 0).Message.Should().Be("<input>: empty.");
        new GreenButtonException("bad row.", null, 4, 1).Message.Should().Be("<input>:4:1: bad row.");
    }
}
