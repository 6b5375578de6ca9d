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
}
