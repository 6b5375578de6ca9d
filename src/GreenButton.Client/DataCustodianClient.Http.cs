using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GreenButton.Client;

public sealed partial class DataCustodianClient
{
    private static readonly string[] s_secretParameters = ["access_token", "client_secret", "refresh_token", "code", "code_verifier", "client_assertion", "password"];

    /// <summary>
    /// Sends a GET for a resource with the credential's bearer token; on a 401 renews the token once (refresh grant, or
    /// a new client-credentials token) and sends it again. Returns the response once its headers arrived, or throws the
    /// typed failure (a 202 too, unless <paramref name="allowAccepted"/>).
    /// </summary>
    internal async Task<HttpResponseMessage> SendAsync(Uri uri, BearerCredential credential, bool allowAccepted, CancellationToken cancellationToken)
    {
        var token = await credential.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        var response = await SendExplainedAsync(Get(uri, token), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized && credential.CanRenew)
        {
            // The refused answer is released first: it holds a concurrency permit the renewal may need.
            DataCustodianException refused;
            using (response)
            {
                refused = await FailureAsync(response, uri, cancellationToken).ConfigureAwait(false);
            }
            var renewed = await credential.RenewAsync(token, cancellationToken).ConfigureAwait(false) ?? throw refused;
            response = await SendExplainedAsync(Get(uri, renewed), cancellationToken).ConfigureAwait(false);
        }
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300 && (allowAccepted || response.StatusCode != HttpStatusCode.Accepted))
        {
            return response;
        }
        using (response)
        {
            throw await FailureAsync(response, uri, cancellationToken).ConfigureAwait(false);
        }

        static HttpRequestMessage Get(Uri uri, string token)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/atom+xml"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml", 0.9));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }
    }

    /// <summary>
    /// Sends through the rate and concurrency limits and the HTTP stack (retries, per-attempt timeout). Every failure
    /// without an answer becomes a <see cref="DataCustodianException"/> (<see cref="TransportFailure"/>); cancellation
    /// by <paramref name="cancellationToken"/> stays an <see cref="OperationCanceledException"/>. The request is disposed.
    /// </summary>
    internal async Task<HttpResponseMessage> SendExplainedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            var leases = await AcquireAsync(request.RequestUri, cancellationToken).ConfigureAwait(false);
            try
            {
                var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                if (leases.Length > 0)
                {
                    response.Content = new LeasedContent(response.Content, leases);
                    leases = [];
                }
                return response;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested
                && TransportFailure.Translate(ex, request.RequestUri, Options, request.Options.TryGetValue(HttpPipeline.NotIdempotent, out var once) && once) is { } failure)
            {
                throw failure;
            }
            finally
            {
                foreach (var lease in leases)
                {
                    lease.Dispose();
                }
            }
        }
    }

    /// <summary>The response body, read so that cancellation ends even a blocked synchronous read, and a broken connection is a <see cref="DataCustodianException"/>.</summary>
    internal async Task<Stream> OpenBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return new CancellableReadStream(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), response, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && TransportFailure.Translate(ex, response.RequestMessage?.RequestUri, Options, false) is { } failure)
        {
            throw failure;
        }
    }

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
