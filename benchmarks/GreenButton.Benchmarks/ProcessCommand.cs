using System.Diagnostics;
using System.Globalization;

namespace GreenButton.Benchmarks;

/// <summary>
/// Whole processes, as users run them: the <c>greenbutton</c> CLI's summary and exports against a whole-process raw
/// <c>XmlReader.Read()</c> loop over the same file (the baseline, <c>rawscan</c>), each a child process, alternating,
/// timed by <c>/usr/bin/time</c> (wall, user + system CPU, peak resident set).
/// </summary>
public static class ProcessCommand
{
    /// <summary>One timed child process.</summary>
    private readonly record struct Timing(double Wall, double Cpu, double PeakMb);

    /// <summary>A command measured against the baseline, with its target ratio (and peak working set, when it has one).</summary>
    private sealed record Workload(string Name, string[] Arguments, double Target, double? PeakTargetMb, IReadOnlyDictionary<string, string>? Environment = null);

    /// <summary>The baseline's body: every node of the file read with the parser's own reader settings.</summary>
    public static int RawScan(string path)
    {
        Console.WriteLine(Workloads.RawScan(path).ToString(CultureInfo.InvariantCulture));
        return 0;
    }

    /// <summary>
    /// Runs every workload <paramref name="rounds"/> times, alternating with the baseline; prints the medians and the
    /// per-round ratios' median against each target; fails (exit 1) when a ratio exceeds <paramref name="floorFactor"/>
    /// times its target (or a peak its limit times the factor). With <paramref name="settings"/>, measures instead what
    /// each runtime setting of the CLI's runtimeconfig gains, by turning it back to the runtime's default. With
    /// <paramref name="jit"/>, every command is also run from the plain build (JIT only), to show what ReadyToRun gains.
    /// </summary>
    /// <remarks>With <paramref name="before"/> (another build's <c>GreenButton.Cli.dll</c>, e.g. a copy of the publish made before a change), its commands run too, untargeted, in the same rounds: before and after against one baseline.</remarks>
    public static int Run(int rounds, double floorFactor, string feed, bool settings, bool jit = false, string? before = null)
    {
        var (path, truth) = Feeds.Get(feed);
        var (cli, readyToRun, jitOnly) = Cli();
        if (cli is null)
        {
            Console.Error.WriteLine($"The CLI is missing: publish it first ({PublishCommand}).");
            return 2;
        }
        Console.WriteLine(!readyToRun
            ? $"CLI: {cli} (a plain build, JIT-compiled at start-up: not what the README installs; publish it with {PublishCommand})"
            : $"CLI: {cli} (published ReadyToRun, as the README installs it)");
        var output = Path.Combine(Path.GetTempPath(), $"greenbutton-process-{System.Environment.ProcessId}");
        Directory.CreateDirectory(output);
        try
        {
            var baseline = new Workload("raw XmlReader scan (baseline)", [Assembly(), "rawscan", path], 1, null,
                new Dictionary<string, string> { ["DOTNET_TieredPGO"] = "0" });
            var workloads = settings ? SettingWorkloads(cli, jitOnly, path) : TargetWorkloads(cli, path, output, feed == Feeds.TwoHundredMeters);
            if (jit && !settings && jitOnly is not null)
            {
                // The same commands from the plain build, untargeted: what ReadyToRun gains, measured in the same rounds.
                workloads = [.. workloads, .. workloads.Select(w => w with
                {
                    Name = w.Name.Replace("greenbutton", "plain build:", StringComparison.Ordinal), Arguments = [jitOnly, .. w.Arguments[1..]], Target = 0, PeakTargetMb = null,
                })];
            }
            if (before is not null && !settings)
            {
                Console.WriteLine($"before: {before}");
                workloads = [.. workloads, .. workloads.Where(w => w.Target > 0 || w.PeakTargetMb is not null).Select(w => w with
                {
                    Name = w.Name.Replace("greenbutton", "before:", StringComparison.Ordinal), Arguments = [before, .. w.Arguments[1..]], Target = 0, PeakTargetMb = null,
                })];
            }
            Console.WriteLine($"feed: {feed}, {truth.Bytes / 1e6:F1} MB; {rounds} alternating rounds; load average {LoadAverage()}");
            var runs = workloads.Select(_ => new List<Timing>()).ToArray();
            var baselineRuns = new List<Timing>();
            var ratios = workloads.Select(_ => new List<double>()).ToArray();
            for (var round = 0; round < rounds; round++)
            {
                var b = Time(baseline);
                baselineRuns.Add(b);
                for (var w = 0; w < workloads.Length; w++)
                {
                    var r = Time(workloads[w]);
                    runs[w].Add(r);
                    ratios[w].Add(r.Cpu / b.Cpu);
                }
            }
            var failed = false;
            Console.WriteLine($"  {"command",-44} {"wall s",7} {"CPU s",7} {"peak MB",8}  {"CPU ratio",9} {"target",7} {"floor",7}");
            Console.WriteLine($"  {baseline.Name,-44} {Median(baselineRuns.Select(r => r.Wall)),7:F2} {Median(baselineRuns.Select(r => r.Cpu)),7:F2} {baselineRuns.Max(r => r.PeakMb),8:F0}  {1.0,9:F2}");
            for (var w = 0; w < workloads.Length; w++)
            {
                var workload = workloads[w];
                var ratio = Median(ratios[w]);
                var peak = runs[w].Max(r => r.PeakMb);
                var floor = workload.Target * floorFactor;
                var over = (workload.Target > 0 && ratio > floor) || (workload.PeakTargetMb is { } limit && peak > limit * floorFactor);
                failed |= over && !settings;
                var target = workload.Target > 0 ? $"{workload.Target:F2}" : "";
                var peakTarget = workload.PeakTargetMb is { } p ? $" (peak target {p:F0} MB)" : "";
                Console.WriteLine($"  {workload.Name,-44} {Median(runs[w].Select(r => r.Wall)),7:F2} {Median(runs[w].Select(r => r.Cpu)),7:F2} {peak,8:F0}  {ratio,9:F2} {target,7} {(settings || workload.Target == 0 ? "" : $"{floor:F2}"),7}{peakTarget}{(over && !settings ? "  OVER THE FLOOR" : "")}");
            }
            Console.WriteLine($"load average after: {LoadAverage()}");
            return failed ? 1 : 0;
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static Workload[] TargetWorkloads(string cli, string path, string output, bool memoryOnly) => memoryOnly
        ?
        [
            new("greenbutton summary --format json (1 GB)", [cli, "summary", path, "--format", "json"], 0, 200),
            new("greenbutton export --to parquet (1 GB)", [cli, "export", path, "--to", "parquet", "-o", Path.Combine(output, "out.parquet"), "-q"], 0, 200),
        ]
        :
    [
        new("greenbutton summary --format json", [cli, "summary", path, "--format", "json"], 1.3, null),
        new("greenbutton export --to csv -o out.csv", [cli, "export", path, "--to", "csv", "-o", Path.Combine(output, "out.csv"), "-q"], 2.5, null),
        new("greenbutton export --to jsonl -o out.jsonl", [cli, "export", path, "--to", "jsonl", "-o", Path.Combine(output, "out.jsonl"), "-q"], 3.0, null),
        new("greenbutton export --to parquet -o out.parquet", [cli, "export", path, "--to", "parquet", "-o", Path.Combine(output, "out.parquet"), "-q"], 3.0, 150),
        // Issue 12's 0.30 of the raw scan's throughput, as a whole process; the generated feed is valid (exit 0).
        new("greenbutton validate --format json", [cli, "validate", path, "--format", "json"], 1 / 0.30, null),
    ];

    /// <summary>The command that publishes the CLI as the README installs it.</summary>
    private const string PublishCommand = "dotnet publish -c Release -r linux-x64 src/GreenButton.Cli";

    /// <summary>
    /// The CLI to measure: the ReadyToRun publish (<c>bin/Release/net10.0/RID/publish</c>) when there is one, with the
    /// plain build beside it (JIT only, for <c>settings</c>); else the plain build alone.
    /// </summary>
    private static (string? Cli, bool ReadyToRun, string? JitOnly) Cli()
    {
        var bin = Path.Combine(RepositoryRoot(), "src", "GreenButton.Cli", "bin", "Release", "net10.0");
        var plain = Path.Combine(bin, "GreenButton.Cli.dll");
        var published = Directory.Exists(bin)
            ? Directory.GetDirectories(bin).Select(rid => Path.Combine(rid, "publish", "GreenButton.Cli.dll")).Where(File.Exists).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
        return published is not null ? (published, true, File.Exists(plain) ? plain : null) : (File.Exists(plain) ? plain : null, false, null);
    }

    /// <summary>The summary with the CLI's settings, then with each one turned back to the runtime's default (and without ReadyToRun, when the plain build is there).</summary>
    private static Workload[] SettingWorkloads(string cli, string? jitOnly, string path)
    {
        string[] summary = [cli, "summary", path, "--format", "json"];
        return
        [
            new("summary, the CLI's runtimeconfig", summary, 0, null),
            .. jitOnly is null ? [] : (Workload[])[new("summary, the plain build (no ReadyToRun)", [jitOnly, .. summary[1..]], 0, null)],
            new("summary, DOTNET_TieredPGO=1", summary, 0, null, new Dictionary<string, string> { ["DOTNET_TieredPGO"] = "1" }),
            new("summary, DOTNET_TC_QuickJitForLoops=1", summary, 0, null, new Dictionary<string, string> { ["DOTNET_TC_QuickJitForLoops"] = "1" }),
            new("summary, DOTNET_TieredCompilation=0", summary, 0, null, new Dictionary<string, string> { ["DOTNET_TieredCompilation"] = "0" }),
            new("summary, DOTNET_ReadyToRun=0 (no R2R framework)", summary, 0, null, new Dictionary<string, string> { ["DOTNET_ReadyToRun"] = "0" }),
            new("summary, DOTNET_gcConcurrent=0", summary, 0, null, new Dictionary<string, string> { ["DOTNET_gcConcurrent"] = "0" }),
        ];
    }

    private static Timing Time(Workload workload)
    {
        var report = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in (string[])["-f", "%e %U %S %M", "-o", report, "dotnet", .. workload.Arguments])
            {
                start.ArgumentList.Add(argument);
            }
            foreach (var (name, value) in workload.Environment ?? new Dictionary<string, string>())
            {
                start.Environment[name] = value;
            }
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{workload.Name} failed ({process.ExitCode}): {stderr.Result}");
            }
            var parts = File.ReadAllLines(report).Last(l => l.Length > 0).Split(' ');
            double Part(int i) => double.Parse(parts[i], CultureInfo.InvariantCulture);
            return new Timing(Part(0), Part(1) + Part(2), Part(3) / 1024.0 * 1.048576);
        }
        finally
        {
            File.Delete(report);
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Assembly() => typeof(ProcessCommand).Assembly.Location;

    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

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
