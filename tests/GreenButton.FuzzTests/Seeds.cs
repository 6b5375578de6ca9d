using GreenButton.Synthetic;

namespace GreenButton.FuzzTests;

/// <summary>The documents the fuzzer mutates: the project's own fixtures and small generated feeds (never the shared corpus).</summary>
internal static class Seeds
{
    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Bytes)>> s_all = new(Load);

    /// <summary>Every seed, for the long runs.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> All => s_all.Value;

    /// <summary>The seeds under 1 MB (the CLI's 3.4 MB sample left out), for CI's fixed set: a few thousand in under 2 minutes.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Small => s_small.Value;

    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Bytes)>> s_small = new(() => [.. All.Where(s => s.Bytes.Length < 1_000_000)]);

    private static List<(string Name, byte[] Bytes)> Load()
    {
        var seeds = new List<(string, byte[])>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.xml").Order(StringComparer.Ordinal))
        {
            seeds.Add((Path.GetFileName(path), File.ReadAllBytes(path)));
        }
        seeds.Add(("generated 2 days", SyntheticFeed.ToBytes(SyntheticFeedOptions.Electricity(days: 2), out _)));
        seeds.Add(("generated 2 meters cost+quality", SyntheticFeed.ToBytes(SyntheticFeedOptions.Electricity(meters: 2, days: 1, withCost: true, withQuality: true), out _)));
        seeds.Add(("generated prefixed", SyntheticFeed.ToBytes(SyntheticFeedOptions.Electricity(days: 1) with { Style = SyntheticFeedStyle.Prefixed }, out _)));
        seeds.Add(("generated one line", SyntheticFeed.ToBytes(SyntheticFeedOptions.Electricity(days: 1) with { LineBreaks = false }, out _)));
        return seeds;
    }
}
