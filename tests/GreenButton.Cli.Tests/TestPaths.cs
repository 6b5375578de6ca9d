using GreenButton.Synthetic;

namespace GreenButton.Cli.Tests;

/// <summary>Paths of fixtures, the repository, and generated feeds (cached per test run).</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> s_repository = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GreenButton.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("GreenButton.sln not found above the test assembly.");
    });

    private static readonly object s_lock = new();
    private static readonly Dictionary<string, string> s_generated = Cleaned();

    public static string Repository => s_repository.Value;

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Schema(string name) => Path.Combine(AppContext.BaseDirectory, "Schemas", name);

    /// <summary>A generated feed written once per test run to a temporary file.</summary>
    public static string Generated(string key, SyntheticFeedOptions options)
    {
        lock (s_lock)
        {
            if (!s_generated.TryGetValue(key, out var path))
            {
                path = Path.Combine(Path.GetTempPath(), $"greenbutton-cli-tests-{Environment.ProcessId}-{key}.xml");
                SyntheticFeed.WriteFile(path, options);
                s_generated[key] = path;
            }
            return path;
        }
    }

    /// <summary>The generated feeds, deleted when the test run ends.</summary>
    private static Dictionary<string, string> Cleaned()
    {
        var generated = new Dictionary<string, string>();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            lock (s_lock)
            {
                foreach (var path in generated.Values)
                {
                    File.Delete(path);
                }
            }
        };
        return generated;
    }

    /// <summary>A fresh temporary directory.</summary>
    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), $"greenbutton-cli-tests-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
