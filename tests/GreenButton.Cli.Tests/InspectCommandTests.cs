using System.Text.Json;

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

    private const string Base = "https://example.test/espi/";

    [Fact]
    public async Task Json_lists_every_resource_with_its_links_and_attachment_and_matches_the_schema()
    {
        var path = TestPaths.Fixture("small.xml");
        var result = await CliRunner.RunAsync("inspect", path, "--format", "json", "-q");
        result.ExitCode.Should().Be(0, result.Error);
        Schemas.ShouldMatchInspectSchema(result.Out);
        using var json = JsonDocument.Parse(result.Out);
        var files = json.RootElement.GetProperty("files");
        files.GetArrayLength().Should().Be(1);
        var file = files[0];
        file.GetProperty("file").GetString().Should().Be(path);
        file.GetProperty("entries").GetInt32().Should().Be(8);
        file.GetProperty("diagnostics").GetArrayLength().Should().Be(0);
        var resources = file.GetProperty("resources").EnumerateArray().ToList();
        resources.Select(r => r.GetProperty("resource").GetString()).Should().Equal(
            "UsagePoint", "LocalTimeParameters", "MeterReading", "ReadingType", "MeterReading", "ReadingType", "IntervalBlock", "IntervalBlock");
        resources.Select(r => r.GetProperty("order").GetInt32()).Should().Equal(0, 1, 2, 3, 4, 5, 6, 7);
        resources.Select(r => r.GetProperty("line").GetInt32()).Should().Equal(7, 20, 33, 42, 57, 66, 81, 95);
        resources.Should().AllSatisfy(r => r.GetProperty("column").GetInt32().Should().Be(4));

        var usagePoint = resources[0];
        usagePoint.GetProperty("entryId").GetString().Should().Be("urn:uuid:up-1");
        usagePoint.GetProperty("title").GetString().Should().Be("Home, \"solar\", east");
        usagePoint.GetProperty("self").GetString().Should().Be(Base + "Subscription/1/UsagePoint/1");
        usagePoint.GetProperty("up").GetString().Should().Be(Base + "Subscription/1/UsagePoint");
        usagePoint.GetProperty("related").EnumerateArray().Select(e => e.GetString()).Should().Equal(
            Base + "Subscription/1/UsagePoint/1/MeterReading", Base + "LocalTimeParameters/1");
        usagePoint.GetProperty("usagePoint").GetProperty("serviceKind").GetString().Should().Be("electricity");
        usagePoint.GetProperty("usagePoint").GetProperty("meterReadings").GetInt32().Should().Be(2);
        usagePoint.GetProperty("usagePoint").GetProperty("localTimeParameters").GetBoolean().Should().BeTrue();
        usagePoint.GetProperty("meterReading").ValueKind.Should().Be(JsonValueKind.Null);
        usagePoint.GetProperty("attachment").GetProperty("status").GetString().Should().Be("topLevel");
        usagePoint.GetProperty("attachment").GetProperty("parent").ValueKind.Should().Be(JsonValueKind.Null);

        var localTime = resources[1].GetProperty("attachment");
        localTime.GetProperty("status").GetString().Should().Be("used");
        localTime.GetProperty("by").GetString().Should().Be("link");
        localTime.GetProperty("users").GetInt32().Should().Be(1);
        localTime.GetProperty("parent").GetProperty("resource").GetString().Should().Be("UsagePoint");
        localTime.GetProperty("parent").GetProperty("self").GetString().Should().Be(Base + "Subscription/1/UsagePoint/1");
        localTime.GetProperty("parent").GetProperty("line").GetInt32().Should().Be(7);

        var meterReading = resources[2];
        meterReading.GetProperty("meterReading").GetProperty("intervalBlocks").GetInt32().Should().Be(1);
        meterReading.GetProperty("meterReading").GetProperty("readingType").GetProperty("unit").GetString().Should().Be("Wh");
        meterReading.GetProperty("meterReading").GetProperty("readingType").GetProperty("uom").GetInt32().Should().Be(72);
        meterReading.GetProperty("meterReading").GetProperty("readingType").GetProperty("by").GetString().Should().Be("link");
        var attached = meterReading.GetProperty("attachment");
        attached.GetProperty("status").GetString().Should().Be("attached");
        attached.GetProperty("by").GetString().Should().Be("link");
        attached.GetProperty("users").ValueKind.Should().Be(JsonValueKind.Null);
        attached.GetProperty("parent").GetProperty("self").GetString().Should().Be(Base + "Subscription/1/UsagePoint/1");

        resources[3].GetProperty("attachment").GetProperty("parent").GetProperty("self").GetString().Should().Be(Base + "Subscription/1/UsagePoint/1/MeterReading/1");
        resources[5].GetProperty("attachment").GetProperty("parent").GetProperty("self").GetString().Should().Be(Base + "Subscription/1/UsagePoint/1/MeterReading/2");

        var block = resources[7];
        block.GetProperty("intervalBlock").GetProperty("readings").GetInt64().Should().Be(4);
        block.GetProperty("intervalBlock").GetProperty("start").GetString().Should().Be("2023-11-05T07:00:00Z");
        block.GetProperty("title").ValueKind.Should().Be(JsonValueKind.Null);
        block.GetProperty("attachment").GetProperty("status").GetString().Should().Be("attached");
        block.GetProperty("attachment").GetProperty("parent").GetProperty("resource").GetString().Should().Be("MeterReading");
        block.GetProperty("attachment").GetProperty("parent").GetProperty("self").GetString().Should().Be(Base + "Subscription/1/UsagePoint/1/MeterReading/2");
    }

    [Fact]
    public async Task Json_says_why_a_resource_is_not_attached()
    {
        const string xml = """
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:espi="http://naesb.org/espi">
              <entry><link rel="self" href="https://x.test/IntervalBlock/1"/><content><espi:IntervalBlock/></content></entry>
            </feed>
            """;
        var result = await CliRunner.RunAsync(["inspect", "-", "--format", "json"], System.Text.Encoding.UTF8.GetBytes(xml));
        result.ExitCode.Should().Be(0, result.Error);
        Schemas.ShouldMatchInspectSchema(result.Out);
        using var json = JsonDocument.Parse(result.Out);
        var file = json.RootElement.GetProperty("files")[0];
        file.GetProperty("file").GetString().Should().Be("-");
        var block = file.GetProperty("resources").EnumerateArray().Should().ContainSingle().Subject;
        block.GetProperty("resource").GetString().Should().Be("IntervalBlock");
        block.GetProperty("self").GetString().Should().Be("https://x.test/IntervalBlock/1");
        var attachment = block.GetProperty("attachment");
        attachment.GetProperty("status").GetString().Should().Be("unattached");
        attachment.GetProperty("by").ValueKind.Should().Be(JsonValueKind.Null);
        attachment.GetProperty("parent").ValueKind.Should().Be(JsonValueKind.Null);
        attachment.GetProperty("reason").GetString().Should().Be("the document holds no MeterReading");
    }

    [Fact]
    public async Task Json_carries_the_diagnostics()
    {
        var result = await CliRunner.RunAsync("inspect", TestPaths.Fixture("bad-number.xml"), "--lenient", "--format", "json", "-q");
        result.ExitCode.Should().Be(0, result.Error);
        Schemas.ShouldMatchInspectSchema(result.Out);
        using var json = JsonDocument.Parse(result.Out);
        var diagnostics = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        var skipped = diagnostics.Should().ContainSingle(d => d.GetProperty("code").GetString() == "skipped-reading").Subject;
        skipped.GetProperty("severity").GetString().Should().Be("error");
        skipped.GetProperty("line").GetInt32().Should().BeGreaterThan(0);
        skipped.GetProperty("message").GetString().Should().NotBeEmpty();
        var summary = await CliRunner.RunAsync("summary", TestPaths.Fixture("bad-number.xml"), "--lenient", "--format", "json", "-q");
        using var expected = JsonDocument.Parse(summary.Out);
        diagnostics.Select(d => d.GetRawText()).Should().Equal(
            expected.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetRawText()), "the same diagnostics as summary's");
    }

    [Fact]
    public async Task Json_of_several_files_leaves_out_a_failing_one_and_reports_it_like_the_text_form()
    {
        var small = TestPaths.Fixture("small.xml");
        string[] files = [small, TestPaths.Fixture("truncated.xml"), TestPaths.Fixture("bad-number.xml"), small];
        var text = await CliRunner.RunAsync(["inspect", .. files, "-q"]);
        var json = await CliRunner.RunAsync(["inspect", .. files, "--format", "json", "-q"]);
        text.ExitCode.Should().Be(3, "the worst failure wins");
        json.ExitCode.Should().Be(text.ExitCode);
        json.Error.Should().Be(text.Error);
        json.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
        Schemas.ShouldMatchInspectSchema(json.Out);
        using var document = JsonDocument.Parse(json.Out);
        var inspected = document.RootElement.GetProperty("files").EnumerateArray().ToList();
        inspected.Select(f => f.GetProperty("file").GetString()).Should().Equal(small, small);
        inspected.Should().AllSatisfy(f => f.GetProperty("resources").GetArrayLength().Should().Be(8));
        text.Out.Split('\n').Count(l => l.StartsWith(small + ": ", StringComparison.Ordinal)).Should().Be(2);
    }

    [Fact]
    public async Task Json_of_only_failing_files_is_an_empty_list()
    {
        var result = await CliRunner.RunAsync("inspect", TestPaths.Fixture("truncated.xml"), "--format", "json", "-q");
        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("truncated.xml");
        Schemas.ShouldMatchInspectSchema(result.Out);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("files").GetArrayLength().Should().Be(0);
    }
}
