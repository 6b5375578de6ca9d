using GreenButton.Sandbox;

namespace GreenButton.Client.Tests;

public sealed class CertificateTests
{
    [Fact]
    public async Task Pem_and_pfx_files_written_by_the_sandbox_load_as_working_client_certificates()
    {
        await using var sandbox = await SandboxCustodian.StartAsync();
        var directory = Path.Combine(Path.GetTempPath(), "gb-certs-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = sandbox.Certificates.WritePem(directory);
            using var fromPem = ClientCertificates.FromPemFiles(files.ClientCertificate, files.ClientKey);
            using var fromPfx = ClientCertificates.FromPfxFile(files.ClientPfx);
            using var root = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificateFromFile(files.AuthorityCertificate);

            foreach (var certificate in new[] { fromPem, fromPfx })
            {
                certificate.HasPrivateKey.Should().BeTrue();
                var options = sandbox.CreateClientOptions();
                options.ClientCertificate = certificate;
                options.AdditionalTrustedRoot = root;
                using var client = new DataCustodianClient(options);
                (await client.GetServiceStatusAsync()).ServiceStatuses.Should().ContainSingle();
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
