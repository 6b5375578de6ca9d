namespace GreenButton.Tests.Writing;

/// <summary>
/// Golden outputs in Writing/Golden (read from the source tree). GREENBUTTON_UPDATE_GOLDEN=1 rewrites them (review the
/// diff); the test still fails that once.
/// </summary>
internal static class WriterGolden
{
    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GreenButton.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "GreenButton.Tests", "Writing", "Golden");
            }
        }
        throw new InvalidOperationException("The repository root (GreenButton.sln) was not found above the test assembly.");
    }

    public static void Check(string name, string actual)
    {
        var path = Path.Combine(Folder(), name);
        if (Environment.GetEnvironmentVariable("GREENBUTTON_UPDATE_GOLDEN") == "1" && (!File.Exists(path) || File.ReadAllText(path) != actual))
        {
            File.WriteAllText(path, actual);
            throw new InvalidOperationException($"Golden file {name} rewritten: review it and run again.");
        }
        File.Exists(path).Should().BeTrue($"the golden file {name} exists (GREENBUTTON_UPDATE_GOLDEN=1 writes it)");
        actual.Should().Be(File.ReadAllText(path));
    }
}
