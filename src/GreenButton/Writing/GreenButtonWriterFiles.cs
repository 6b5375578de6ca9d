namespace GreenButton;

/// <summary>Output files: created with a large buffer; failures reported as <see cref="GreenButtonException"/>s naming the path.</summary>
internal static class GreenButtonWriterFiles
{
    public static FileStream Create(string path, bool async = false)
    {
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, async ? FileOptions.Asynchronous : FileOptions.None);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw Failed(path, ex);
        }
    }

    public static GreenButtonException Failed(string path, Exception ex) => new($"{path}: cannot write: {ex.Message}", ex);
}
