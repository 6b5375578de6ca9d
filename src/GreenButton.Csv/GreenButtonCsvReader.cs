using System.Security.Cryptography;
using GreenButton.Csv.Layouts;
using GreenButton.Csv.Mapping;
using GreenButton.Csv.Text;

namespace GreenButton.Csv;

/// <summary>
/// Reads a utility "Download My Data" CSV file as Green Button resources. The layout is detected from the file's first
/// lines (<see cref="Layouts"/>), the encoding from its bytes (UTF-8 with or without BOM, UTF-16 with BOM,
/// Windows-1252), the separator from its first lines (comma or tab). Local times are converted to UTC in the
/// utility's zone with DST made explicit; values stay exact (<c>0.2900</c> kWh is 290 Wh).
/// </summary>
/// <example>
/// <code>
/// var download = GreenButtonCsvReader.Read("Electric_60_Minute_11-1-2022_11-30-2022.csv");
/// var document = download.ToDocument();
/// foreach (var reading in document.MeterReadings[0].Readings) { ... }
/// </code>
/// </example>
public static class GreenButtonCsvReader
{
    /// <summary>The base of the hrefs given to the resources when <see cref="GreenButtonCsvOptions.BaseUri"/> is not set; a per-file part follows it.</summary>
    public static Uri DefaultBaseUri { get; } = new("https://csv.greenbutton.invalid/");

    /// <summary>The layouts the reader knows, in the order they are tried.</summary>
    public static IReadOnlyList<CsvLayoutInfo> Layouts { get; } = [.. CsvLayouts.All.Select(l => l.Info)];

