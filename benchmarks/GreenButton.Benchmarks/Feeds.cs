using GreenButton.Synthetic;

namespace GreenButton.Benchmarks;

/// <summary>The generated feeds the benchmarks read: made once per machine in a temp folder, reused across runs.</summary>
public static class Feeds
{
    /// <summary>One meter-year of 15-minute readings (6.7 MB).</summary>
    public const string OneMeterYear = "1 meter-year";

    /// <summary>Twenty meter-years (133 MB).</summary>
    public const string TwentyMeters = "20 meters";

    /// <summary>Two hundred meter-years (~1 GB): the whole-process memory check.</summary>
    public const string TwoHundredMeters = "200 meters";

    /// <summary>One meter-year, namespaces prefixed as PG&amp;E writes them (ns0:/espi:).</summary>
    public const string Prefixed = "1 meter-year ns0/espi";

    /// <summary>One meter-year with a cost and a ReadingQuality on every reading.</summary>
    public const string CostAndQuality = "1 meter-year cost+quality";

    private static readonly string s_folder = Path.Combine(Path.GetTempPath(), "greenbutton-bench-v2");

    public static SyntheticFeedOptions Options(string name) => name switch
    {
        OneMeterYear => SyntheticFeedOptions.Electricity(1, 365),
        TwentyMeters => SyntheticFeedOptions.Electricity(20, 365),
        TwoHundredMeters => SyntheticFeedOptions.Electricity(200, 365),
        Prefixed => SyntheticFeedOptions.Electricity(1, 365) with { Style = SyntheticFeedStyle.Prefixed },
        CostAndQuality => SyntheticFeedOptions.Electricity(1, 365, withCost: true, withQuality: true),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown feed"),
    };

    /// <summary>The feed's file and ground truth, generating it if it is not there yet.</summary>
    public static (string Path, SyntheticFeedTruth Truth) Get(string name)
    {
        Directory.CreateDirectory(s_folder);
        var path = Path.Combine(s_folder, name.Replace(' ', '-').Replace('/', '-').Replace('+', '-') + ".xml");
        var truthPath = path + ".truth";
        if (File.Exists(path) && File.Exists(truthPath))
        {
            var parts = File.ReadAllText(truthPath).Split(' ');
            return (path, new SyntheticFeedTruth { IntervalReadings = long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), Bytes = new FileInfo(path).Length });
        }
        var truth = SyntheticFeed.WriteFile(path + ".tmp", Options(name));
        File.Move(path + ".tmp", path, overwrite: true);
        File.WriteAllText(truthPath, truth.IntervalReadings.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + truth.SumValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return (path, truth);
    }
}
