namespace GreenButton;

internal static partial class QuirkChecks
{
    /// <summary>The relative difference beyond which a summary and its readings disagree.</summary>
    private const decimal Tolerance = 0.02m;

    /// <summary>
    /// Compares a UsageSummary's consumption of its billing period (overallConsumptionLastPeriod, else
    /// currentBillingPeriodOverAllConsumption, in Wh) with the sum of the delivered-energy interval readings of its UsagePoint
    /// over the same period. Only periods on whole hours that the readings cover without a gap are compared.
    /// </summary>
    private static void SummaryAgainstReadings(RuleContext context, UsageSummary summary)
    {
        if (summary.UsagePoint is not { } point || summary.BillingPeriod is not { HasStart: true, HasDuration: true } period
            || period.DurationSeconds <= 0 || period.StartSeconds % 3600 != 0 || period.EndSeconds % 3600 != 0)
        {
            return;
        }
        var measurements = new[] { summary.OverallConsumptionLastPeriod, summary.CurrentBillingPeriodOverallConsumption }
            .Where(m => m is { Value: not null, Uom: UnitOfMeasure.Wh, PowerOfTenMultiplier: >= -28 and <= 28 }).ToList();
        if (measurements.Count == 0)
        {
            return;
        }
        decimal? closest = null;
        foreach (var meterReading in point.MeterReadings)
        {
            if (meterReading.ReadingType is not { Kind: ReadingKind.Energy, Uom: UnitOfMeasure.Wh, AccumulationBehaviour: AccumulationBehaviour.DeltaData } type
                || type.FlowDirection is not (null or FlowDirection.Forward) || type.PowerOfTenMultiplier is < -28 or > 28
                || SumOver(context, meterReading, period) is not { } raw)
            {
                continue;
            }
            var readings = Quantity.ScaleExact(raw, type.PowerOfTenMultiplier);
            foreach (var measurement in measurements)
            {
                var stated = Quantity.ScaleExact(measurement!.Value!.Value, measurement.PowerOfTenMultiplier);
                if (Math.Abs(readings - stated) <= Math.Max(Math.Abs(stated) * Tolerance, 1m))
                {
                    return; // one of the summary's figures agrees with one series
                }
            }
            closest ??= readings;
        }
        if (closest is { } sum)
        {
            var stated = Quantity.ScaleExact(measurements[0]!.Value!.Value, measurements[0]!.PowerOfTenMultiplier);
            var figures = context.Sink.Redact ? "" : $" ({stated} Wh stated, {sum} Wh in the readings)";
            context.Quirk(ValidationCodes.SummaryMismatch, DiagnosticSeverity.Warning,
                $"The {summary.ResourceName}'s consumption of its billing period disagrees by more than {Tolerance:P0} with the sum of the UsagePoint's interval readings over that period{figures}.",
                summary.Line, summary.Column, context.PathOf(summary), summary.Entry?.Id);
        }
    }

    /// <summary>The raw sum of a MeterReading's readings that start within <paramref name="period"/>; null unless they cover it without a gap.</summary>
    private static long? SumOver(RuleContext context, MeterReading meterReading, DateTimeInterval period)
    {
        long start = period.StartSeconds, end = period.EndSeconds;
        var covered = start;
        long sum = 0;
        foreach (var block in meterReading.IntervalBlocks.Select(context.Facts).Where(f => f.Count > 0).OrderBy(f => f.MinStart))
        {
            if (block.CoveredEnd <= start || block.MinStart >= end)
            {
                continue;
            }
            if (block.MinStart > covered + BlockFacts.Tolerance || block.HourSums.Length == 0
                || (block.GapCount > 0 && (block.GapCount > block.Gaps.Count || block.Gaps.Any(g => g.Start < end && g.Start + g.Length > start))))
            {
                return null; // a gap, or a block too long to have been summed by hour
            }
            sum += block.SumHours(start / 3600, end / 3600);
            covered = Math.Max(covered, block.CoveredEnd);
        }
        return covered + BlockFacts.Tolerance >= end ? sum : null;
    }
}
