using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Xml;

namespace GreenButton.FuzzTests;

/// <summary>
/// The oracle. Every input goes through <c>Load</c>, <c>LoadAsync</c>, <c>ReadEntries</c>, <c>ReadEntriesAsync</c> and
/// <c>ReadIntervalReadings</c>, strict and lenient, and through the model accessors a consumer touches. It must give data
/// or a <see cref="GreenButtonException"/> (nothing else), the same sync and async, within 1 GB allocated, and (when
/// asked: the long runs, not CI) within 10 s or 20 times a bare <see cref="XmlReader"/> scan of the same input.
/// </summary>
internal static class Harness
{
    public const long MaxAllocated = 1L << 30;
    private static readonly TimeSpan s_maxTime = TimeSpan.FromSeconds(10);
    private static readonly GreenButtonReaderOptions[] s_modes = [default, new() { Lenient = true }];

    /// <summary>Null when the input kept the contract; else what broke it.</summary>
    public static string? Check(byte[] input, bool checkTime)
    {
        var watch = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            foreach (var options in s_modes)
            {
                var mode = options.Lenient ? "lenient" : "strict";
                var sync = Outcome(() => GreenButtonDocument.Load(new MemoryStream(input), options));
                var async = Outcome(() => GreenButtonDocument.LoadAsync(new MemoryStream(input), options).GetAwaiter().GetResult());
                if (sync != async)
                {
                    return $"{mode}: Load and LoadAsync disagree\n--- Load\n{sync}\n--- LoadAsync\n{async}";
                }
                var entries = Outcome(() => GreenButtonDocument.FromEntries(GreenButtonReader.ReadEntries(new MemoryStream(input), options).ToList()));
                var entriesAsync = Outcome(() => GreenButtonDocument.FromEntries(ReadAllAsync(input, options).GetAwaiter().GetResult()));
                if (entries != entriesAsync)
                {
                    return $"{mode}: ReadEntries and ReadEntriesAsync disagree\n--- ReadEntries\n{entries}\n--- ReadEntriesAsync\n{entriesAsync}";
                }
                ReadingsOutcome(input, options);
            }
        }
        catch (ContractBroken ex)
        {
            return ex.Message;
        }
        var spent = GC.GetAllocatedBytesForCurrentThread() - allocated;
        if (spent > MaxAllocated)
        {
            return $"allocated {spent:N0} bytes for a {input.Length:N0}-byte input";
        }
        if (checkTime && watch.Elapsed > s_maxTime)
        {
            // Ten passes (five APIs, two modes): slow only beyond 20 times ten bare scans as well.
            var scan = RawScan(input);
            if (watch.Elapsed > scan * 200)
            {
                return $"took {watch.Elapsed.TotalSeconds:F1} s (a bare XmlReader scan: {scan.TotalMilliseconds:F0} ms)";
            }
        }
        return null;
    }

    private sealed class ContractBroken(string message, Exception inner) : Exception(message, inner);

    private static ContractBroken Broken(string what, Exception ex) => new($"{what} threw {ex.GetType().FullName}: {ex.Message}\n{ex}", ex);

    private static async Task<List<AtomEntry>> ReadAllAsync(byte[] input, GreenButtonReaderOptions options)
    {
        var list = new List<AtomEntry>();
        await foreach (var entry in GreenButtonReader.ReadEntriesAsync(new MemoryStream(input), options).ConfigureAwait(false))
        {
            list.Add(entry);
        }
        return list;
    }

    /// <summary>A document, every accessor touched, as text; or the located error.</summary>
    private static string Outcome(Func<GreenButtonDocument> load)
    {
        GreenButtonDocument doc;
        try
        {
            doc = load();
        }
        catch (GreenButtonException ex)
        {
            return $"error data={ex.IsDataError} {ex.Message}";
        }
        catch (Exception ex)
        {
            throw Broken("reading", ex);
        }
        try
        {
            return Describe(doc);
        }
        catch (Exception ex)
        {
            throw Broken("an accessor", ex);
        }
    }

    private static string Describe(GreenButtonDocument doc)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"feed {doc.FeedId} {doc.FeedTitle?.Length} {doc.FeedUpdated} {doc.Entries.Count} entries\n");
        foreach (var entry in doc.Entries)
        {
            text.Append(CultureInfo.InvariantCulture, $"{entry.Id} {entry.Line}:{entry.Column} {entry.Published} {entry.Updated} {entry.Links.Count} {string.Join(",", entry.Resources.Select(r => r.ResourceName))}\n");
        }
        var local = doc.LocalTimeParameters.FirstOrDefault();
        foreach (var time in doc.LocalTimeParameters)
        {
            _ = (time.TzOffset, time.DstOffset, time.HasDaylightSavingTime, time.ToTimeZoneInfo(2020, 2024));
        }
        long checksum = 0;
        foreach (var block in doc.IntervalBlocks)
        {
            if (block.Interval is { } interval)
            {
                _ = (interval.Start, interval.End, interval.Duration, interval.EndSeconds, interval.ToString());
            }
            var type = block.ReadingType;
            foreach (var reading in block.Readings)
            {
                _ = (reading.Start, reading.End, reading.Duration, reading.CostAmount, reading.Qualities.Count, reading.ToString());
                checksum = unchecked((checksum * 31) + reading.StartSeconds + reading.Value + reading.EndSeconds);
                if (local is not null)
                {
                    _ = local.ToLocal(reading.Start);
                    _ = local.ToLocal(reading.End);
                    _ = local.GetUtcOffset(reading.Start);
                }
                if (type is not null)
                {
                    Scale(type, reading.Value);
                }
            }
            text.Append(CultureInfo.InvariantCulture, $"block {block.Line}:{block.Column} {block.Readings.Count}\n");
        }
        foreach (var summary in doc.UsageSummaries)
        {
            _ = summary.ToString();
        }
        text.Append(CultureInfo.InvariantCulture, $"readings {checksum}\n");
        foreach (var diagnostic in doc.Diagnostics)
        {
            text.Append(diagnostic).Append('\n');
        }
        return text.ToString();
    }

    /// <summary><see cref="ReadingType.Scale(long)"/> throws only its documented OverflowException, beyond decimal's range.</summary>
    private static void Scale(ReadingType type, long value)
    {
        try
        {
            _ = type.Scale(value).ToString();
        }
        catch (OverflowException)
        {
            // documented: |powerOfTenMultiplier| above 28, or a product beyond decimal (the reader reports the power)
        }
    }

    private static void ReadingsOutcome(byte[] input, GreenButtonReaderOptions options)
    {
        try
        {
            foreach (var reading in GreenButtonReader.ReadIntervalReadings(new MemoryStream(input), options))
            {
                _ = (reading.Start, reading.End, reading.Duration, reading.CostAmount, reading.BlockHref, reading.ToString());
            }
        }
        catch (GreenButtonException)
        {
        }
        catch (Exception ex)
        {
            throw Broken("ReadIntervalReadings", ex);
        }
    }

    /// <summary>How long a bare XmlReader scan of the input takes, with the parser's settings; the measure for slow XML.</summary>
    private static TimeSpan RawScan(byte[] input)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(input), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
            while (reader.Read())
            {
            }
        }
        catch (Exception ex) when (ex is XmlException or DecoderFallbackException)
        {
        }
        return watch.Elapsed;
    }
}
