using GreenButton.Csv.Text;

namespace GreenButton.Csv.Mapping;

/// <summary>
/// The utility zone's wall clock to UTC through <see cref="LocalTimeConversion"/>, one series at a time. A repeated local
/// time (the fall-back hour) is the earlier instant the first time and the later one once the series has passed it: the
/// rows' order says which, as in <c>1:00 AM, 1:00 AM</c>. A skipped time (the spring-forward hour) is shifted forward and
/// reported. Ends are the first instant after the start they can name.
/// </summary>
internal sealed class CsvClock(TimeZoneInfo zone, CsvSheet sheet)
{
    private static readonly LocalTimeResolver s_first = new(AmbiguousLocalTime.Earlier, SkippedLocalTime.ShiftForward);
    private static readonly LocalTimeResolver s_repeat = new(AmbiguousLocalTime.Later, SkippedLocalTime.ShiftForward);
    private static readonly LocalTimeResolver s_end = new(AmbiguousLocalTime.Earlier, SkippedLocalTime.StartOfIntervalAfter);

    private int _repeated, _skipped, _firstRepeatedLine, _firstSkippedLine;

    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>The UTC start of a row at <paramref name="local"/>, given the last start of its series (Unix seconds).</summary>
    public long Start(DateTime local, long? previous, int line)
    {
        var mapping = LocalTimeConversion.Map(local, Zone);
        switch (mapping.Kind)
        {
            case LocalTimeMappingKind.Ambiguous:
                var repeat = previous is { } p && p >= mapping.Earlier.ToUnixTimeSeconds();
                if (repeat)
                {
                    _repeated++;
                    _firstRepeatedLine = _firstRepeatedLine == 0 ? line : _firstRepeatedLine;
                }
                return LocalTimeConversion.ToUtc(local, Zone, repeat ? s_repeat : s_first).ToUnixTimeSeconds();
            case LocalTimeMappingKind.Skipped:
                _skipped++;
                _firstSkippedLine = _firstSkippedLine == 0 ? line : _firstSkippedLine;
                return LocalTimeConversion.ToUtc(local, Zone, s_first).ToUnixTimeSeconds();
            default:
                return mapping.Earlier.ToUnixTimeSeconds();
        }
    }

    /// <summary>The UTC end at <paramref name="local"/> of a row that starts at <paramref name="start"/>: the first instant after it.</summary>
    public long End(DateTime local, long start)
    {
        var mapping = LocalTimeConversion.Map(local, Zone);
        if (mapping.Kind == LocalTimeMappingKind.Ambiguous)
        {
            var earlier = mapping.Earlier.ToUnixTimeSeconds();
            return earlier > start ? earlier : mapping.Later.ToUnixTimeSeconds();
        }
        return LocalTimeConversion.ToUtc(local, Zone, s_end).ToUnixTimeSeconds();
    }

    /// <summary>Whether <paramref name="utc"/> is the first of the two instants the repeated local time <paramref name="local"/> names.</summary>
    public bool IsFirstOfRepeated(DateTime local, long utc)
    {
        var mapping = LocalTimeConversion.Map(local, Zone);
        return mapping.Kind == LocalTimeMappingKind.Ambiguous && mapping.Earlier.ToUnixTimeSeconds() == utc;
    }

    /// <summary>Reports the repeated and skipped times placed.</summary>
    public void Report()
    {
        if (_repeated > 0)
        {
            sheet.Report(DiagnosticSeverity.Info, CsvDiagnosticCodes.RepeatedLocalTime,
                $"{_repeated} reading(s) in the repeated hour of a fall-back day were placed after the first occurrence, in standard time ({Zone.Id}).",
                _firstRepeatedLine, 1, _repeated);
        }
        if (_skipped > 0)
        {
            sheet.Report(DiagnosticSeverity.Warning, CsvDiagnosticCodes.SkippedLocalTime,
                $"{_skipped} reading(s) start at a local time the clocks skip on a spring-forward day in {Zone.Id}; read shifted forward by the change.",
                _firstSkippedLine, 1, _skipped);
        }
    }
}
