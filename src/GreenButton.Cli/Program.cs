using GreenButton.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // First Ctrl+C: stop cleanly (partial outputs are removed, exit code 130); a second one kills the process.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};
return await GreenButtonCli.RunAsync(args, CliEnvironment.FromConsole(), cancellation.Token).ConfigureAwait(false);
