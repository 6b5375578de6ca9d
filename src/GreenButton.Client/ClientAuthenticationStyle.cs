namespace GreenButton.Client;

/// <summary>How the client authenticates to the token endpoint (RFC 6749 §2.3.1, RFC 8705 §2).</summary>
public enum ClientAuthenticationStyle
{
    /// <summary>
    /// HTTP Basic, <c>base64(urlencode(id) ":" urlencode(secret))</c>: the encoding RFC 6749 §2.3.1 requires. Needs
    /// <see cref="DataCustodianOptions.ClientSecret"/>.
    /// </summary>
    BasicHeader,

    /// <summary><c>client_id</c> and <c>client_secret</c> in the form body (<c>client_secret_post</c>).</summary>
    FormBody,

    /// <summary>
    /// HTTP Basic with id and secret as they are, <c>base64(id ":" secret)</c>, as PG&amp;E's SDK and Spring-based
    /// custodians expect. Identical to <see cref="BasicHeader"/> for ids and secrets of letters, digits and <c>-._~</c>;
    /// a secret with <c>+ / = % :</c> or non-ASCII only works with the style its custodian decodes. The id must not hold
    /// a colon (it would end the id).
    /// </summary>
    BasicHeaderUnencoded,

    /// <summary>
    /// Certificate-only (RFC 8705 <c>tls_client_auth</c> and <c>self_signed_tls_client_auth</c>): <c>client_id</c> in
    /// the form body, no secret anywhere; the client certificate of the mutual-TLS handshake authenticates the client.
    /// </summary>
    TlsClientAuth,
}
