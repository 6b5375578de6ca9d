namespace GreenButton;

/// <summary>
/// Checks whether a Green Button document conforms, in one streaming pass: against the ESPI XML schema (4.0, or 3.3),
/// against the Green Button Alliance's data rules (the D-codes of <see cref="Rules"/>) for the function blocks the feed
/// claims, and for quirks (what the reader had to repair, gaps, DST-shifted time, summaries that disagree with readings).
/// Memory stays bounded by the document's entries, not its readings: a 1 GB feed validates as a 1 MB one does.
/// </summary>
/// <remarks>
/// A malformed or unreadable input does not throw: the result says <see cref="GreenButtonValidationResult.IsReadable"/> is
/// false and holds one <see cref="ValidationCodes.Xml"/> (or <see cref="ValidationCodes.Io"/>) violation. DTDs are
/// refused and nothing external is resolved, as by <see cref="GreenButtonReader"/>.
/// </remarks>
public static class GreenButtonValidator
{
    /// <summary>The Green Button Alliance's data rules, in the order of its test files (143 D-codes).</summary>
    public static IReadOnlyList<ValidationRule> Rules { get; } = Array.AsReadOnly(GbaRuleCatalogue.All);

    /// <summary>Validates a file; its path names it in the result.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">What to check, and how.</param>
    /// <param name="cancellationToken">Checked before the run, after each entry and every 4,096 readings within a block: a cancelled run throws <see cref="OperationCanceledException"/>, even when the input then breaks off.</param>
    public static GreenButtonValidationResult Validate(string path, GreenButtonValidationOptions options = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        cancellationToken.ThrowIfCancellationRequested();
        options = WithSource(options, path);
        FileStream stream;
        try
        {
            stream = GreenButtonReader.OpenFile(path);
        }
        catch (GreenButtonException ex)
        {
            return new ValidationRun(options, options.SourceName).Unreadable(ex, ValidationCodes.Io);
        }
        using (stream)
        {
            return Validate(stream, options, cancellationToken);
        }
    }

    /// <summary>
    /// Validates a stream, which stays open. The synchronous path is the faster one (about half the CPU time of
    /// <see cref="ValidateAsync(Stream, GreenButtonValidationOptions, CancellationToken)"/> on a local file); both give the same result.
    /// </summary>
    /// <param name="stream">The document.</param>
    /// <param name="options">What to check, and how.</param>
    /// <param name="cancellationToken">Checked before the run, after each entry and every 4,096 readings within a block: a cancelled run throws <see cref="OperationCanceledException"/>, even when the input then breaks off.</param>
    public static GreenButtonValidationResult Validate(Stream stream, GreenButtonValidationOptions options = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        cancellationToken.ThrowIfCancellationRequested();
        var run = new ValidationRun(options, options.SourceName);
        try
        {
            using var parser = run.Open(stream, closeInput: false, async: false, cancellationToken);
            foreach (var entry in parser.ReadEntries())
            {
                run.Take(entry);
            }
            parser.ReadToEnd();
            run.Capture(parser);
        }
        catch (GreenButtonException ex)
        {
            return run.Unreadable(ex, ex.InnerException is IOException ? ValidationCodes.Io : ValidationCodes.Xml);
        }
        catch (IOException ex)
        {
            return run.Unreadable(new GreenButtonException($"The input could not be read: {ex.Message}", ex), ValidationCodes.Io);
        }
        return run.Finish();
    }

    /// <summary>Validates a file asynchronously.</summary>
    public static async Task<GreenButtonValidationResult> ValidateAsync(string path, GreenButtonValidationOptions options = default,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options = WithSource(options, path);
        FileStream stream;
        try
        {
            stream = GreenButtonReader.OpenFileAsync(path);
        }
        catch (GreenButtonException ex)
        {
            return new ValidationRun(options, options.SourceName).Unreadable(ex, ValidationCodes.Io);
        }
        await using (stream.ConfigureAwait(false))
        {
            return await ValidateAsync(stream, options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Validates a stream asynchronously (a network response, say); the stream stays open.</summary>
    public static async Task<GreenButtonValidationResult> ValidateAsync(Stream stream, GreenButtonValidationOptions options = default,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var run = new ValidationRun(options, options.SourceName);
        try
        {
            using var parser = run.Open(stream, closeInput: false, async: true, cancellationToken);
            await foreach (var entry in parser.ReadEntriesAsync(cancellationToken).ConfigureAwait(false))
            {
                run.Take(entry);
            }
            await parser.ReadToEndAsync().ConfigureAwait(false);
            run.Capture(parser);
        }
        catch (GreenButtonException ex)
        {
            return run.Unreadable(ex, ex.InnerException is IOException ? ValidationCodes.Io : ValidationCodes.Xml);
        }
        catch (IOException ex)
        {
            return run.Unreadable(new GreenButtonException($"The input could not be read: {ex.Message}", ex), ValidationCodes.Io);
        }
        return run.Finish();
    }

    private static GreenButtonValidationOptions WithSource(GreenButtonValidationOptions options, string path)
        => options.SourceName is null ? options with { SourceName = path } : options;
}
