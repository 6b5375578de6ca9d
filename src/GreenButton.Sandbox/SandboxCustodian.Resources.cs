using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Pipelines;
using System.Security;
using System.Text;
using GreenButton.Synthetic;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace GreenButton.Sandbox;

public sealed partial class SandboxCustodian
{
    private const int Pending = 1;
    private const int Ready = 2;

    /// <summary>Recorded for a request the client abandoned (nginx's convention).</summary>
    public const int StatusClientClosedRequest = 499;

    private readonly ConcurrentDictionary<string, int> _batches = new();

    private async Task ResourceAsync(HttpContext context, string resource)
    {
        var request = context.Request;
        var received = DateTimeOffset.UtcNow;
        try
        {
            SandboxFaults.Fault? stall = null;
            if (Faults.TryTake(out var fault))
            {
                switch (fault.Kind)
                {
                    case SandboxFaults.Kind.StallBody:
                        stall = fault;
                        break;
                    case SandboxFaults.Kind.SlowFirstByte:
                        await Task.Delay(fault.Delay, context.RequestAborted).ConfigureAwait(false);
                        break;
                    case SandboxFaults.Kind.TooManyRequests:
                        context.Response.Headers.RetryAfter = Math.Ceiling(fault.Delay.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                        await ErrorAsync(context, (int)fault.Status, "rate_limited", "too many requests").ConfigureAwait(false);
                        return;
                    default:
                        if (fault.Delay != TimeSpan.MinValue)
                        {
                            context.Response.Headers.RetryAfter = Math.Ceiling(fault.Delay.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                        }
                        await ErrorAsync(context, (int)fault.Status, "server_error", "injected fault: " + new string('x', 3000)).ConfigureAwait(false);
                        return;
                }
            }
            var parts = resource.Split('/');
            switch (parts)
            {
                case ["Batch", "Subscription", var id] when Authorized(context, client: false, subscriptionId: id):
                    await SubscriptionAsync(context, id, null, stall).ConfigureAwait(false);
                    return;
                case ["Batch", "Subscription", var id, "UsagePoint", var point] when Authorized(context, client: false, subscriptionId: id):
                    await SubscriptionAsync(context, id, point, stall).ConfigureAwait(false);
                    return;
                case ["Batch", "Bulk", var id] when Authorized(context, client: true):
                    if (id != Options.BulkId)
                    {
                        await ErrorAsync(context, 404, "not_found", "no such bulk id").ConfigureAwait(false);
                        return;
                    }
                    await BatchAsync(context, Options.Feed, stall).ConfigureAwait(false);
                    return;
                case ["Authorization"] when Authorized(context, client: true):
                    await TextAsync(context, AuthorizationFeed()).ConfigureAwait(false);
                    return;
                case ["Authorization", var id] when Authorized(context, client: true):
                    await TextAsync(context, id == Options.ApplicationInformationId ? AuthorizationFeed() : null).ConfigureAwait(false);
                    return;
                case ["ApplicationInformation", var id] when Authorized(context, client: true):
                    await TextAsync(context, id == Options.ApplicationInformationId ? ApplicationInformationEntry() : null).ConfigureAwait(false);
                    return;
                case ["Batch", "RetailCustomer", var id] when Authorized(context, client: false):
                    await TextAsync(context, RetailCustomerFeed(id)).ConfigureAwait(false);
                    return;
                case ["RetailCustomer", var id] when Authorized(context, client: false):
                    await TextAsync(context, RetailCustomerFeed(id)).ConfigureAwait(false);
                    return;
                case ["ReadServiceStatus"] when Authorized(context, client: true):
                    await TextAsync(context, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ServiceStatus xmlns=\"http://naesb.org/espi\"><currentStatus>1</currentStatus></ServiceStatus>\n").ConfigureAwait(false);
                    return;
                default:
                    if (context.Items[ChallengeKey] is Challenge challenge)
                    {
                        await ChallengeAsync(context, challenge).ConfigureAwait(false);
                        return;
                    }
                    await ErrorAsync(context, 404, "not_found", "no such resource").ConfigureAwait(false);
                    return;
            }
        }
        finally
        {
            var query = request.Query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
            _requests.Enqueue(new SandboxRequest(request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "", query,
                request.Headers.Authorization.FirstOrDefault(), context.RequestAborted.IsCancellationRequested ? StatusClientClosedRequest : context.Response.StatusCode, received));
        }
    }

    private const string ChallengeKey = "GreenButton.Sandbox.Challenge";

    /// <summary>Why a bearer token was refused (RFC 6750 §3.1); <see cref="Error"/> null when the request carried no credentials.</summary>
    private sealed record Challenge(int Status, string? Error, string? Description);

    /// <summary>
    /// Checks <c>Authorization: Bearer &lt;token&gt;</c> (exactly one space) for a live token of the right kind, for the
    /// subscription asked, presented with the certificate it is bound to. Otherwise records the RFC 6750 challenge:
    /// 401 without an error when no credentials came, 400 <c>invalid_request</c> for a malformed header, 401
    /// <c>invalid_token</c> for an unknown, expired or foreign-certificate token, 403 <c>insufficient_scope</c> for a
    /// token of the wrong kind or subscription.
    /// </summary>
    private bool Authorized(HttpContext context, bool client, string? subscriptionId = null)
    {
        var challenge = Check(context, client, subscriptionId);
        if (challenge is null)
        {
            return true;
        }
        context.Items[ChallengeKey] = challenge;
        context.Response.StatusCode = challenge.Status;
        return false;
    }

    private Challenge? Check(HttpContext context, bool client, string? subscriptionId)
    {
        var values = context.Request.Headers.Authorization;
        if (values.Count == 0 || !values.ToString().StartsWith("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return new Challenge(401, null, null); // no credentials, or another scheme: no error code
        }
        string header = values.ToString();
        if (values.Count > 1 || header.Length < 8 || header[6] != ' ' || header[7..].Contains(' ', StringComparison.Ordinal))
        {
            return new Challenge(400, "invalid_request", "malformed Authorization header: Bearer, one space, the token");
        }
        if (!_accessTokens.TryGetValue(header[7..], out var grant) || grant.ExpiresAt <= DateTimeOffset.UtcNow)
        {
            return new Challenge(401, "invalid_token", "unknown, revoked or expired access token");
        }
        if (grant.Thumbprint is { } bound && (context.Connection.ClientCertificate is not { } presented || CertificateThumbprint(presented) != bound))
        {
            return new Challenge(401, "invalid_token", "the access token is bound to another client certificate (RFC 8705)");
        }
        if (grant.IsClient != client)
        {
            return new Challenge(403, "insufficient_scope", client ? "this resource needs the client-credentials token" : "this resource needs a customer's access token");
        }
        if (subscriptionId is not null && grant.SubscriptionId is { } own && own != subscriptionId && _subscriptions.ContainsKey(subscriptionId))
        {
            return new Challenge(403, "insufficient_scope", "the access token does not reach this subscription");
        }
        return null;
    }

    private static async Task ChallengeAsync(HttpContext context, Challenge challenge)
    {
        context.Response.StatusCode = challenge.Status;
        context.Response.Headers.WWWAuthenticate = challenge.Error is null
            ? "Bearer realm=\"GreenButton Sandbox\""
            : $"Bearer realm=\"GreenButton Sandbox\", error=\"{challenge.Error}\", error_description=\"{challenge.Description}\"";
        if (challenge.Error is not null)
        {
            await ErrorAsync(context, challenge.Status, challenge.Error, challenge.Description ?? "").ConfigureAwait(false);
        }
    }

    private async Task SubscriptionAsync(HttpContext context, string id, string? point, SandboxFaults.Fault? stall)
    {
        if (!_subscriptions.ContainsKey(id))
        {
            await ErrorAsync(context, 404, "not_found", "no such subscription").ConfigureAwait(false);
            return;
        }
        var feed = Options.Feed;
        if (point is not null)
        {
            if (!int.TryParse(point, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index < 1 || index > feed.UsagePoints.Count)
            {
                await ErrorAsync(context, 404, "not_found", "no such usage point").ConfigureAwait(false);
                return;
            }
            feed = feed with { UsagePoints = [feed.UsagePoints[index - 1]] };
        }
        var query = context.Request.Query;
        DateTimeOffset? min = null, max = null;
        if ((query.ContainsKey("published-min") && (min = ParseInstant(query["published-min"])) is null)
            || (query.ContainsKey("published-max") && (max = ParseInstant(query["published-max"])) is null))
        {
            await ErrorAsync(context, 400, "invalid_request", "published-min/max must be xs:dateTime or Unix seconds").ConfigureAwait(false);
            return;
        }
        feed = Filter(feed, min, max);
        if (Options.AsyncSubscriptions && point is null)
        {
            await BatchAsync(context, feed, stall).ConfigureAwait(false);
            return;
        }
        await FeedAsync(context, feed, stall).ConfigureAwait(false);
    }

    /// <summary>202 and a notification the first time; the data once the notification went out.</summary>
    private async Task BatchAsync(HttpContext context, SyntheticFeedOptions feed, SandboxFaults.Fault? stall)
    {
        var uri = new Uri(BaseUri, context.Request.GetEncodedPathAndQuery());
        if (_batches.TryGetValue(uri.AbsoluteUri, out var state) && state == Ready)
        {
            await FeedAsync(context, feed, stall).ConfigureAwait(false);
            return;
        }
        if (_batches.TryAdd(uri.AbsoluteUri, Pending))
        {
            _ = Task.Run(() => NotifyLaterAsync(uri));
        }
        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    private async Task NotifyLaterAsync(Uri uri)
    {
        try
        {
            await Task.Delay(Options.NotificationDelay, _stopping.Token).ConfigureAwait(false);
            _batches[uri.AbsoluteUri] = Ready; // ready before the notification: the receiver may fetch at once
            if (Options.NotificationUri is not null)
            {
                await SendNotificationAsync([uri], _stopping.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpRequestException)
        {
            // Stopping, or the receiver is gone: a real custodian would retry later; the data stays ready.
        }
    }

    /// <summary>The days whose local midnight falls in [min, max): contiguous windows get each day exactly once.</summary>
    private static SyntheticFeedOptions Filter(SyntheticFeedOptions feed, DateTimeOffset? min, DateTimeOffset? max)
    {
        if (min is null && max is null)
        {
            return feed;
        }
        int first = -1, count = 0;
        var day = feed.StartDate;
        for (var d = 0; d < feed.Days; d++, day = day.AddDays(1))
        {
            var midnight = LocalMidnightUtc(day);
            if ((min is null || midnight >= min) && (max is null || midnight < max))
            {
                if (first < 0)
                {
                    first = d;
                }
                count++;
            }
        }
        return feed with { StartDate = feed.StartDate.AddDays(Math.Max(first, 0)), Days = count };
    }

    /// <summary>Local midnight (US Pacific, the generator's zone) as UTC, as the generator computes block starts.</summary>
    internal static DateTimeOffset LocalMidnightUtc(DateOnly day)
    {
        var standard = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(8);
        return SyntheticFeed.Pacific.IsDaylightSavingTime(standard) ? standard.AddHours(-1) : standard;
    }

    private static DateTimeOffset? ParseInstant(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
    }

    /// <summary>
    /// Streams a generated feed: the generator (synchronous) writes into a pipe on its own thread while the response
    /// copies from it, so memory stays bounded by the pipe whatever the size. A client that goes away stops the generator.
    /// </summary>
    private async Task FeedAsync(HttpContext context, SyntheticFeedOptions feed, SandboxFaults.Fault? stall)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/atom+xml";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 1 << 20, resumeWriterThreshold: 1 << 19));
        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                using var output = new StoppableWriteStream(pipe.Writer.AsStream(), stop.Token);
                SyntheticFeed.Write(output, feed);
            }
            catch (Exception ex)
            {
                pipe.Writer.Complete(ex);
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (stall is null)
            {
                await pipe.Reader.CopyToAsync(context.Response.Body, stop.Token).ConfigureAwait(false);
            }
            else
            {
                await CopyWithStallAsync(pipe.Reader, context.Response.Body, stall, stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            context.Abort(); // the third party went away (or the sandbox stops)
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await pipe.Reader.CompleteAsync().ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private static async Task CopyWithStallAsync(PipeReader reader, Stream body, SandboxFaults.Fault stall, CancellationToken cancellationToken)
    {
        long sent = 0;
        var stalled = false;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (!stalled && sent + buffer.Length >= stall.AfterBytes)
            {
                var head = buffer.Slice(0, stall.AfterBytes - sent);
                foreach (var segment in head)
                {
                    await body.WriteAsync(segment, cancellationToken).ConfigureAwait(false);
                }
                await body.FlushAsync(cancellationToken).ConfigureAwait(false);
                sent += head.Length;
                buffer = buffer.Slice(head.Length);
                stalled = true;
                await Task.Delay(stall.Delay, cancellationToken).ConfigureAwait(false);
            }
            foreach (var segment in buffer)
            {
                await body.WriteAsync(segment, cancellationToken).ConfigureAwait(false);
            }
            sent += buffer.Length;
            reader.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                return;
            }
        }
    }

    private static async Task TextAsync(HttpContext context, string? xml)
    {
        if (xml is null)
        {
            await ErrorAsync(context, 404, "not_found", "no such resource").ConfigureAwait(false);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/atom+xml";
        await context.Response.WriteAsync(xml, Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task ErrorAsync(HttpContext context, int status, string error, string description)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($"{{\"error\":\"{error}\",\"error_description\":\"{description}\"}}", context.RequestAborted).ConfigureAwait(false);
    }

    private string AuthorizationFeed()
    {
        var self = new Uri(ResourceServer, $"Authorization/{Uri.EscapeDataString(Options.ApplicationInformationId)}").AbsoluteUri;
        var subscription = new Uri(ResourceServer, $"Batch/Subscription/{Uri.EscapeDataString(Options.SubscriptionId)}").AbsoluteUri;
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <id>urn:uuid:5a1d0b0c-0000-4000-8000-000000000001</id>
            <title>Authorizations</title>
            <updated>2024-01-01T08:00:00Z</updated>
            <entry>
            <id>urn:uuid:5a1d0b0c-0000-4000-8000-000000000002</id>
            <link rel="self" href="{Escape(self)}"/>
            <link rel="up" href="{Escape(new Uri(ResourceServer, "Authorization").AbsoluteUri)}"/>
            <title>Green Button Connect My Data</title>
            <content><Authorization xmlns="http://naesb.org/espi">
            <authorizedPeriod><duration>63072000</duration><start>1672560000</start></authorizedPeriod>
            <publishedPeriod><duration>63072000</duration><start>1672560000</start></publishedPeriod>
            <status>1</status>
            <grant_type>authorization_code</grant_type>
            <scope>{Escape(Options.Scope)}</scope>
            <token_type>Bearer</token_type>
            <resourceURI>{Escape(subscription)}</resourceURI>
            <authorizationURI>{Escape(self)}</authorizationURI>
            </Authorization></content>
            <published>2024-01-01T08:00:00Z</published>
            <updated>2024-01-01T08:00:00Z</updated>
            </entry>
            </feed>

            """;
    }

    private string ApplicationInformationEntry()
    {
        var self = new Uri(ResourceServer, $"ApplicationInformation/{Uri.EscapeDataString(Options.ApplicationInformationId)}").AbsoluteUri;
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <entry xmlns="http://www.w3.org/2005/Atom">
            <id>urn:uuid:5a1d0b0c-0000-4000-8000-000000000003</id>
            <link rel="self" href="{Escape(self)}"/>
            <link rel="up" href="{Escape(new Uri(ResourceServer, "ApplicationInformation").AbsoluteUri)}"/>
            <title>Sandbox third party</title>
            <content><ApplicationInformation xmlns="http://naesb.org/espi">
            <dataCustodianId>greenbutton-sandbox</dataCustodianId>
            <thirdPartyNotifyUri>{Escape(Options.NotificationUri?.AbsoluteUri ?? "")}</thirdPartyNotifyUri>
            <authorizationServerAuthorizationEndpoint>{Escape(AuthorizationEndpoint.AbsoluteUri)}</authorizationServerAuthorizationEndpoint>
            <authorizationServerTokenEndpoint>{Escape(TokenEndpoint.AbsoluteUri)}</authorizationServerTokenEndpoint>
            <dataCustodianBulkRequestURI>{Escape(new Uri(ResourceServer, $"Batch/Bulk/{Uri.EscapeDataString(Options.BulkId)}").AbsoluteUri)}</dataCustodianBulkRequestURI>
            <dataCustodianResourceEndpoint>{Escape(ResourceServer.AbsoluteUri)}</dataCustodianResourceEndpoint>
            <client_id>{Escape(Options.ClientId)}</client_id>
            <scope>{Escape(Options.Scope)}</scope>
            </ApplicationInformation></content>
            <published>2024-01-01T08:00:00Z</published>
            <updated>2024-01-01T08:00:00Z</updated>
            </entry>

            """;
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
