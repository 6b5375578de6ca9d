using System.Text.Json;

namespace GreenButton.Cli.Tests;

/// <summary>
/// The shared corpus of real files (<c>../shared/corpus</c> beside the repository, or <c>GREENBUTTON_CORPUS</c>).
/// A fresh clone has none: the corpus tests then skip, saying so. (A copy of the core tests' helper.)
/// </summary>
internal static class SharedCorpus
{
    public const string MissingMessage = "The shared corpus (../shared/corpus or $GREENBUTTON_CORPUS) is not present: corpus tests skipped.";

    private static readonly Lazy<string?> s_directory = new(Locate);
    private static readonly Lazy<IReadOnlyList<JsonElement>> s_expected = new(LoadExpected);

    public static string? Directory => s_directory.Value;

    public static bool Exists => Directory is not null;

    public static IReadOnlyList<JsonElement> Expected => s_expected.Value;

    public static string PathOf(string relative) => Path.Combine(Directory!, relative);

    public static JsonElement ExpectedFor(string relative) => Expected.Single(e => e.GetProperty("file").GetString() == relative);

    public static IEnumerable<object[]> WellFormedFiles()
        => Exists ? Expected.Where(e => !e.TryGetProperty("error", out _)).Select(e => new object[] { e.GetProperty("file").GetString()! })
            : [["(corpus missing)"]];

    public static IEnumerable<object[]> MalformedFiles()
        => Exists ? Expected.Where(e => e.TryGetProperty("error", out _)).Select(e => new object[] { e.GetProperty("file").GetString()! })
            : [["(corpus missing)"]];

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("GREENBUTTON_CORPUS") is { Length: > 0 } fromEnv && File.Exists(Path.Combine(fromEnv, "expected.json")))
        {
            return fromEnv;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GreenButton.sln")))
            {
                var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                return File.Exists(Path.Combine(candidate, "expected.json")) ? candidate : null;
            }
        }
        return null;
    }

    private static IReadOnlyList<JsonElement> LoadExpected()
    {
        if (!Exists)
        {
            return [];
        }
        using var stream = File.OpenRead(Path.Combine(Directory!, "expected.json"));
        using var doc = JsonDocument.Parse(stream);
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}

/// <summary>A theory over the shared corpus; skipped, with the reason, when the corpus is absent.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips when the corpus is missing.</summary>
    public CorpusTheoryAttribute()
    {
        if (!SharedCorpus.Exists)
        {
            Skip = SharedCorpus.MissingMessage;
        }
    }
}
