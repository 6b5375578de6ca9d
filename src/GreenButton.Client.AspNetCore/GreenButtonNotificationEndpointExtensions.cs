using GreenButton;
using GreenButton.Client;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the third party's notify URI: where a Data Custodian POSTs BatchList notifications.</summary>
public static class GreenButtonNotificationEndpointExtensions
{
    /// <summary>
    /// Maps POST <paramref name="pattern"/>: parses the BatchList (at most <see cref="BatchListNotification.MaxBodyBytes"/>),
    /// answers 200 at once, and hands the resource URIs to <paramref name="handler"/> in the background (the custodian must
    /// not wait for the download); the handler fetches them with <see cref="DataCustodianClient.GetResourceAsync(Uri, CancellationToken)"/>.
    /// A body that is not a BatchList gets 400. The handler's token is cancelled when the application stops; its
    /// failures are logged (without the URIs' query strings).
    /// </summary>
    public static IEndpointConventionBuilder MapGreenButtonNotifications(this IEndpointRouteBuilder endpoints, string pattern,
        Func<BatchListNotification, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(handler);
        var services = endpoints.ServiceProvider;
        var stopping = services.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("GreenButton.Client.Notifications");
        return endpoints.MapPost(pattern, async (HttpContext context) =>
        {
            BatchListNotification notification;
            try
            {
                notification = await BatchListNotification.ParseAsync(context.Request.Body, context.RequestAborted).ConfigureAwait(false);
            }
            catch (GreenButtonException)
            {
                return Results.BadRequest();
            }
            _ = Task.Run(async () =>
            {
                try
                {
                    await handler(notification, stopping).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
                {
                    if (logger is not null)
                    {
                        LogHandlerFailed(logger, notification.Resources.Count, ex.GetType().Name, ex);
                    }
                }
            }, CancellationToken.None);
            return Results.Ok();
        });
    }

    private static readonly Action<ILogger, int, string, Exception?> s_handlerFailed = LoggerMessage.Define<int, string>(LogLevel.Error,
        new EventId(1, "NotificationHandlerFailed"), "The Green Button notification handler failed for {ResourceCount} resource(s): {ExceptionType}");

    private static void LogHandlerFailed(ILogger logger, int count, string type, Exception ex) => s_handlerFailed(logger, count, type, ex);
}
