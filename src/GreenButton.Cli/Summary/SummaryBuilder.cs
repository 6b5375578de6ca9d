namespace GreenButton.Cli.Summary;

/// <summary>Builds the summary of an input from the core's streaming view: its figures are known once the input is read.</summary>
internal static class SummaryBuilder
{
    public static FileSummary Build(string name, GreenButtonFeed feed)
    {
        var doc = feed.Document;
        var resources = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var resource in doc.Resources)
        {
            resources[resource.ResourceName] = resources.GetValueOrDefault(resource.ResourceName) + 1;
        }
        return new FileSummary
        {
            File = name,
            Totals = new SummaryTotals(doc.Entries.Count, doc.UsagePoints.Count, doc.MeterReadings.Count, doc.ReadingTypes.Count, doc.IntervalBlocks.Count,
                feed.Statistics.Count, doc.UsageSummaries.Count, doc.LocalTimeParameters.Count),
            Resources = resources,
            SumRawValue = feed.Statistics.SumValue,
            SumRawCost = feed.Statistics.SumCost,
            ReadingQualities = feed.Statistics.QualityCount,
            UsagePoints = [.. doc.UsagePoints.Select(up => UsagePoint(feed, up))],
            UnattachedMeterReadings = [.. feed.Series.Where(s => s.UsagePoint is null).Select(s => MeterReading(s, null))],
            Diagnostics = [.. feed.Diagnostics.Select(Diagnostic)],
        };
    }

    public static DiagnosticSummary Diagnostic(GreenButtonDiagnostic d)
        => new(d.Severity.ToString().ToLowerInvariant(), d.Code, d.Message, d.Line, d.Column, d.Count, d.EntryId);

    private static UsagePointSummary UsagePoint(GreenButtonFeed feed, UsagePoint up)
    {
        var time = up.LocalTimeParameters;
        return new UsagePointSummary
        {
            Self = up.SelfHref,
            Title = up.Title,
            ServiceKind = up.ServiceKind is { } kind ? Formats.Name(kind) : null,
            ServiceKindCode = (int?)up.ServiceKind,
            LocalTime = time is null ? null
                : new LocalTimeSummary(time.TzOffsetSeconds, time.DstOffsetSeconds, time.HasDaylightSavingTime, time.DstStartRule.ToString(), time.DstEndRule.ToString()),
            UsageSummaries = [.. up.UsageSummaries.Select(UsageSummary)],
            MeterReadings = [.. up.MeterReadings.Select(m => MeterReading(feed.SeriesOf(m)!, time))],
        };
    }

    private static UsageSummarySummary UsageSummary(UsageSummary summary)
    {
        var period = summary.BillingPeriod;
        var consumption = summary.OverallConsumptionLastPeriod?.ScaledValue;
        return new UsageSummarySummary
        {
            Self = summary.SelfHref,
            BillingPeriodStart = period is { HasStart: true } p ? Formats.Utc(p.StartSeconds) : null,
            BillingPeriodEnd = period is { HasStart: true, HasDuration: true } q ? Formats.Utc(q.EndSeconds) : null,
            BillLastPeriod = summary.BillLastPeriodAmount,
            Currency = (int?)summary.Currency,
            OverallConsumptionLastPeriod = consumption?.Amount,
            OverallConsumptionUnit = consumption?.UnitSymbol,
        };
    }

    internal static MeterReadingSummary MeterReading(ReadingSeries series, LocalTimeParameters? time)
    {
        var mr = series.MeterReading;
        var type = series.ReadingType;
        var power = type?.PowerOfTenMultiplier ?? 0;
        var statistics = series.Statistics;
        var timeline = series.Timeline;
        var count = statistics.Count;
        var sumValue = Formats.Scale(statistics.SumValue, power);
        return new MeterReadingSummary
        {
            Self = mr.SelfHref,
            Title = mr.Title,
            Line = mr.Entry?.Line ?? 0,
            Column = mr.Entry?.Column ?? 0,
            ReadingType = type is null ? null : new ReadingTypeSummary
            {
                Uom = (int?)type.Uom,
                Unit = type.Uom is { } uom ? Units.Symbol(uom) : null,
                PowerOfTenMultiplier = type.PowerOfTenMultiplier,
                IntervalLength = type.IntervalLength,
                FlowDirection = (int?)type.FlowDirection,
                Commodity = (int?)type.Commodity,
                Currency = (int?)type.Currency,
                Kind = (int?)type.Kind,
                AccumulationBehaviour = (int?)type.AccumulationBehaviour,
                DataQualifier = (int?)type.DataQualifier,
            },
            IntervalBlocks = mr.IntervalBlocks.Count,
            IntervalReadings = count,
            SumRawValue = statistics.SumValue,
            SumValue = sumValue,
            Unit = type?.Uom is { } u ? Units.Symbol(u) : null,
            MinValue = statistics.MinValue is { } min ? Formats.Scale(min, power) : null,
            MaxValue = statistics.MaxValue is { } max ? Formats.Scale(max, power) : null,
            MeanValue = count > 0 && sumValue is { } total ? Math.Round(total / count, 6, MidpointRounding.ToEven) : null,
            FirstStart = timeline.FirstStart is { } first ? Formats.Utc(first) : null,
            LastEnd = timeline.LastEnd is { } last ? Formats.Utc(last) : null,
            FirstStartLocal = Formats.Local(time, timeline.FirstStart),
            LastEndLocal = Formats.Local(time, timeline.LastEnd),
            SumRawCost = statistics.SumCost,
            TotalCost = statistics.TotalCost,
            Currency = type?.Currency is { } currency ? currency.ToString() : null,
            Qualities = statistics.Qualities.OrderBy(q => (int)q.Key).ToDictionary(q => Formats.Name(q.Key), q => q.Value),
            Gaps = timeline.Gaps,
            MissingIntervals = timeline.MissingIntervals,
            MissingSeconds = timeline.MissingSeconds,
            Overlaps = timeline.Overlaps,
            Duplicates = timeline.Duplicates,
        };
    }
}
