namespace GreenButton;

/// <summary>How <see cref="GreenButtonMerger"/> reads, decides and writes.</summary>
public readonly record struct GreenButtonMergeOptions
{
    /// <summary>Which input wins a conflict; <see cref="MergePreference.First"/> by default.</summary>
    public MergePreference Prefer { get; init; }

    /// <summary>How the inputs are read (lenient, redacted, ...).</summary>
    public GreenButtonReaderOptions ReaderOptions { get; init; }

    /// <summary>How the merged feed is written.</summary>
    public GreenButtonWriterOptions WriterOptions { get; init; }

    /// <summary>
    /// Where the merger's temporary files go (the readings of overlapping blocks, about 41 bytes each, and each block's
    /// links while an input is indexed); null for the system's temporary folder. They are deleted when the merge ends.
    /// </summary>
    public string? TemporaryFolder { get; init; }

    /// <summary>Readings per spool partition aimed at (0: <see cref="MergeSpool.PartitionReadings"/>); tests make it small to exercise many partitions.</summary>
    internal int PartitionReadings { get; init; }
}
