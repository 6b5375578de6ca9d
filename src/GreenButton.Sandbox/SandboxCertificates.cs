using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GreenButton.Sandbox;

/// <summary>
/// The sandbox's certificates, made at start with <see cref="CertificateRequest"/> (nothing is checked in): a CA, a
/// server certificate for <c>127.0.0.1</c> and <c>localhost</c>, and a client certificate for the third party, all
/// issued by the CA. Keys are ECDSA P-256, re-imported through PKCS#12 so TLS can use them on every platform.
/// </summary>
public sealed class SandboxCertificates : IDisposable
{
    private SandboxCertificates(X509Certificate2 authority, X509Certificate2 server, X509Certificate2 client)
    {
        Authority = authority;
        Server = server;
        Client = client;
    }

    /// <summary>The CA: trust it (<c>DataCustodianOptions.AdditionalTrustedRoot</c>) to reach the sandbox.</summary>
    public X509Certificate2 Authority { get; }

    /// <summary>The server certificate, issued by <see cref="Authority"/>.</summary>
    public X509Certificate2 Server { get; }

    /// <summary>The third party's client certificate, issued by <see cref="Authority"/>, with its private key.</summary>
    public X509Certificate2 Client { get; }

    /// <summary>Makes a fresh CA, server and client certificate, valid from a day ago for <paramref name="validity"/> (default 30 days).</summary>
    public static SandboxCertificates Create(TimeSpan? validity = null)
    {
        var notBefore = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()).AddDays(-1); // whole seconds: X.509 keeps no fraction
        var notAfter = notBefore.AddDays(1) + (validity ?? TimeSpan.FromDays(30));
        var authority = CreateAuthority("CN=GreenButton Sandbox CA", notBefore, notAfter);
        var server = Issue(authority, "CN=localhost", notBefore, notAfter, serverAuth: true);
        var client = Issue(authority, "CN=GreenButton Sandbox Third Party", notBefore, notAfter, serverAuth: false);
        return new SandboxCertificates(authority, server, client);
    }

    /// <summary>Uses given certificates: a CA (public part is enough), a server certificate and a client certificate, both with keys.</summary>
    public static SandboxCertificates From(X509Certificate2 authority, X509Certificate2 server, X509Certificate2 client)
    {
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(client);
        return new SandboxCertificates(authority, server, client);
    }

    /// <summary>
    /// A client certificate from another, self-made CA that the sandbox does not trust: for tests that the handshake
    /// refuses it.
    /// </summary>
    public static X509Certificate2 CreateUntrustedClientCertificate()
    {
        var notBefore = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()).AddDays(-1); // whole seconds: X.509 keeps no fraction
        var notAfter = notBefore.AddDays(3);
        using var stranger = CreateAuthority("CN=Stranger CA", notBefore, notAfter);
        return Issue(stranger, "CN=GreenButton Sandbox Third Party", notBefore, notAfter, serverAuth: false);
    }

    /// <summary>
    /// Another client certificate issued by <see cref="Authority"/> (which needs its private key): trusted at the
    /// handshake, but not the registered one, for tests of certificate-bound tokens and <c>tls_client_auth</c>. The caller disposes it.
    /// </summary>
    public X509Certificate2 IssueClientCertificate(string subject)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        if (!Authority.HasPrivateKey)
        {
            throw new InvalidOperationException("The CA was given without its private key: it cannot issue certificates.");
        }
        var notBefore = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()).AddDays(-1);
        var notAfter = new DateTimeOffset(Authority.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        return Issue(Authority, subject, notBefore, notAfter, serverAuth: false);
    }

    /// <summary>Whether <paramref name="certificate"/> chains to <see cref="Authority"/> (and only to it) for client authentication.</summary>
    public bool IsIssuedClient(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(new Oid("1.3.6.1.5.5.7.3.2")); // clientAuth
        return chain.Build(certificate);
    }

    /// <summary>
    /// Writes PEM files to <paramref name="directory"/>: <c>ca.crt</c>, <c>client.crt</c>, <c>client.key</c> (unencrypted:
    /// a sandbox key) and <c>client.pfx</c> (no password). Returns their paths.
    /// </summary>
    public SandboxCertificateFiles WritePem(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        var files = new SandboxCertificateFiles(Path.Combine(directory, "ca.crt"), Path.Combine(directory, "client.crt"),
            Path.Combine(directory, "client.key"), Path.Combine(directory, "client.pfx"));
        File.WriteAllText(files.AuthorityCertificate, Authority.ExportCertificatePem());
        File.WriteAllText(files.ClientCertificate, Client.ExportCertificatePem());
        using (var key = Client.GetECDsaPrivateKey() ?? throw new InvalidOperationException("The client certificate has no ECDSA key."))
        {
            File.WriteAllText(files.ClientKey, key.ExportPkcs8PrivateKeyPem());
        }
        File.WriteAllBytes(files.ClientPfx, Client.Export(X509ContentType.Pkcs12));
        return files;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Authority.Dispose();
        Server.Dispose();
        Client.Dispose();
    }

    private static X509Certificate2 CreateAuthority(string subject, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 1, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        using var certificate = request.CreateSelfSigned(notBefore, notAfter);
        return Reimport(certificate);
    }

    private static X509Certificate2 Issue(X509Certificate2 authority, string subject, DateTimeOffset notBefore, DateTimeOffset notAfter, bool serverAuth)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(serverAuth ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2")], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        if (serverAuth)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddIpAddress(IPAddress.IPv6Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
        }
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var signed = request.Create(authority, notBefore, notAfter, serial);
        using var withKey = signed.CopyWithPrivateKey(key);
        return Reimport(withKey);
    }

    private static X509Certificate2 Reimport(X509Certificate2 certificate) => X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
}
