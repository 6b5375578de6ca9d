namespace GreenButton;

/// <summary>What <see cref="GreenButtonMerger"/>.Merge did.</summary>
public sealed class GreenButtonMergeResult
{
    internal GreenButtonMergeResult(IReadOnlyList<MergeConflict> conflicts, IReadOnlyList<GreenButtonDiagnostic> diagnostics, int entries, long readings,
        int duplicateEntries, long duplicateReadings, IReadOnlyList<MergedResource> deduplicated)
    {
        Conflicts = conflicts;
        Diagnostics = diagnostics;
        EntriesWritten = entries;
        ReadingsWritten = readings;
        DuplicateEntries = duplicateEntries;
        DuplicateReadings = duplicateReadings;
        Deduplicated = deduplicated;
    }

    /// <summary>
    /// The resources left out because another input holds the same one under another href (same content, or the same
    /// place under a resource so merged), each with the one kept; the ones left out for the same href are only counted,
    /// in <see cref="DuplicateEntries"/>.
    /// </summary>
    public IReadOnlyList<MergedResource> Deduplicated { get; }

    /// <summary>Readings two inputs disagree about, with both values.</summary>
    public IReadOnlyList<MergeConflict> Conflicts { get; }

    /// <summary>The readers' and the writer's diagnostics, each with its input's name.</summary>
    public IReadOnlyList<GreenButtonDiagnostic> Diagnostics { get; }

    /// <summary>Entries in the merged feed.</summary>
    public int EntriesWritten { get; }

    /// <summary>Readings in the merged feed.</summary>
    public long ReadingsWritten { get; }

    /// <summary>Entries left out because an earlier (or preferred) input held the same resource (<see cref="Deduplicated"/> included), or a block all of whose readings another input held.</summary>
    public int DuplicateEntries { get; }

    /// <summary>Readings left out because another input held the same one (same start, same value and cost) or won a conflict.</summary>
    public long DuplicateReadings { get; }
}
