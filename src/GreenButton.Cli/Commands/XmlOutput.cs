namespace GreenButton.Cli.Commands;

/// <summary>
/// The XML output of <c>merge</c> and <c>anonymize</c>: a file appears only when complete (written beside OUT, then renamed);
/// <c>-</c> is standard output.
/// </summary>
internal static class XmlOutput
{
    public static async Task WriteAsync(string output, CliEnvironment environment, Action<Stream> write)
    {
        if (output == "-")
        {
            if (environment.StandardOutput is { } open)
            {
                var stdout = open();
                await using (stdout.ConfigureAwait(false))
                {
                    write(stdout);
                }
                return;
            }
            using var buffer = new MemoryStream();
            write(buffer);
            await environment.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).ConfigureAwait(false);
            return;
        }
        var full = Path.GetFullPath(output);
        var partial = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.partial");
        var complete = false;
        try
        {
            using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }
            File.Move(partial, full, overwrite: true);
            complete = true;
        }
        finally
        {
            if (!complete)
            {
                File.Delete(partial);
            }
        }
    }

    /// <summary>Diagnostics worth a user's eye (warnings and errors), one line each, on standard error.</summary>
    public static async Task ReportAsync(CliEnvironment environment, IEnumerable<GreenButtonDiagnostic> diagnostics, bool quiet)
    {
        if (quiet)
        {
            return;
        }
        foreach (var diagnostic in diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
        {
            await environment.Error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
        }
    }
}
