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
            var power = blocks.SelectMany(b => b.Readings).Min(r => r.ValuePowerOfTen);
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
            if (block.MeterReading is null && block.ReadingSpan.Length > 0)
            {
                var power = 0;
                foreach (var reading in block.ReadingSpan)
                {
                    power = Math.Min(power, reading.ValuePowerOfTen);
                }
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
            foreach (var reading in block.ReadingSpan)
            {
                if (reading.ValuePowerOfTen != 0)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Brings every reading of <paramref name="blocks"/> to <paramref name="power"/>; false, with nothing changed, on overflow.</summary>
    private static bool Rescale(List<IntervalBlock> blocks, int power, bool fold)
    {
        var rescaled = new IntervalReading[blocks.Count][];
        for (var b = 0; b < blocks.Count; b++)
        {
            var readings = blocks[b].ReadingSpan;
            var into = new IntervalReading[readings.Length];
            for (var i = 0; i < readings.Length; i++)
            {
                if (!readings[i].HasValue)
                {
                    into[i] = readings[i].TryRescale(readings[i].ValuePowerOfTen, fold: true, out var bare) ? bare : readings[i];
                }
                else if (!readings[i].TryRescale(power, fold, out into[i]))
                {
                    return false;
                }
            }
            rescaled[b] = into;
        }
        for (var b = 0; b < blocks.Count; b++)
        {
            blocks[b].ReplaceReadings(rescaled[b]);
        }
        return true;
    }
}