    /// <summary>Reads a file.</summary>
    /// <exception cref="GreenButtonException">The file cannot be opened, is of no known layout, or (strict) has a row that cannot be read.</exception>
    public static CsvDownload Read(string path, GreenButtonCsvOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GreenButtonException($"{path}: cannot open the file: {ex.Message}", ex);
        }
        return Read(bytes, options with { SourceName = options.SourceName ?? path });
    }

    /// <summary>Reads from a stream, which stays open.</summary>
    /// <exception cref="GreenButtonException">The stream cannot be read, is of no known layout, or (strict) has a row that cannot be read.</exception>
    public static CsvDownload Read(Stream stream, GreenButtonCsvOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        try
        {
            stream.CopyTo(buffer);
        }
        catch (IOException ex)
        {
            throw new GreenButtonException($"{options.SourceName ?? "<input>"}: cannot read the input: {ex.Message}", ex);
        }
        return Read(buffer.ToArray(), options);
    }

    /// <summary>Reads a stream asynchronously (it stays open); the result is the one <see cref="Read(Stream, GreenButtonCsvOptions)"/> gives.</summary>
    /// <exception cref="GreenButtonException">The stream cannot be read, is of no known layout, or (strict) has a row that cannot be read.</exception>
    public static async Task<CsvDownload> ReadAsync(Stream stream, GreenButtonCsvOptions options = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        try
        {
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new GreenButtonException($"{options.SourceName ?? "<input>"}: cannot read the input: {ex.Message}", ex);
        }
        return Read(buffer.ToArray(), options);
    }

    /// <summary>Reads CSV text already decoded.</summary>
    /// <exception cref="GreenButtonException">The text is of no known layout, or (strict) has a row that cannot be read.</exception>
    public static CsvDownload Parse(string text, GreenButtonCsvOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(text.StartsWith('\uFEFF') ? text[1..] : text, "text", options, SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// Whether bytes that start an input look like CSV rather than XML: their first character that is not a BOM or white
    /// space is not <c>&lt;</c>. For tools that take both (the <c>greenbutton</c> CLI).
    /// </summary>
    public static bool LooksLikeCsv(ReadOnlySpan<byte> start)
    {
        var text = CsvText.Decode(start, out _);
        foreach (var c in text)
        {
            if (c == '\uFEFF' || char.IsWhiteSpace(c))
            {
                continue;
            }
            return c != '<';
        }
        return false;
    }

    /// <summary>Reads the bytes of a download (encoding detected).</summary>
    /// <exception cref="GreenButtonException">The bytes are of no known layout, or (strict) have a row that cannot be read.</exception>
    public static CsvDownload Read(ReadOnlySpan<byte> bytes, GreenButtonCsvOptions options = default)
    {
        var text = CsvText.Decode(bytes, out var encoding);
        return Read(text, encoding, options, SHA256.HashData(bytes));
    }

    private static CsvDownload Read(string text, string encoding, GreenButtonCsvOptions options, byte[] hash)
    {
        var separator = CsvTokenizer.DetectSeparator(text);
        var records = CsvTokenizer.Split(text, separator);
        var sheet = new CsvSheet(options.SourceName, records, options);
        var (layout, header) = Choose(sheet);
        var builder = new CsvBuilder(sheet);
        layout.Read(builder, header);
        var zone = Zone(sheet, layout, builder);
        var clock = new CsvClock(zone, sheet);
        var root = options.BaseUri ?? new Uri(DefaultBaseUri, Convert.ToHexStringLower(hash.AsSpan(0, 6)) + "/espi/1_1/resource/");
        var (entries, updated) = CsvModel.Stamp(CsvModel.Build(builder, clock, root), options.Updated);
        if (builder.RowsRead == 0)
        {
            sheet.Report(DiagnosticSeverity.Warning, CsvDiagnosticCodes.NoReadings, "the file has a header but no data rows.", records[header].Line, 1);
        }
        var feed = new CsvFeed(CsvModel.FeedId(root), $"Green Button data converted from a utility CSV download ({layout.Info.Name})", updated);
        return new CsvDownload(options.SourceName, layout.Info, encoding, separator, zone, builder.Customer, entries, sheet.Diagnostics, sheet.RowsSkipped, feed);
    }

    private static (CsvLayout Layout, int Header) Choose(CsvSheet sheet)
    {
        if (sheet.Options.Layout is { } name)
        {
            var layout = CsvLayouts.All.FirstOrDefault(l => string.Equals(l.Info.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw CsvSheet.Error(sheet.Source, 0, 0, $"there is no CSV layout '{name}'; the layouts are {string.Join(", ", CsvLayouts.All.Select(l => l.Info.Name))}.");
            var header = layout.FindHeader(sheet.Records);
            return header >= 0 ? (layout, header)
                : throw CsvSheet.Error(sheet.Source, 0, 0, $"the file has no '{layout.Info.Header}' header in its first lines, as layout '{layout.Info.Name}' needs.");
        }
        return CsvLayouts.Detect(sheet.Records) ?? throw CsvSheet.Error(sheet.Source, 0, 0, UnknownLayout(sheet));
    }

    private static string UnknownLayout(CsvSheet sheet)
    {
        var first = sheet.Records.FirstOrDefault(r => !r.IsBlank);
        var seen = first is null ? "the file is empty" : sheet.Options.RedactValues ? $"its first line (line {first.Line}) is no known header"
            : $"its first line is '{string.Join(",", first.Trimmed())}'";
        return $"not a utility CSV layout this reader knows ({seen}). Known layouts: "
            + string.Join("; ", CsvLayouts.All.Select(l => $"{l.Info.Name} ({l.Info.Utilities}), header '{l.Info.Header}'"))
            + ". To add one, see 'Adding a CSV layout' in the README: a class in src/GreenButton.Csv/Layouts and a line in CsvLayouts.All.";
    }

    private static TimeZoneInfo Zone(CsvSheet sheet, CsvLayout layout, CsvBuilder builder)
    {
        if (sheet.Options.TimeZone is { } given)
        {
            return given;
        }
        var id = layout.Info.TimeZoneId;
        if (id is null && builder.ZoneHint is { } hint)
        {
            id = hint.ZoneId;
            sheet.Report(DiagnosticSeverity.Info, CsvDiagnosticCodes.TimeZoneFromFile,
                $"local times read in {hint.ZoneId}: {(sheet.Options.RedactValues ? "taken from the file" : hint.Reason)}; give a time zone (--time-zone) if that is wrong.");
        }
        if (id is null)
        {
            throw CsvSheet.Error(sheet.Source, 0, 0,
                $"the {layout.Info.Name} layout does not say which time zone its times are in, and neither the file name (an Opower utility code such as pge_, cned_, ngma_) "
                + "nor the address (a state) tells; give one (GreenButtonCsvOptions.TimeZone, --time-zone America/Los_Angeles).");
        }
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new GreenButtonException($"{sheet.Source ?? "<input>"}: the time zone {id} of the {layout.Info.Name} layout is not installed on this system: {ex.Message}", ex);
        }
    }
}
