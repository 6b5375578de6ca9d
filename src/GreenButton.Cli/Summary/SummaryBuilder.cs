namespace GreenButton.Cli.Summary;

/// <summary>Builds the summary of a scanned input.</summary>
internal static class SummaryBuilder
{
    public static FileSummary Build(FeedScan scan)
    {
        return new FileSummary
        {
            File = scan.Name,
            Totals = new SummaryTotals(scan.Entries, scan.UsagePoints.Count, scan.MeterReadings.Count, scan.ReadingTypes.Count, scan.Blocks.Count,
                scan.IntervalReadings, scan.UsageSummaries.Count, scan.LocalTimeParameters.Count),
            Resources = scan.ResourceCounts,
            SumRawValue = scan.SumRawValue,
            SumRawCost = scan.SumRawCost,
            ReadingQualities = scan.ReadingQualities,
            UsagePoints = [.. scan.UsagePoints.Select(UsagePoint)],
            UnattachedMeterReadings = [.. scan.MeterReadings.Where(m => m.UsagePoint is null).Select(m => MeterReading(m, null))],
            Diagnostics = [.. scan.Diagnostics.Select(Diagnostic)],
        };
    }

    public static DiagnosticSummary Diagnostic(GreenButtonDiagnostic d)
        => new(d.Severity.ToString().ToLowerInvariant(), d.Code, d.Message, d.Line, d.Column, d.Count, d.EntryId);

    private static UsagePointSummary UsagePoint(UsagePointNode node)
    {
        var time = node.LocalTimeParameters;
        return new UsagePointSummary
        {
            Self = node.SelfHref,
            Title = node.Title,
            ServiceKind = node.Resource.ServiceKind is { } kind ? Formats.Name(kind) : null,
            ServiceKindCode = (int?)node.Resource.ServiceKind,
            LocalTime = time is null ? null
                : new LocalTimeSummary(time.TzOffsetSeconds, time.DstOffsetSeconds, time.HasDaylightSavingTime, time.DstStartRule.ToString(), time.DstEndRule.ToString()),
            UsageSummaries = [.. node.UsageSummaries.Select(s => UsageSummary((UsageSummary)s.Resource, s))],
            MeterReadings = [.. node.MeterReadings.Select(m => MeterReading(m, time))],
        };
    }

    private static UsageSummarySummary UsageSummary(UsageSummary summary, FeedNode node)
    {
        var period = summary.BillingPeriod;
        var consumption = summary.OverallConsumptionLastPeriod?.ScaledValue;
        return new UsageSummarySummary
        {
            Self = node.SelfHref,
            BillingPeriodStart = period is { HasStart: true } p ? Formats.Utc(p.StartSeconds) : null,
            BillingPeriodEnd = period is { HasStart: true, HasDuration: true } q ? Formats.Utc(q.EndSeconds) : null,
            BillLastPeriod = summary.BillLastPeriodAmount,
            Currency = (int?)summary.Currency,
            OverallConsumptionLastPeriod = consumption?.Amount,
            OverallConsumptionUnit = consumption?.UnitSymbol,
        };
    }

    internal static MeterReadingSummary MeterReading(MeterReadingNode node, LocalTimeParameters? time)
    {
        var type = node.ReadingType;
        var power = type?.PowerOfTenMultiplier ?? 0;
        long count = 0, sum = 0, cost = 0, min = long.MaxValue, max = long.MinValue;
        var costs = 0;
        var qualities = new SortedDictionary<int, long>();
        foreach (var block in node.Blocks)
        {
            var stats = block.Stats;
            if (stats.Count == 0)
            {
                continue;
            }
            count += stats.Count;
            sum += stats.SumRaw;
            cost += stats.SumCost;
            costs += stats.CostCount;
            min = Math.Min(min, stats.MinRaw);
            max = Math.Max(max, stats.MaxRaw);
            foreach (var (code, n) in stats.Qualities ?? [])
            {
                qualities[code] = qualities.GetValueOrDefault(code) + n;
            }
        }
        var sequence = node.Sequence;
        var sumValue = Formats.Scale(sum, power);
        return new MeterReadingSummary
        {
            Self = node.SelfHref,
            Title = node.Title,
            Line = node.Line,
            Column = node.Column,
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
            IntervalBlocks = node.Blocks.Count,
            IntervalReadings = count,
            SumRawValue = sum,
            SumValue = sumValue,
            Unit = type?.Uom is { } u ? Units.Symbol(u) : null,
            MinValue = count > 0 ? Formats.Scale(min, power) : null,
            MaxValue = count > 0 ? Formats.Scale(max, power) : null,
            MeanValue = count > 0 && sumValue is { } total ? Math.Round(total / count, 6, MidpointRounding.ToEven) : null,
            FirstStart = sequence.FirstStart is { } first ? Formats.Utc(first) : null,
            LastEnd = sequence.LastEnd is { } last ? Formats.Utc(last) : null,
            FirstStartLocal = Formats.Local(time, sequence.FirstStart),
            LastEndLocal = Formats.Local(time, sequence.LastEnd),
            SumRawCost = cost,
            TotalCost = costs > 0 ? GreenButton.ReadingType.CostAmount(cost) : null,
            Currency = type?.Currency is { } currency ? currency.ToString() : null,
            Qualities = qualities.ToDictionary(q => Formats.Name((QualityOfReading)q.Key), q => q.Value),
            Gaps = sequence.Gaps,
            MissingIntervals = sequence.MissingIntervals,
            MissingSeconds = sequence.MissingSeconds,
            Overlaps = sequence.Overlaps,
            Duplicates = sequence.Duplicates,
        };
    }
}
