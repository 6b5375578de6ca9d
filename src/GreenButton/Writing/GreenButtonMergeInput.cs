namespace GreenButton;

/// <summary>
/// One input of <see cref="GreenButtonMerger"/>: its name in conflicts and diagnostics, and how to open it. The merger
/// reads each input up to three times, so <see cref="Open"/> must give a fresh stream of the same XML each time (the
/// merger disposes it).
/// </summary>
/// <param name="Name">The input's name (a path, <c>archive.zip!entry.xml</c>, ...).</param>
/// <param name="Open">Opens a new stream over the input's ESPI XML.</param>
public readonly record struct GreenButtonMergeInput(string Name, Func<Stream> Open)
{
    /// <summary>A file: its path names it, and it is opened for sequential reading each time.</summary>
    public static GreenButtonMergeInput FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new GreenButtonMergeInput(path, () => GreenButtonReader.OpenFile(path));
    }
}
