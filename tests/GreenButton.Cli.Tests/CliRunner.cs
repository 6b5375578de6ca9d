using System.Text;
using GreenButton.Cli;

namespace GreenButton.Cli.Tests;

/// <summary>The outcome of one command: exit code, standard output and standard error.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error, byte[] OutBytes);

/// <summary>Runs the root command in-process, with captured output.</summary>
internal static class CliRunner
{
    public static async Task<CliResult> RunAsync(params string[] args) => await RunAsync(args, stdin: null);

    /// <summary>Runs with text output fitted to a terminal of <paramref name="width"/> columns.</summary>
    public static Task<CliResult> RunAtWidthAsync(int width, params string[] args) => RunAsync(args, stdin: null, width: width);

    public static async Task<CliResult> RunAsync(string[] args, byte[]? stdin, CancellationToken cancellationToken = default, int? width = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var binary = new MemoryStream();
        var environment = new CliEnvironment
        {
            Out = output,
            Error = error,
            StandardInput = () => new MemoryStream(stdin ?? []),
            StandardOutput = () => new NonClosingStream(binary),
            Width = width,
        };
        var code = await GreenButtonCli.RunAsync(args, environment, cancellationToken);
        var bytes = binary.ToArray();
        var text = bytes.Length > 0 ? Encoding.UTF8.GetString(bytes) : output.ToString();
        return new CliResult(code, text, error.ToString(), bytes);
    }

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
    }
}
