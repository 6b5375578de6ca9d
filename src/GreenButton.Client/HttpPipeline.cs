using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace GreenButton.Client;

/// <summary>Builds the HTTP stack: the primary handler (TLS, client certificate, trust, decompression) and the retry pipeline.</summary>
internal static class HttpPipeline
{
    /// <summary>Marks a request that must not be sent twice (the code exchange, the refresh): never retried.</summary>
    public static readonly HttpRequestOptionsKey<bool> NotIdempotent = new("GreenButton.Client.NotIdempotent");

    /// <summary>The primary handler for one client certificate.</summary>
    public static SocketsHttpHandler CreatePrimaryHandler(DataCustodianOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            PooledConnectionLifetime = TimeSpan.FromMinutes(15),
            ConnectTimeout = TimeSpan.FromSeconds(30),
            AllowAutoRedirect = false, // a redirect must not carry the bearer token elsewhere
        };
        handler.SslOptions.EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
        if (options.ClientCertificate is { } certificate)
        {
            handler.SslOptions.ClientCertificates = new X509CertificateCollection { certificate };
            // Always offer it: some custodians send no (or a foreign) list of acceptable issuers.
            handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => certificate;
        }
        if (options.AdditionalTrustedRoot is { } root)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, serverCertificate, chain, errors) => Validate(root, serverCertificate, chain, errors);
        }
        return handler;
    }

    /// <summary>The machine store first; failing it, a chain to the extra root. A name mismatch is never forgiven.</summary>
    internal static bool Validate(X509Certificate2 root, X509Certificate? serverCertificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }
        if ((errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) != 0 || serverCertificate is null)
        {
            return false;
        }
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.Add(root);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }
        using var leaf = new X509Certificate2(serverCertificate);
        return custom.Build(leaf);
    }

    /// <summary>Retries of transient failures (408, 429, 5xx, connection errors), honouring Retry-After, around a per-attempt timeout.</summary>
    public static void AddResilience(ResiliencePipelineBuilder<HttpResponseMessage> builder, DataCustodianOptions options)
    {
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.GetRequestMessage())),
                OnRetry = options.OnRetry is { } onRetry ? args => Report(onRetry, args, options.MaxRetryAttempts) : null,
            });
        }
        builder.AddTimeout(options.RequestTimeout);
    }

    private static ValueTask Report(Action<DataCustodianRetry> onRetry, OnRetryArguments<HttpResponseMessage> args, int maxRetryAttempts)
    {
        var request = args.Context.GetRequestMessage();
        var response = args.Outcome.Result;
        onRetry(new DataCustodianRetry(args.AttemptNumber + 1, maxRetryAttempts, args.RetryDelay, response?.StatusCode, response?.ReasonPhrase, args.Outcome.Exception,
            request?.Method, request?.RequestUri is { } uri ? DataCustodianClient.WithoutSecrets(uri) : null));
        return default;
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
    {
        if (request is not null && request.Options.TryGetValue(NotIdempotent, out var once) && once)
        {
            return false;
        }
        // A refused TLS handshake or a certificate alert (no or an untrusted certificate) will not heal by retrying.
        if (TransportFailure.IsPermanent(outcome.Exception))
        {
            return false;
        }
        return HttpClientResiliencePredicates.IsTransient(outcome);
    }

    /// <summary>The stack a plain <see cref="DataCustodianClient"/> owns: retry with a per-attempt timeout, then TLS.</summary>
    public static HttpClient CreateHttpClient(DataCustodianOptions options)
    {
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>();
        AddResilience(pipeline, options);
        var handler = new ResilienceHandler(pipeline.Build())
        {
            InnerHandler = CreatePrimaryHandler(options),
        };
        return Configure(new HttpClient(handler, disposeHandler: true));
    }

    public static HttpClient Configure(HttpClient client)
    {
        client.Timeout = Timeout.InfiniteTimeSpan; // the per-attempt timeout is in the pipeline; downloads may take long
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("GreenButton.Client", typeof(HttpPipeline).Assembly.GetName().Version?.ToString(3) ?? "1.0"));
        return client;
    }
}
