namespace GreenButton.Cli.Feeds;

/// <summary>
/// Opens an input as the core's <see cref="GreenButtonFeed"/>: one streaming pass, links resolved, figures measured;
/// every later pass over its readings opens the input afresh and reports its bytes to <see cref="Progress"/>.
/// </summary>
internal sealed class InputFeed
{
    private InputFeed(InputFile input) => Input = input;

    public InputFile Input { get; }

    public string Name => Input.Name;

    public GreenButtonFeed Feed { get; private set; } = null!;

    /// <summary>What the CSV reader said of a utility CSV input (empty for XML), before the feed's own diagnostics.</summary>
    public List<GreenButtonDiagnostic> CsvDiagnostics { get; } = [];

    /// <summary>Every diagnostic of the input: the CSV reader's, then the feed's.</summary>
    public IReadOnlyList<GreenButtonDiagnostic> Diagnostics => CsvDiagnostics.Count == 0 ? Feed.Diagnostics : [.. CsvDiagnostics, .. Feed.Diagnostics];

    /// <summary>Where the pass under way reports the bytes read (the progress bar of its phase); null for none.</summary>
    public Action<long>? Progress { get; set; }

    /// <exception cref="GreenButtonException">The input is unreadable, malformed, or (strict) holds invalid data.</exception>
    /// <remarks>With <c>spoolReadings</c> (an export, which reads the readings again) they are spooled in binary as the input is read.</remarks>
    public static InputFeed Open(InputFile input, GreenButtonReaderOptions options, Action<long>? progress, CancellationToken cancellationToken, bool spoolReadings = false)
    {
        var opened = new InputFeed(input) { Progress = progress };
        opened.Feed = GreenButtonFeed.Open(() => input.OpenEspi(options, opened.Report, opened.CsvDiagnostics), options with { SourceName = input.Name }, spoolReadings, cancellationToken);
        return opened;
    }

    private void Report(long bytes) => Progress?.Invoke(bytes);
}
