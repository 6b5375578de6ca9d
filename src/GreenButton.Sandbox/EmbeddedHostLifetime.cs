using Microsoft.Extensions.Hosting;

namespace GreenButton.Sandbox;

/// <summary>A host lifetime that listens to no process signal: the sandbox lives inside someone else's process.</summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
