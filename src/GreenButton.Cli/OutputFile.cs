namespace GreenButton.Cli;

/// <summary>
/// A file output that appears only when complete: written to a hidden temporary file beside it, then renamed. Every
/// failure names the user's path, never the temporary one.
/// </summary>
internal static class OutputFile
{
    /// <summary>The hidden temporary file beside <paramref name="output"/>: <c>.name.guid.partial</c>.</summary>
    public static string PartialOf(string output)
        => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, $".{Path.GetFileName(output)}.{Guid.NewGuid():N}.partial");

    /// <summary>Creates the temporary file of <paramref name="output"/>.</summary>
    /// <exception cref="IOException">It cannot be created; the message names <paramref name="output"/>.</exception>
    public static FileStream Create(string output, string partial, FileOptions options = FileOptions.None)
    {
        try
        {
            return new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Failure(output, partial, ex);
        }
    }

    /// <summary>Renames the complete temporary file to <paramref name="output"/>, replacing it.</summary>
    /// <exception cref="IOException">It cannot be renamed; the message names <paramref name="output"/>.</exception>
    public static void Commit(string partial, string output)
    {
        try
        {
            File.Move(partial, output, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Failure(output, partial, ex);
        }
    }

    private static IOException Failure(string output, string partial, Exception ex)
    {
        var reason = ex switch
        {
            _ when Directory.Exists(output) => "it is a directory",
            DirectoryNotFoundException => $"the directory {Path.GetDirectoryName(Path.GetFullPath(output))} does not exist",
            UnauthorizedAccessException => "permission denied",
            _ => ex.Message.Replace(partial, output, StringComparison.Ordinal).Replace(Path.GetFileName(partial), Path.GetFileName(output), StringComparison.Ordinal),
        };
        return new IOException($"cannot write {output}: {reason}.", ex);
    }
}
