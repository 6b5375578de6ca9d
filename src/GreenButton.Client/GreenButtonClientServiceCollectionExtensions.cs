using GreenButton.Client;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="DataCustodianClient"/> with <c>IHttpClientFactory</c>.</summary>
public static class GreenButtonClientServiceCollectionExtensions
{
    /// <summary>The name of the HTTP client and of the options.</summary>
    public const string ClientName = "GreenButton.Client";

    /// <summary>
    /// Registers a singleton <see cref="DataCustodianClient"/> configured by <paramref name="configure"/>, on a named
    /// <see cref="HttpClient"/>: the primary handler holds the client certificate, then the retry pipeline
    /// (Microsoft.Extensions.Http.Resilience, which never retries a code exchange or a refresh). Bearer tokens, limits
    /// and failures are the client's own. Returns the builder for more handlers.
    /// </summary>
    public static IHttpClientBuilder AddGreenButtonClient(this IServiceCollection services, Action<DataCustodianOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(ClientName, configure);
        var builder = services.AddHttpClient(ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => HttpPipeline.CreatePrimaryHandler(OptionsOf(sp)))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan) // the singleton keeps its handler; connections are recycled by PooledConnectionLifetime
            .ConfigureHttpClient(client => HttpPipeline.Configure(client));
        builder.AddResilienceHandler("GreenButton.Client.Retry", (pipeline, context) => HttpPipeline.AddResilience(pipeline, OptionsOf(context.ServiceProvider)));
        services.TryAddSingleton(sp => new DataCustodianClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName), OptionsOf(sp)));
        return builder;
    }

    private static DataCustodianOptions OptionsOf(IServiceProvider services) => services.GetRequiredService<IOptionsMonitor<DataCustodianOptions>>().Get(ClientName);
}
