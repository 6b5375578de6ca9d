namespace GreenButton;

/// <summary>
/// What a writer changes while writing (the anonymizer): hrefs and ids mapped, instants moved, values jittered. When a
/// writer has a filter, it also leaves out titles and every field that may hold personal data.
/// </summary>
internal abstract class WriteFilter
{
    /// <summary>Seconds added to every instant (never to offsets or durations).</summary>
    public abstract long ShiftSeconds { get; }

    /// <summary>Whether <see cref="Jitter"/> changes values.</summary>
    public abstract bool Jitters { get; }

    public abstract string Href(string href);

    public abstract string EntryId(string id);

    public abstract string? FeedId(string? id);

    public abstract (long Value, long? Cost) Jitter(long startSeconds, long value, long? cost);
}
