using System.Text.RegularExpressions;

namespace GreenButton.Tests;

/// <summary>
/// Every C# block of README.md is a snippet (<c>&lt;!-- snippet: NAME --&gt;</c>) whose code is the body of a
/// <c>#region snippet:NAME</c> in one of the test projects, where it runs: the README shows only code that compiles and
/// runs. A README block may start with <c>using</c> lines; the test file holding its region must have them too. The one
/// exception is a block marked <c>&lt;!-- fragment: REASON --&gt;</c> (a call that needs a real custodian's credentials):
/// it says so in the README's source, and the count of fragments can only go down.
/// </summary>
public sealed partial class ReadmeSnippetsTests
{
    [GeneratedRegex(@"(?:<!-- (?:snippet: (?<name>[\w-]+)|fragment: (?<fragment>[^>]+)) -->\s*)?```csharp\r?\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"#region snippet:(?<name>[\w-]+)\r?\n(?<code>.*?)#endregion", RegexOptions.Singleline)]
    private static partial Regex SnippetRegion();

    [Fact]
    public void Every_csharp_block_of_the_readme_is_a_named_snippet()
    {
        var blocks = Blocks();
        blocks.Should().NotBeEmpty();
        blocks.Where(b => b.Name.Length == 0).Select(b => b.Code.Split('\n')[0])
            .Should().BeEmpty("every ```csharp block of README.md needs <!-- snippet: NAME --> before it and a #region snippet:NAME in a test");
        blocks.Select(b => b.Name).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_snippet_is_the_code_of_a_test_region()
    {
        var regions = Regions();
        foreach (var block in Blocks().Where(b => b.Name.Length > 0))
        {
            regions.Should().ContainKey(block.Name, $"README snippet '{block.Name}' needs a #region snippet:{block.Name} in tests/");
            var (file, code) = regions[block.Name];
            var lines = Lines(block.Code);
            var usings = lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal) && l.EndsWith(';')).ToList();
            Lines(code).Should().Equal(lines.Skip(usings.Count), $"README snippet '{block.Name}' is the code of {file}");
            var source = File.ReadAllText(file);
            foreach (var line in usings)
            {
                // The using is in the file, or the file's namespace lies inside the used one (namespace GreenButton.Tests sees GreenButton).
                var used = line["using ".Length..^1];
                (source.Contains(line, StringComparison.Ordinal) || source.Contains($"namespace {used}.", StringComparison.Ordinal))
                    .Should().BeTrue($"{file} compiles the snippet '{block.Name}' with its '{line}'");
            }
        }
    }

    [Fact]
    public void Every_snippet_region_is_in_the_readme()
    {
        var names = Blocks().Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
        Regions().Keys.Should().BeSubsetOf(names, "a snippet region that the README no longer shows is dead code");
    }

    // The client section's calls need a custodian's credentials; make them snippets run against the sandbox to lower this.
    private const int MaxFragments = 14;

    [Fact]
    public void Fragments_are_marked_and_few()
    {
        var fragments = CSharpBlock().Matches(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"))).Count(m => m.Groups["fragment"].Success);
        fragments.Should().BeLessThanOrEqualTo(MaxFragments, "a new C# block of the README is a tested snippet, not a fragment");
    }

    private static List<(string Name, string Code)> Blocks()
        => [.. CSharpBlock().Matches(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")))
            .Where(m => !m.Groups["fragment"].Success)
            .Select(m => (m.Groups["name"].Value, m.Groups["code"].Value))];

    private static Dictionary<string, (string File, string Code)> Regions()
    {
        var regions = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match match in SnippetRegion().Matches(File.ReadAllText(file)))
            {
                regions.Add(match.Groups["name"].Value, (file, match.Groups["code"].Value));
            }
        }
        return regions;
    }

    private static string[] Lines(string text)
        => [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GreenButton.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("GreenButton.sln not found above " + AppContext.BaseDirectory);
    }
}
