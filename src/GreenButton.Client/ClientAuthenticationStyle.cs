namespace GreenButton.Client;

/// <summary>How the client authenticates to the token endpoint (RFC 6749 §2.3.1).</summary>
public enum ClientAuthenticationStyle
{
    /// <summary>HTTP Basic: <c>base64(urlencode(id) ":" urlencode(secret))</c>, the encoding the RFC requires.</summary>
    BasicHeader,

    /// <summary><c>client_id</c> and <c>client_secret</c> in the form body.</summary>
    FormBody,
}
