using System.Diagnostics;
using System.Globalization;

namespace GreenButton.FuzzTests;

/// <summary>Runs seeds through the oracle; writes each finding (the input and what broke) to a folder, named by its seed.</summary>
internal sealed class FuzzRun(string? findingsFolder, bool checkTime, bool smallSeeds = false)
{
    public int Tried { get; private set; }

    public List<(int Seed, string Description, string Failure)> Findings { get; } = [];

    public void Run(int seed)
    {
        var (input, description) = Mutator.Make(seed, smallSeeds ? Seeds.Small : Seeds.All);
        Tried++;
        if (Harness.Check(input, checkTime) is not { } failure)
        {
            return;
        }
        Findings.Add((seed, description, failure));
        if (findingsFolder is not null)
        {
            Directory.CreateDirectory(findingsFolder);
            var name = Path.Combine(findingsFolder, "seed-" + seed.ToString(CultureInfo.InvariantCulture));
            File.WriteAllBytes(name + ".xml", input);
            File.WriteAllText(name + ".txt", $"seed {seed}\n{description}\n\n{failure}\n");
        }
    }

    /// <summary>The long run: new seeds from <paramref name="firstSeed"/> on, until <paramref name="duration"/> has passed.</summary>
    public void RunFor(TimeSpan duration, int firstSeed, TextWriter log)
    {
        var watch = Stopwatch.StartNew();
        var seed = firstSeed;
        var report = TimeSpan.FromSeconds(10);
        while (watch.Elapsed < duration)
        {
            var before = Findings.Count;
            Run(seed);
            if (Findings.Count > before)
            {
                var (_, description, failure) = Findings[^1];
                log.WriteLine($"FINDING seed {seed}: {description}\n  {failure.Split('\n')[0]}");
            }
            if (watch.Elapsed > report)
            {
                log.WriteLine($"{watch.Elapsed.TotalSeconds:F0} s: {Tried} inputs (seeds {firstSeed}..{seed}), {Findings.Count} finding(s)");
                report += TimeSpan.FromSeconds(10);
            }
            seed = seed == int.MaxValue ? 0 : seed + 1;
        }
        log.WriteLine($"done: {Tried} inputs (seeds {firstSeed}..{seed - 1}) in {watch.Elapsed.TotalSeconds:F0} s, {Findings.Count} finding(s){(Findings.Count > 0 && findingsFolder is not null ? " in " + findingsFolder : "")}");
    }
}
