namespace GreenButton;

internal static partial class LinkResolver
{
    /// <summary>
    /// Values written as decimals (<see cref="IntervalReading.ValuePowerOfTen"/>): each series is brought to its finest
    /// power, exactly, and the power folded into its ReadingType's powerOfTenMultiplier, so that raw values of one series
    /// add up and <see cref="ReadingType.Scale(long)"/> gives the numbers written. A series without a ReadingType keeps
    /// the power on its readings (one for all of them). Blocks of no MeterReading are brought to one power each.
    /// </summary>
    private static void FoldDecimalValues(GreenButtonDocument document, DiagnosticCollector diagnostics)
    {
        var groups = new Dictionary<object, List<MeterReading>>(ReferenceEqualityComparer.Instance);
        foreach (var mr in document.MeterReadings)
        {
            // One ReadingType shared by several series: its multiplier is theirs together.
            object key = (object?)mr.ReadingType ?? mr;
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }
            list.Add(mr);
        }
        foreach (var (key, meterReadings) in groups)
        {
            if (!meterReadings.Any(HasDecimals))
            {
                continue;
            }
            var blocks = meterReadings.SelectMany(m => m.IntervalBlocks).ToList();
            var power = blocks.Min(FinestPower);
            var readingType = key as ReadingType;
            if (!Rescale(blocks, power, fold: readingType is not null))
            {
                diagnostics.Report(DiagnosticSeverity.Warning, DiagnosticCodes.DecimalValue,
                    $"Decimal values of a MeterReading cannot all be held at 10^{power}; they keep their own powers (IntervalReading.ValuePowerOfTen).",
                    meterReadings[0].Line, meterReadings[0].Column, meterReadings[0].Entry?.Id);
                continue;
            }
            if (readingType is not null)
            {
                var was = readingType.PowerOfTenMultiplier;
                readingType.FoldPowerOfTen(power);
                diagnostics.Report(DiagnosticSeverity.Info, DiagnosticCodes.DecimalValue,
                    $"Decimal values of {meterReadings.Count} MeterReading(s) were read as integers at 10^{power}: their ReadingType's powerOfTenMultiplier is {readingType.PowerOfTenMultiplier} (written {was}), so scaled values equal the numbers written.",
                    readingType.Line, readingType.Column, readingType.Entry?.Id);
            }
            else
            {
                diagnostics.Report(DiagnosticSeverity.Info, DiagnosticCodes.DecimalValue,
                    $"Decimal values of a MeterReading without a ReadingType were read as integers at 10^{power}, kept on each reading (IntervalReading.ValuePowerOfTen).",
                    meterReadings[0].Line, meterReadings[0].Column, meterReadings[0].Entry?.Id);
            }
        }
        foreach (var block in document.IntervalBlocks)
        {
            if (block.MeterReading is null && (block.ReducedStatistics?.Count ?? block.ReadingSpan.Length) > 0)
            {
                var power = Math.Min(0, FinestPower(block));
                if (power != 0)
                {
                    Rescale([block], power, fold: false);
                }
            }
        }
    }

    private static bool HasDecimals(MeterReading meterReading)
    {
        foreach (var block in meterReading.IntervalBlocks)
        {
            if (FinestPower(block) is not (0 or int.MaxValue))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The finest ValuePowerOfTen of a block's readings (of a feed's copy: measured by its first pass); int.MaxValue without readings.</summary>
    private static int FinestPower(IntervalBlock block)
    {
        if (block.ReducedStatistics is { } statistics)
        {
            return statistics.Count > 0 ? statistics.PowerOfTen : int.MaxValue;
        }
        var power = int.MaxValue;
        foreach (ref readonly var reading in block.ReadingSpan)
        {
            power = Math.Min(power, reading.ValuePowerOfTen);
        }
        return power;
    }

    /// <summary>
    /// Brings every reading of <paramref name="blocks"/> to <paramref name="power"/>; false, with nothing changed, on
    /// overflow. A feed's copy has its statistics rescaled, and its readings are rescaled as they are read again.
    /// </summary>
    private static bool Rescale(List<IntervalBlock> blocks, int power, bool fold)
    {
        var rescaled = new IntervalReading[blocks.Count][];
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].ReducedStatistics is { } statistics)
            {
                // Dry run on a copy: nothing changes unless every block can be held.
                var trial = new ReadingStatistics();
                trial.Add(statistics);
                if (!trial.TryRescale(power, fold))
                {
                    return false;
                }
                continue;
            }
            var readings = blocks[b].ReadingSpan;
            var into = new IntervalReading[readings.Length];
            for (var i = 0; i < readings.Length; i++)
            {
                if (!TryRescale(readings[i], power, fold, out into[i]))
                {
                    return false;
                }
            }
            rescaled[b] = into;
        }
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].ReducedStatistics is { } statistics)
            {
                statistics.TryRescale(power, fold);
                blocks[b].ReadingRescale = (power, fold);
            }
            else
            {
                blocks[b].ReplaceReadings(rescaled[b]);
            }
        }
        return true;
    }

    /// <summary>Rescales each of a feed's re-read readings in place, as the document's are rescaled (<see cref="FoldDecimalValues"/>).</summary>
    internal static void Rescale(IntervalReading[] readings, int power, bool fold)
    {
        for (var i = 0; i < readings.Length; i++)
        {
            if (TryRescale(readings[i], power, fold, out var rescaled))
            {
                readings[i] = rescaled;
            }
        }
    }

    /// <summary>One reading at <paramref name="power"/>; one without a value only loses its power (nothing to scale).</summary>
    private static bool TryRescale(in IntervalReading reading, int power, bool fold, out IntervalReading rescaled)
    {
        if (!reading.HasValue)
        {
            if (!reading.TryRescale(reading.ValuePowerOfTen, fold: true, out rescaled))
            {
                rescaled = reading;
            }
            return true;
        }
        return reading.TryRescale(power, fold, out rescaled);
    }
}
