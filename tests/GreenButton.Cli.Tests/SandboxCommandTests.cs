using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using GreenButton.Cli.Connect;

namespace GreenButton.Cli.Tests;

/// <summary><c>greenbutton sandbox</c> run in-process until its cancellation token (Ctrl+C) stops it.</summary>
public sealed class SandboxCommandTests
{
    [Fact]
    public async Task Prints_the_endpoints_serves_fetch_and_stops_cleanly_on_cancel()
    {
        var directory = TestPaths.TempDirectory();
        var certs = Path.Combine(directory, "certs");
        await using var running = RunningSandbox.Start(["sandbox", "--out-certs", certs, "--issue-token", "--days", "40"]);
        var output = await running.WaitForOutputAsync(text => text.Contains("Serving until Ctrl+C.", StringComparison.Ordinal));
        var fields = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Length > 17).ToDictionary(line => line[..17].TrimEnd(), line => line[17..].Trim());
        fields["client id"].Should().Be("sandbox-third-party");
        fields.Should().NotContainKey("client secret");
        output.Should().NotContain("sandbox-secret");
        fields["ca"].Should().Be(Path.Combine(certs, "ca.crt"));
        using (var ca = X509CertificateLoader.LoadCertificateFromFile(fields["ca"]))
        using (var client = X509Certificate2.CreateFromPemFile(fields["client cert"], fields["client key"]))
        using (var pfx = X509CertificateLoader.LoadPkcs12FromFile(fields["client pfx"], null))
        {
            ca.Subject.Should().Contain("Sandbox CA");
            client.HasPrivateKey.Should().BeTrue();
            client.Issuer.Should().Be(ca.Subject);
            pfx.Thumbprint.Should().Be(client.Thumbprint);
        }

        var connection = new[]
        {
            "--token-endpoint", fields["token"], "--resource-server", fields["resources"], "--client-id", fields["client id"],
            "--cert", fields["client cert"], "--key", fields["client key"], "--trust", fields["ca"],
        };
        var status = await SandboxFixture.FetchAsync(new Dictionary<string, string> { [ConnectVariables.ClientSecret] = "sandbox-secret" }, ["service-status", .. connection]);
        status.ExitCode.Should().Be(ExitCodes.Ok, status.Error);
        status.Out.Should().StartWith("service status: available");
        var data = await SandboxFixture.FetchAsync(new Dictionary<string, string> { [ConnectVariables.AccessToken] = fields["access token"] },
            ["usage-point", "--subscription", fields["subscription"], "--usage-point", "1", "--from", "2023-01-01", "--to", "2023-01-11", "--pfx", fields["client pfx"],
            "--token-endpoint", fields["token"], "--resource-server", fields["resources"], "--trust", fields["ca"]]);
        data.ExitCode.Should().Be(ExitCodes.Ok, data.Error);
        data.Out.Should().Contain("10 interval blocks");

        var port = new Uri(fields["token"]).Port;
        var (exitCode, error) = await running.StopAsync();
        exitCode.Should().Be(ExitCodes.Ok, "Ctrl+C is how a sandbox ends");
        error.Should().Contain("sandbox stopped");
        using var socket = new TcpClient();
        var refused = async () => await socket.ConnectAsync("127.0.0.1", port);
        await refused.Should().ThrowAsync<SocketException>("the listener is closed once the command returns");
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Json_output_has_the_endpoints_and_the_secret_from_the_environment_only_with_show_secret()
    {
        const string Secret = "from-the-environment-42";
        await using var running = RunningSandbox.Start(["sandbox", "--format", "json", "--show-secret", "--client-id", "cli-test", "--meters", "2", "--days", "5"],
            new Dictionary<string, string> { [ConnectVariables.ClientSecret] = Secret });
        string? text = null;
        await running.WaitForOutputAsync(t => IsJson(text = t));
        using var json = JsonDocument.Parse(text!);
        var root = json.RootElement;
        root.GetProperty("clientId").GetString().Should().Be("cli-test");
        root.GetProperty("clientSecret").GetString().Should().Be(Secret);
        root.GetProperty("usagePoints").GetString().Should().Be("1 2");
        root.GetProperty("resources").GetString().Should().StartWith("https://127.0.0.1:").And.EndWith("/DataCustodian/espi/1_1/resource/");
        root.TryGetProperty("accessToken", out _).Should().BeFalse("tokens are printed only with --issue-token");
        root.TryGetProperty("ca", out _).Should().BeFalse("certificates stay in memory without --out-certs");
        var (exitCode, _) = await running.StopAsync();
        exitCode.Should().Be(ExitCodes.Ok);
    }

