using System.Globalization;
using System.Net;
using System.Text;

namespace GreenButton.Client;

/// <summary>
/// A retry about to happen (<see cref="DataCustodianOptions.OnRetry"/>): which one, why, and how long the client waits
/// first. <see cref="ToString"/> says it in one line: <c>retry 2/3 after 4.1 s: 503 Service Unavailable</c>.
/// </summary>
public sealed class DataCustodianRetry
{
    internal DataCustodianRetry(int attempt, int maxRetryAttempts, TimeSpan delay, HttpStatusCode? statusCode, string? reasonPhrase, Exception? exception,
        HttpMethod? method, Uri? requestUri)
    {
        Attempt = attempt;
        MaxRetryAttempts = maxRetryAttempts;
        Delay = delay;
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Exception = exception;
        Method = method;
        RequestUri = requestUri;
    }

    /// <summary>The retry's number: 1 for the first retry (the request's second attempt), up to <see cref="MaxRetryAttempts"/>.</summary>
    public int Attempt { get; }

    /// <summary>Retries allowed after the first attempt (<see cref="DataCustodianOptions.MaxRetryAttempts"/>).</summary>
    public int MaxRetryAttempts { get; }

    /// <summary>The wait before the retry: the exponential backoff with jitter, or the answer's <c>Retry-After</c>.</summary>
    public TimeSpan Delay { get; }

    /// <summary>The failed attempt's status (408, 429, 5xx); null when it failed without an answer (<see cref="Exception"/>).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The answer's reason phrase (HTTP/1.1; HTTP/2 sends none); null without one.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>Why the attempt failed without an answer (connection refused or lost, the per-attempt timeout); null when it got one.</summary>
    public Exception? Exception { get; }

    /// <summary>The request's method.</summary>
    public HttpMethod? Method { get; }

    /// <summary>The request's URI, access tokens and secrets removed from its query.</summary>
    public Uri? RequestUri { get; }

    /// <summary>What went wrong, in a few words: <c>503 Service Unavailable</c>, <c>no answer within 120 s</c>, <c>Connection refused</c>.</summary>
    public string Reason
    {
        get
        {
            if (StatusCode is { } status)
            {
                var phrase = string.IsNullOrWhiteSpace(ReasonPhrase) ? Words(status) : ReasonPhrase.Trim();
                return $"{(int)status} {phrase}";
            }
            if (Exception is Polly.Timeout.TimeoutRejectedException { Timeout: var timeout })
            {
                return $"no answer within {Seconds(timeout)}";
            }
            if (Exception is null)
            {
                return "a transient failure";
            }
            var innermost = Exception;
            while (innermost.InnerException is not null)
            {
                innermost = innermost.InnerException;
            }
            return innermost.Message.TrimEnd().TrimEnd('.');
        }
    }

    /// <summary><c>retry 2/3 after 4.1 s: 503 Service Unavailable</c>.</summary>
    public override string ToString() => $"retry {Attempt}/{MaxRetryAttempts} after {Seconds(Delay)}: {Reason}";

    private static string Seconds(TimeSpan span)
        => span.TotalSeconds >= 1 ? $"{span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s"
            : $"{span.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";

    /// <summary><c>ServiceUnavailable</c> as <c>Service Unavailable</c>; an unnamed code as nothing more than its number.</summary>
    private static string Words(HttpStatusCode status)
    {
        var name = status.ToString();
        if (!Enum.IsDefined(status))
        {
            return "";
        }
        var words = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }
            words.Append(c);
        }
        return words.ToString();
    }
}
