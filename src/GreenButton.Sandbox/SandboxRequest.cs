namespace GreenButton.Sandbox;

/// <summary>A request the sandbox received, as the third party sent it (for assertions in tests).</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, as received.</param>
/// <param name="RawQuery">The query string as sent, still encoded (with its <c>?</c>).</param>
/// <param name="Query">The decoded query parameters.</param>
/// <param name="Authorization">The raw <c>Authorization</c> header (a sandbox token: test data only).</param>
/// <param name="Status">The status answered.</param>
/// <param name="ReceivedAt">When the request arrived.</param>
public sealed record SandboxRequest(string Method, string Path, string RawQuery, IReadOnlyDictionary<string, string> Query, string? Authorization, int Status, DateTimeOffset ReceivedAt)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Method} {Path} -> {Status}";
}
