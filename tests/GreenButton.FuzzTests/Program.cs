using System.Globalization;

namespace GreenButton.FuzzTests;

/// <summary>
/// The long-running fuzzer: <c>dotnet run -c Release --project tests/GreenButton.FuzzTests -- --seconds 600 --seed 100000</c>
/// (findings to <c>--findings DIR</c>, default <c>fuzz-findings</c>), or one input under AFL++ with <c>--afl</c>
/// (see the README). <c>dotnet test</c> runs the fixed seed set instead.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var seconds = 60;
        int? seed = null;
        var findings = "fuzz-findings";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seconds" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s) && s > 0:
                    seconds = s;
                    i++;
                    break;
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n):
                    seed = n;
                    i++;
                    break;
                case "--findings" when i + 1 < args.Length:
                    findings = args[++i];
                    break;
                case "--time" when i + 2 < args.Length:
                    // Per seed: the time the oracle takes, for tuning the fixed set.
                    for (var n = int.Parse(args[i + 1], CultureInfo.InvariantCulture); n <= int.Parse(args[i + 2], CultureInfo.InvariantCulture); n++)
                    {
                        var (input, what) = Mutator.Make(n, Seeds.All);
                        var watch = System.Diagnostics.Stopwatch.StartNew();
                        var failure = Harness.Check(input, checkTime: false);
                        Console.WriteLine($"{n}\t{watch.ElapsedMilliseconds} ms\t{input.Length}\t{what}{(failure is null ? "" : "\tFINDING")}");
                    }
                    return 0;
                case "--dump" when i + 2 < args.Length:
                    File.WriteAllBytes(args[i + 2], Mutator.Make(int.Parse(args[i + 1], CultureInfo.InvariantCulture), Seeds.All).Input);
                    return 0;
                case "--load" when i + 1 < args.Length:
                    var bytes = File.ReadAllBytes(args[i + 1]);
                    for (var k = 0; k < 3; k++)
                    {
                        var w = System.Diagnostics.Stopwatch.StartNew();
                        var d = GreenButtonDocument.Load(new MemoryStream(bytes), new GreenButtonReaderOptions { Lenient = true });
                        var loaded = w.ElapsedMilliseconds;
                        var readings = GreenButtonReader.ReadIntervalReadings(new MemoryStream(bytes), new GreenButtonReaderOptions { Lenient = true }).Count();
                        var streamed = w.ElapsedMilliseconds;
                        var asyncDoc = GreenButtonDocument.LoadAsync(new MemoryStream(bytes), new GreenButtonReaderOptions { Lenient = true }).GetAwaiter().GetResult();
                        var r0 = w.ElapsedMilliseconds;
                        using (var raw = System.Xml.XmlReader.Create(new MemoryStream(bytes)))
                        {
                            while (raw.Read())
                            {
                            }
                        }
                        Console.WriteLine($"raw {w.ElapsedMilliseconds - r0} ms, load {loaded} ms, readings {streamed - loaded} ms ({readings}), async {w.ElapsedMilliseconds - streamed} ms, {d.IntervalBlocks.Sum(b => b.Readings.Count)} readings, {d.Diagnostics.Count} diagnostics");
                    }
                    return 0;
                case "--afl":
                    // Coverage-guided: afl-fuzz feeds one input per run through the same oracle; a broken contract aborts.
                    SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
                    {
                        using var copy = new MemoryStream();
                        stream.CopyTo(copy);
                        if (Harness.Check(copy.ToArray(), checkTime: false) is { } failure)
                        {
                            throw new InvalidOperationException(failure);
                        }
                    });
                    return 0;
                default:
                    Console.Error.WriteLine("usage: GreenButton.FuzzTests [--seconds N] [--seed N] [--findings DIR] | --afl");
                    return 2;
            }
        }
        var first = seed ?? Random.Shared.Next(1_000_000, int.MaxValue / 2);
        Console.WriteLine($"fuzzing for {seconds} s from seed {first}; {Seeds.All.Count} seed documents; findings to {Path.GetFullPath(findings)}");
        var run = new FuzzRun(findings, checkTime: true);
        run.RunFor(TimeSpan.FromSeconds(seconds), first, Console.Out);
        return run.Findings.Count == 0 ? 0 : 1;
    }
}
