namespace GreenButton;

/// <summary>
/// Merges several downloads of one customer's data (overlapping date ranges, other meters) into one feed, streaming:
/// the inputs are read twice, and memory holds the descriptive entries, a few numbers per IntervalBlock, and only the
/// blocks whose time range overlaps another input's for the same meter reading, never a whole input.
/// </summary>
/// <remarks>
/// <para>Rules. An entry that is not an IntervalBlock (UsagePoint, MeterReading, ReadingType, LocalTimeParameters,
/// summaries, ...) is kept once per self href (per content when it has none); when two inputs hold different content
/// under one href, <see cref="GreenButtonMergeOptions.Prefer"/> decides and a <see cref="DiagnosticCodes.MergeConflict"/>
/// diagnostic says so. Readings are deduplicated per meter reading by start: the same reading in two inputs is kept
/// once; different values (or costs) are a <see cref="MergeConflict"/>, with both, and the preferred input's reading is
/// kept. Blocks that overlap nothing are copied as read; an overlapping block keeps the readings it won (its interval then
/// spans them). Links and ids are kept as read: resources of different custodian URLs stay apart.</para>
/// <para>One input gives a normalised rewrite of it. Entries without an ESPI resource (customer-namespace data, not
/// modelled yet) are left out and reported.</para>
/// </remarks>
public static partial class GreenButtonMerger
{
    /// <summary>Merges <paramref name="inputs"/> (file paths, in order) into one feed on <paramref name="output"/> (left open).</summary>
    /// <exception cref="GreenButtonException">An input cannot be read, or the output cannot be written.</exception>
    public static GreenButtonMergeResult Merge(IReadOnlyList<string> inputs, Stream output, GreenButtonMergeOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(output);
        if (inputs.Count == 0)
        {
            throw new ArgumentException("Merging needs at least one input.", nameof(inputs));
        }
        var run = new Run(inputs, options);
        run.Index();
        return run.Write(output);
    }

    /// <summary>The index of one IntervalBlock entry: where it is, which meter reading it belongs to, what time it spans.</summary>
    private sealed class BlockInfo(int input, int ordinal, long start, long end)
    {
        public int Input { get; } = input;
        public int Ordinal { get; } = ordinal;
        public long Start { get; } = start;
        public long End { get; } = end;
        public string Key { get; set; } = "";
        public bool Contested { get; set; }
    }

    /// <summary>A descriptive entry kept, with its identity and content.</summary>
    private sealed class Kept(AtomEntry entry, string content, int input)
    {
        public AtomEntry Entry { get; set; } = entry;
        public string Content { get; set; } = content;
        public int Input { get; set; } = input;
    }
}
