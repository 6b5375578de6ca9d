namespace GreenButton.Cli.Tests;

/// <summary>
/// Golden outputs in Fixtures/golden. GREENBUTTON_UPDATE_GOLDEN=1 rewrites them in the source tree (review the diff);
/// the test still fails that once.
/// </summary>
internal static class Golden
{
    public static void Check(string name, string actual)
    {
        var path = TestPaths.Fixture(Path.Combine("golden", name));
        if (Environment.GetEnvironmentVariable("GREENBUTTON_UPDATE_GOLDEN") == "1")
        {
            var source = Path.Combine(TestPaths.Repository, "tests", "GreenButton.Cli.Tests", "Fixtures", "golden", name);
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            if (!File.Exists(source) || File.ReadAllText(source) != actual)
            {
                File.WriteAllText(source, actual);
                throw new InvalidOperationException($"Golden file {name} rewritten: review it and run again.");
            }
        }
        File.Exists(path).Should().BeTrue($"the golden file {name} exists (GREENBUTTON_UPDATE_GOLDEN=1 writes it)");
        actual.Should().Be(File.ReadAllText(path).ReplaceLineEndings(actual.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n"));
    }
}
