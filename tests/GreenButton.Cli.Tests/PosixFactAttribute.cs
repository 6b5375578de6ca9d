namespace GreenButton.Cli.Tests;

/// <summary>A fact about POSIX signals; skipped, with the reason, on Windows (where none can be sent), never passed silently.</summary>
public sealed class PosixFactAttribute : FactAttribute
{
    public PosixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "POSIX signals (SIGTERM) do not exist on Windows; Ctrl+C is covered in-process by the other sandbox tests.";
        }
    }
}
