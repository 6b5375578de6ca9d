using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GreenButton.Client;

public sealed partial class DataCustodianClient
{
    private static readonly string[] s_secretParameters = ["access_token", "client_secret", "refresh_token", "code", "code_verifier", "client_assertion", "password"];

    /// <summary>Sends a GET for a resource; returns the response once its headers arrived, or throws the typed failure.</summary>
    internal async Task<HttpResponseMessage> SendAsync(Uri uri, BearerCredential credential, bool allowAccepted, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/atom+xml"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml", 0.9));
        request.Options.Set(BearerTokenHandler.CredentialKey, credential);
        var response = await SendExplainedAsync(request, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300 && (allowAccepted || response.StatusCode != HttpStatusCode.Accepted))
        {
            return response;
        }
        using (response)
        {
            throw await FailureAsync(response, uri, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends through the pipeline. A connection closed before any answer is how a TLS 1.3 server refuses a client
    /// certificate (after the handshake, so the client cannot tell it from a dropped connection and retries it): the
    /// error then says so, and what was configured, instead of a bare "response ended prematurely".
    /// </summary>
    internal async Task<HttpResponseMessage> SendExplainedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError == HttpRequestError.ResponseEnded && ex.StatusCode is null)
        {
            var certificate = Options.ClientCertificate is { } c
                ? $"the client certificate configured ({c.Subject}, valid until {c.NotAfter.ToUniversalTime():yyyy-MM-dd}) may not be the one registered with the custodian"
                : "no client certificate is configured, and custodians require one";
            var attempts = Options.MaxRetryAttempts > 0 ? $" ({Options.MaxRetryAttempts + 1} attempts)" : "";
            throw new HttpRequestException(HttpRequestError.ResponseEnded,
                $"The custodian closed the connection without an answer{attempts}. Over TLS 1.3 this is how a server refuses a client certificate: {certificate}.",
                ex);
        }
    }

    /// <summary>The response body, read so that cancellation ends even a blocked synchronous read.</summary>
    internal async Task<Stream> OpenBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        => new CancellableReadStream(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), response, cancellationToken);

    /// <summary>The typed failure: status, error fields when the body is JSON, and at most 1 KB of the body.</summary>
    private static async Task<DataCustodianException> FailureAsync(HttpResponseMessage response, Uri uri, CancellationToken cancellationToken)
    {
        var buffer = new byte[DataCustodianException.MaxExcerptBytes];
        var length = 0;
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            // The excerpt is a courtesy: the status is the failure.
        }
        var excerpt = length == 0 ? null : Encoding.UTF8.GetString(buffer, 0, length);
        string? error = null, description = null;
        if (length > 0 && length < buffer.Length && buffer[0] == (byte)'{')
        {
            try
            {
                using var json = JsonDocument.Parse(buffer.AsMemory(0, length));
                error = Text(json.RootElement, "error") ?? Text(json.RootElement, "code");
                description = Text(json.RootElement, "error_description") ?? Text(json.RootElement, "message");
            }
            catch (JsonException)
            {
            }
        }
        return new DataCustodianException(response.StatusCode, WithoutSecrets(uri), error, description, excerpt);

        static string? Text(JsonElement root, string name)
            => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    }

    /// <summary>The URI without user info and without secret query parameters, fit for messages and logs.</summary>
    internal static Uri WithoutSecrets(Uri uri)
    {
        if (!uri.IsAbsoluteUri)
        {
            return uri;
        }
        var builder = new UriBuilder(uri) { UserName = "", Password = "" };
        if (uri.Query.Length > 1)
        {
            var kept = uri.Query[1..].Split('&').Where(pair =>
            {
                var name = Uri.UnescapeDataString(pair.Split('=')[0]);
                return !s_secretParameters.Contains(name, StringComparer.OrdinalIgnoreCase);
            });
            builder.Query = string.Join('&', kept);
        }
        return builder.Uri;
    }

    /// <summary>A resource URI under the resource server, with the window's <c>published-min/max</c>, every part escaped.</summary>
    internal Uri ResourceUri(string[] escapedPath, (DateTimeOffset Min, DateTimeOffset Max)? window)
    {
        var server = Options.ResourceServer ?? throw new InvalidOperationException("DataCustodianOptions.ResourceServer is not set.");
        if (!server.AbsoluteUri.EndsWith('/'))
        {
            server = new Uri(server.AbsoluteUri + "/");
        }
        var relative = string.Join('/', escapedPath);
        if (window is { } w)
        {
            relative += $"?published-min={Uri.EscapeDataString(FormatDate(w.Min))}&published-max={Uri.EscapeDataString(FormatDate(w.Max))}";
        }
        return new Uri(server, relative);
    }

    /// <summary>A date as the custodian takes it: <c>xs:dateTime</c> in whole UTC seconds, or Unix seconds.</summary>
    internal string FormatDate(DateTimeOffset value)
        => Options.PublishedDateFormat == PublishedDateFormat.UnixSeconds
            ? value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)
            : DateTimeOffset.FromUnixTimeSeconds(value.ToUnixTimeSeconds()).UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

    private Uri CheckResourceUri(Uri resourceUri)
    {
        ArgumentNullException.ThrowIfNull(resourceUri);
        var server = Options.ResourceServer ?? throw new InvalidOperationException("DataCustodianOptions.ResourceServer is not set.");
        if (!resourceUri.IsAbsoluteUri
            || Uri.Compare(resourceUri, server, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new ArgumentException("The resource URI is not on the resource server's scheme, host and port: no token is sent elsewhere.", nameof(resourceUri));
        }
        return resourceUri;
    }

    internal GreenButtonReaderOptions ReaderOptionsFor(Uri uri)
        => Options.ReaderOptions.SourceName is null ? Options.ReaderOptions with { SourceName = WithoutSecrets(uri).GetLeftPart(UriPartial.Path) } : Options.ReaderOptions;
}
