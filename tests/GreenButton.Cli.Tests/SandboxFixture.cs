using GreenButton.Cli.Connect;
using GreenButton.Sandbox;
using GreenButton.Synthetic;

namespace GreenButton.Cli.Tests;

/// <summary>One sandbox custodian (real TLS on 127.0.0.1) shared by a test class, with its certificates written as PEM files.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    /// <summary>Two electricity usage points, 90 days from 2023-01-01.</summary>
    public static SyntheticFeedOptions Feed { get; } = SyntheticFeedOptions.Electricity(meters: 2, days: 90) with { StartDate = new DateOnly(2023, 1, 1), LineBreaks = true };

    public SandboxCustodian Sandbox { get; private set; } = null!;

    public SandboxCertificateFiles Files { get; private set; } = null!;

    public string Directory { get; } = TestPaths.TempDirectory();

    public async Task InitializeAsync()
    {
        Sandbox = await SandboxCustodian.StartAsync(new SandboxOptions { Feed = Feed });
        Files = Sandbox.Certificates.WritePem(Path.Combine(Directory, "certs"));
    }

    public async Task DisposeAsync()
    {
        await Sandbox.DisposeAsync();
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    /// <summary>The connection options for <c>fetch</c>: endpoints, client id, client certificate, and (unless <paramref name="trust"/> is false) the CA.</summary>
    public string[] ConnectionArgs(bool trust = true)
        => [
            "--token-endpoint", Sandbox.TokenEndpoint.AbsoluteUri, "--resource-server", Sandbox.ResourceServer.AbsoluteUri,
            "--client-id", Sandbox.Options.ClientId, "--cert", Files.ClientCertificate, "--key", Files.ClientKey, "--retries", "0",
            .. trust ? new[] { "--trust", Files.AuthorityCertificate } : [],
        ];

    /// <summary>
    /// Runs <c>greenbutton fetch</c> in-process with <paramref name="environment"/> as its whole environment (the
    /// process's is not read): an asynchronous-local override, so parallel tests do not see each other's variables.
    /// </summary>
    internal static Task<CliResult> FetchAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
        => FetchAsync(environment, args, CancellationToken.None);

    /// <summary>As <see cref="FetchAsync(IReadOnlyDictionary{string, string}, string[])"/>, interrupted (Ctrl+C) by <paramref name="cancellationToken"/>.</summary>
    internal static async Task<CliResult> FetchAsync(IReadOnlyDictionary<string, string> environment, string[] args, CancellationToken cancellationToken)
    {
        ConnectVariables.Use(environment);
        try
        {
            return await CliRunner.RunAsync(["fetch", .. args], stdin: null, cancellationToken);
        }
        finally
        {
            ConnectVariables.Use(null);
        }
    }
}
