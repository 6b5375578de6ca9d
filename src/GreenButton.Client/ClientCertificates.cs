using System.Security.Cryptography.X509Certificates;

namespace GreenButton.Client;

/// <summary>Loads a client certificate with its private key in a form TLS can use on every platform.</summary>
public static class ClientCertificates
{
    /// <summary>Loads a PEM certificate and its PEM private key (RSA or EC, PKCS#1, PKCS#8 or SEC1).</summary>
    public static X509Certificate2 FromPemFiles(string certificatePath, string keyPath)
    {
        ArgumentNullException.ThrowIfNull(certificatePath);
        ArgumentNullException.ThrowIfNull(keyPath);
        using var pem = X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
        return Reimport(pem);
    }

    /// <summary>Loads a PKCS#12 (PFX) file.</summary>
    public static X509Certificate2 FromPfxFile(string path, string? password = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return X509CertificateLoader.LoadPkcs12FromFile(path, password);
    }

    /// <summary>
    /// Returns a copy whose private key TLS can use: an ephemeral key (from PEM or <c>CopyWithPrivateKey</c>) is
    /// round-tripped through PKCS#12, which SslStream needs on Windows and is harmless elsewhere.
    /// </summary>
    public static X509Certificate2 Reimport(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}
