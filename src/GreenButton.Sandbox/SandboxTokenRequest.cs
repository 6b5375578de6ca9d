namespace GreenButton.Sandbox;

/// <summary>A token request the sandbox received: the grant, how the client authenticated, the scope, the outcome.</summary>
/// <param name="GrantType">The <c>grant_type</c>.</param>
/// <param name="ClientAuthentication"><c>basic</c>, <c>form</c>, <c>tls</c> (certificate only), or <c>none</c>.</param>
/// <param name="Scope">The <c>scope</c> sent, if any.</param>
/// <param name="Error">The OAuth error answered, or null on success.</param>
public sealed record SandboxTokenRequest(string GrantType, string ClientAuthentication, string? Scope, string? Error);
