namespace GreenButton.Client;

/// <summary>Which scope a refresh-token grant sends (RFC 6749 §6: optional, and never wider than the one granted).</summary>
public enum RefreshScope
{
    /// <summary><see cref="DataCustodianOptions.Scope"/>, the scope asked for at authorization.</summary>
    Configured,

    /// <summary>The scope the custodian granted (<see cref="TokenResponse.Scope"/>), which may be narrower than the one asked for.</summary>
    Granted,

    /// <summary>No scope: the custodian keeps the granted one.</summary>
    None,
}
