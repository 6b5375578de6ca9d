namespace GreenButton;

/// <summary>How <see cref="GreenButtonAnonymizer"/> anonymises.</summary>
public readonly record struct GreenButtonAnonymizerOptions
{
    /// <summary>
    /// The key of the keyed hashes (HMAC-SHA256) that replace ids in hrefs and entry ids: two files anonymised with one
    /// key still link to each other. Null: a random key, so no two runs link.
    /// </summary>
    public string? Key { get; init; }

    /// <summary>Whole days added to every instant (reading starts, block intervals, summaries, Atom dates); 0 keeps them.</summary>
    public int ShiftDays { get; init; }

    /// <summary>Multiply each reading's value and cost by a keyed factor within ±5 % (the default keeps usage values as read).</summary>
    public bool Jitter { get; init; }

    /// <summary>How the input is read.</summary>
    public GreenButtonReaderOptions ReaderOptions { get; init; }

    /// <summary>How the output is written.</summary>
    public GreenButtonWriterOptions WriterOptions { get; init; }
}