    [Theory]
    [InlineData("--port", "70000", "--port must be a port number")]
    [InlineData("--days", "0", "--days must be positive")]
    [InlineData("--notify", "not a uri", "--notify")]
    public async Task Bad_options_are_usage_errors(string option, string value, string message)
    {
        var result = await CliRunner.RunAsync("sandbox", option, value);
        result.ExitCode.Should().Be(ExitCodes.Usage);
        result.Error.Should().Contain(message);
    }

    [Fact]
    public async Task A_port_in_use_is_a_usage_error()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var result = await CliRunner.RunAsync("sandbox", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        result.ExitCode.Should().Be(ExitCodes.Usage, result.Error);
        result.Error.Should().Contain("cannot listen");
    }

    [PosixFact]
    public async Task As_a_process_sigterm_stops_it_cleanly_with_exit_code_0()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GreenButton.Cli.dll"));
        foreach (var arg in new[] { "sandbox", "--days", "5" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove(ConnectVariables.ClientSecret);
        using var process = Process.Start(start)!;
        try
        {
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync()) is not null && line != "Serving until Ctrl+C.")
            {
            }
            line.Should().NotBeNull("the sandbox prints its endpoints, then serves");
            Kill(process.Id, 15).Should().Be(0);
            await process.WaitForExitAsync();
            process.ExitCode.Should().Be(ExitCodes.Ok);
            (await process.StandardError.ReadToEndAsync()).Should().Contain("sandbox stopped");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The sandbox command running on a background task, its output readable while it runs.</summary>
    private sealed class RunningSandbox : IAsyncDisposable
    {
        private readonly StringWriter _out = new();
        private readonly StringWriter _error = new();
        private readonly TextWriter _syncOut;
        private readonly TextWriter _syncError;
        private readonly CancellationTokenSource _cancel = new();
        private Task<int> _run = null!;

        private RunningSandbox()
        {
            _syncOut = TextWriter.Synchronized(_out);
            _syncError = TextWriter.Synchronized(_error);
        }

        public static RunningSandbox Start(string[] args, IReadOnlyDictionary<string, string>? environment = null)
        {
            var running = new RunningSandbox();
            var cli = new CliEnvironment { Out = running._syncOut, Error = running._syncError };
            running._run = Task.Run(async () =>
            {
                ConnectVariables.Use(environment ?? new Dictionary<string, string>());
                return await GreenButtonCli.RunAsync(args, cli, running._cancel.Token);
            });
            return running;
        }

        /// <summary>Polls standard output until <paramref name="ready"/> holds; fails if the command ends first.</summary>
        public async Task<string> WaitForOutputAsync(Func<string, bool> ready)
        {
            while (true)
            {
                string text;
                lock (_syncOut)
                {
                    text = _out.ToString();
                }
                if (ready(text))
                {
                    return text;
                }
                if (_run.IsCompleted)
                {
                    throw new InvalidOperationException($"the sandbox ended with {await _run}: {Snapshot(_syncError, _error)}");
                }
                await Task.Delay(50);
            }
        }

        /// <summary>Cancels (Ctrl+C) and returns the exit code and standard error.</summary>
        public async Task<(int ExitCode, string Error)> StopAsync()
        {
            await _cancel.CancelAsync();
            var code = await _run;
            return (code, Snapshot(_syncError, _error));
        }

        public async ValueTask DisposeAsync()
        {
            if (!_run.IsCompleted)
            {
                await _cancel.CancelAsync();
                await _run;
            }
            _cancel.Dispose();
        }

        private static string Snapshot(TextWriter sync, StringWriter inner)
        {
            lock (sync)
            {
                return inner.ToString();
            }
        }
    }
}
