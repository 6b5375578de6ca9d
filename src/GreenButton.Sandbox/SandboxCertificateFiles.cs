namespace GreenButton.Sandbox;

/// <summary>Paths of the PEM and PFX files <see cref="SandboxCertificates.WritePem"/> wrote.</summary>
/// <param name="AuthorityCertificate">The CA certificate (<c>ca.crt</c>): the root to trust.</param>
/// <param name="ClientCertificate">The third party's certificate (<c>client.crt</c>).</param>
/// <param name="ClientKey">Its private key, PKCS#8 PEM, unencrypted (<c>client.key</c>).</param>
/// <param name="ClientPfx">Certificate and key as PKCS#12 without password (<c>client.pfx</c>).</param>
public sealed record SandboxCertificateFiles(string AuthorityCertificate, string ClientCertificate, string ClientKey, string ClientPfx);
