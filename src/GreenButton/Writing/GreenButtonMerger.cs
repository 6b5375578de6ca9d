namespace GreenButton;

/// <summary>
/// Merges several downloads of one customer's data (overlapping date ranges, other meters, a usage feed and a customer
/// feed) into one feed, streaming: memory holds the descriptive entries (UsagePoints, MeterReadings, ReadingTypes,
/// customer resources, summaries, ...), and per meter reading and input the runs of time its blocks cover; never a
/// block's readings beyond the one entry being written, whatever the inputs' size.
/// </summary>
/// <remarks>
/// <para>Resources. An entry that is not an IntervalBlock is kept once per identity: its self href (per content when it
/// has none). Other hrefs name the same resource when another input holds it (a <see cref="MergedResource"/> in
/// <see cref="GreenButtonMergeResult.Deduplicated"/>): a ReadingType or LocalTimeParameters with the same content (in any
/// input); a customer resource with the same content; a UsagePoint with the same content and the same trailing
/// <c>UsagePoint/{id}</c> (two meters may read alike: the id tells them apart); and whatever lies under a resource so
/// merged, at the same place under the one kept (<c>.../UsagePoint/5/MeterReading/1</c> of a dropped UsagePoint is
/// <c>MeterReading/1</c> of the kept one). Every link (but <c>self</c>) that names a merged resource, or lies under it, is
/// pointed at the kept one. When two inputs hold different content for one identity,
/// <see cref="GreenButtonMergeOptions.Prefer"/> decides and a <see cref="DiagnosticCodes.MergeConflict"/> diagnostic says so.</para>
/// <para>Readings are deduplicated per meter reading by start: the same reading in two inputs is kept once; different
/// values (or costs) are a <see cref="MergeConflict"/>, with both, and the preferred input's reading is kept. Blocks that
/// overlap no other input's blocks of their meter reading are copied as read; an overlapping block keeps the readings
/// it won (its interval then spans them) and is written after the others.</para>
/// <para>How it streams: pass 1 reads each input once, keeps its descriptive entries, and adds each block's time range
/// to its meter reading's coverage (a block's links and range wait in a temporary file until the input's MeterReadings
/// are known). Pass 2 writes the descriptive entries and every block that overlaps nothing, and spools the readings of
/// the others, by (meter reading, start), to partition files sized so that one fits in a few megabytes. Each partition
/// is resolved alone; pass 3 reads the inputs again and writes the overlapping blocks with the readings they won.
/// Temporary files go to <see cref="GreenButtonMergeOptions.TemporaryFolder"/> and are deleted at the end.</para>
/// <para>One input gives a normalised rewrite of it. Entries without a resource the reader knows are left out and reported.</para>
/// </remarks>
public static partial class GreenButtonMerger
{
    /// <summary>Merges <paramref name="inputs"/> (file paths, in order) into one feed on <paramref name="output"/> (left open).</summary>
    /// <exception cref="GreenButtonException">An input cannot be read, or the output cannot be written.</exception>
    public static GreenButtonMergeResult Merge(IReadOnlyList<string> inputs, Stream output, GreenButtonMergeOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Merge(inputs.Select(GreenButtonMergeInput.FromFile).ToList(), output, options);
    }

    /// <summary>
    /// Merges <paramref name="inputs"/> (in order; each opened up to three times) into one feed on <paramref name="output"/> (left open).
    /// </summary>
    /// <exception cref="GreenButtonException">An input cannot be read, or the output cannot be written.</exception>
    public static GreenButtonMergeResult Merge(IReadOnlyList<GreenButtonMergeInput> inputs, Stream output, GreenButtonMergeOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(output);
        if (inputs.Count == 0)
        {
            throw new ArgumentException("Merging needs at least one input.", nameof(inputs));
        }
        foreach (var input in inputs)
        {
            if (input.Name is null || input.Open is null)
            {
                throw new ArgumentException("Every input needs a name and a way to open it.", nameof(inputs));
            }
        }
        using var run = new Run(inputs, options);
        run.Index();
        return run.Write(output);
    }

    /// <summary>A descriptive entry kept, with its identity and content.</summary>
    private sealed class Kept(AtomEntry entry, string content, int input)
    {
        public AtomEntry Entry { get; set; } = entry;
        public string Content { get; set; } = content;
        public int Input { get; set; } = input;
    }
}
