namespace GreenButton.Cli.Tests;

public sealed class InspectCommandTests
{
    [Fact]
    public async Task Every_entry_is_listed_with_how_it_was_attached()
    {
        var result = await CliRunner.RunAsync("inspect", TestPaths.Fixture("small.xml"));
        result.ExitCode.Should().Be(0, result.Error);
        Golden.Check("small.inspect.txt", result.Out.Replace(TestPaths.Fixture("small.xml"), "small.xml", StringComparison.Ordinal).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Unattached_blocks_say_why()
    {
        const string xml = """
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:espi="http://naesb.org/espi">
              <entry><link rel="self" href="https://x.test/IntervalBlock/1"/><content><espi:IntervalBlock/></content></entry>
            </feed>
            """;
        var result = await CliRunner.RunAsync(["inspect", "-"], System.Text.Encoding.UTF8.GetBytes(xml));
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("IntervalBlock").And.Contain("not attached: the document holds no MeterReading");
    }
}
