namespace GreenButton.Cli.Connect;

/// <summary>
/// The <c>GREENBUTTON_*</c> environment variables of <c>fetch</c> and <c>sandbox</c> (secrets stay out of the command
/// line and the shell history). Tests replace the process environment for their own asynchronous flow only, with
/// <see cref="Use"/>, so parallel tests never see each other's values.
/// </summary>
internal static class ConnectVariables
{
    public const string TokenEndpoint = "GREENBUTTON_TOKEN_ENDPOINT";
    public const string ResourceServer = "GREENBUTTON_RESOURCE_SERVER";
    public const string ClientId = "GREENBUTTON_CLIENT_ID";
    public const string ClientSecret = "GREENBUTTON_CLIENT_SECRET";
    public const string Certificate = "GREENBUTTON_CERT";
    public const string Key = "GREENBUTTON_KEY";
    public const string Pfx = "GREENBUTTON_PFX";
    public const string PfxPassword = "GREENBUTTON_PFX_PASSWORD";
    public const string Trust = "GREENBUTTON_TRUST";
    public const string AccessToken = "GREENBUTTON_ACCESS_TOKEN";
    public const string RefreshToken = "GREENBUTTON_REFRESH_TOKEN";

    private static readonly AsyncLocal<IReadOnlyDictionary<string, string>?> s_override = new();

    /// <summary>The variable's value; null when unset or empty.</summary>
    public static string? Get(string name)
    {
        var value = s_override.Value is { } values ? values.GetValueOrDefault(name) : Environment.GetEnvironmentVariable(name);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>Replaces the whole environment with <paramref name="values"/> for the calling asynchronous flow (tests).</summary>
    public static void Use(IReadOnlyDictionary<string, string>? values) => s_override.Value = values;
}
