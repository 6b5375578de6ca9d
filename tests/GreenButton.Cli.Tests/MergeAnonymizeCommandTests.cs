namespace GreenButton.Cli.Tests;

public sealed class MergeAnonymizeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("greenbutton-cli-merge-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Out(string name) => Path.Combine(_folder, name);

    [Fact]
    public async Task Merge_of_one_file_is_its_normalised_rewrite()
    {
        var output = Out("merged.xml");
        var result = await CliRunner.RunAsync("merge", TestPaths.Fixture("small.xml"), "-o", output);
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Contain("0 conflict(s)");
        Golden.Check("small.merged.xml", File.ReadAllText(output));
        GreenButtonDocument.Load(output).MeterReadings.SelectMany(m => m.Readings).Select(r => (r.StartSeconds, r.Value))
            .Should().Equal(GreenButtonDocument.Load(TestPaths.Fixture("small.xml")).MeterReadings.SelectMany(m => m.Readings).Select(r => (r.StartSeconds, r.Value)));
    }

    [Fact]
    public async Task Merge_of_a_file_with_itself_keeps_each_reading_once_and_writes_to_standard_output()
    {
        var result = await CliRunner.RunAsync("merge", TestPaths.Fixture("small.xml"), TestPaths.Fixture("small.xml"), "-o", "-", "--prefer", "last");
        result.ExitCode.Should().Be(0, result.Error);
        var merged = GreenButtonDocument.Load(new MemoryStream(result.OutBytes));
        merged.MeterReadings.SelectMany(m => m.Readings).Should().HaveCount(GreenButtonDocument.Load(TestPaths.Fixture("small.xml")).MeterReadings.Sum(m => m.Readings.Count()));
        result.Error.Should().Contain("kept last");
    }

    [Fact]
    public async Task Conflicts_are_listed_with_both_values()
    {
        var original = File.ReadAllText(TestPaths.Fixture("small.xml"));
        var index = original.IndexOf("<espi:value>", StringComparison.Ordinal) + "<espi:value>".Length;
        var end = original.IndexOf('<', index);
        var changed = string.Concat(original.AsSpan(0, index), "987654", original.AsSpan(end));
        File.WriteAllText(Out("changed.xml"), changed);
        var result = await CliRunner.RunAsync("merge", TestPaths.Fixture("small.xml"), Out("changed.xml"), "-o", Out("merged.xml"));
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Contain("conflict: ").And.Contain("dropped 987654").And.Contain("1 conflict(s), kept first");
    }

    [Fact]
    public async Task Merge_needs_an_output()
    {
        var result = await CliRunner.RunAsync("merge", TestPaths.Fixture("small.xml"));
        result.ExitCode.Should().Be(2);
    }

    [Fact]
    public async Task A_missing_input_exits_unreadable_without_a_stack_trace()
    {
        var result = await CliRunner.RunAsync("merge", Out("missing.xml"), "-o", Out("merged.xml"));
        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("missing.xml").And.NotContain("   at ");
        File.Exists(Out("merged.xml")).Should().BeFalse("a file output appears only when complete");
    }

    [Fact]
    public async Task Anonymize_with_a_key_is_stable_and_holds_none_of_the_ids()
    {
        var output = Out("anonymised.xml");
        var result = await CliRunner.RunAsync("anonymize", TestPaths.Fixture("small.xml"), "-o", output, "--key", "golden", "--shift-days", "7");
        result.ExitCode.Should().Be(0, result.Error);
        var text = File.ReadAllText(output);
        Golden.Check("small.anonymized.xml", text);
        text.Should().NotContain("urn:uuid:up-1").And.NotContain("solar").And.NotContain("Subscription/1/");
        var original = GreenButtonDocument.Load(TestPaths.Fixture("small.xml")).MeterReadings.SelectMany(m => m.Readings).ToList();
        GreenButtonDocument.Load(output).MeterReadings.SelectMany(m => m.Readings).Select(r => (r.StartSeconds, r.Value))
            .Should().Equal(original.Select(r => (r.StartSeconds + (7 * 86400), r.Value)));
    }

    [Fact]
    public async Task Anonymize_says_when_a_shift_changes_weekdays()
    {
        var result = await CliRunner.RunAsync("anonymize", TestPaths.Fixture("small.xml"), "-o", Out("a.xml"), "--shift-days", "3");
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Contain("not a multiple of 7");
    }

    [Fact]
    public async Task Merge_reads_a_utility_csv_download_beside_xml()
    {
        var output = Out("merged.xml");
        var result = await CliRunner.RunAsync("merge", TestPaths.Fixture("sdge-fixture.csv"), TestPaths.Fixture("sdge-fixture.csv"), "-o", output);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Contain("merged 2 file(s)").And.Contain("0 conflict(s)");
        var csv = GreenButtonDocument.Load(new MemoryStream(await ConvertedAsync()));
        var merged = GreenButtonDocument.Load(output);
        merged.MeterReadings.SelectMany(m => m.Readings).Select(r => (r.StartSeconds, r.Value))
            .Should().Equal(csv.MeterReadings.SelectMany(m => m.Readings).Select(r => (r.StartSeconds, r.Value)));
        merged.MeterReadings.SelectMany(m => m.Readings).Should().NotBeEmpty();
    }

    [Fact]
    public async Task Anonymize_reads_a_utility_csv_download_and_carries_no_name_address_or_account()
    {
        var output = Out("anonymised.xml");
        var result = await CliRunner.RunAsync("anonymize", TestPaths.Fixture("sdge-fixture.csv"), "-o", output, "--key", "k");

        result.ExitCode.Should().Be(0, result.Error);
        var text = File.ReadAllText(output);
        text.Should().NotContain("TEST PERSON").And.NotContain("TEST ST").And.NotContain("999").And.NotContain("1234");
        var csv = GreenButtonDocument.Load(new MemoryStream(await ConvertedAsync()));
        GreenButtonDocument.Load(output).MeterReadings.SelectMany(m => m.Readings).Select(r => (r.StartSeconds, r.Value))
            .Should().Equal(csv.MeterReadings.SelectMany(m => m.Readings).Select(r => (r.StartSeconds, r.Value)));
    }

    /// <summary>The fixture as <c>convert</c> writes it.</summary>
    private async Task<byte[]> ConvertedAsync()
    {
        var converted = Out("converted.xml");
        var result = await CliRunner.RunAsync("convert", TestPaths.Fixture("sdge-fixture.csv"), "-o", converted);
        result.ExitCode.Should().Be(0, result.Error);
        return File.ReadAllBytes(converted);
    }
}
