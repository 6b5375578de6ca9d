namespace GreenButton.Cli.Summary;

/// <summary>The core's <see cref="DisplayUnit"/> for a summary row, and its figures rounded for reading.</summary>
internal static class SummaryUnits
{
    public static DisplayUnit For(MeterReadingSummary mr)
        => DisplayUnit.For((UnitOfMeasure?)mr.ReadingType?.Uom, mr.SumValue ?? 0, Math.Max(Math.Abs(mr.MaxValue ?? 0), Math.Abs(mr.MinValue ?? 0)));

    /// <summary>The value in <paramref name="unit"/>, rounded for reading; null for null.</summary>
    public static string? Format(this DisplayUnit unit, decimal? value) => value is { } v ? Figures.Readable(unit.Convert(v)) : null;
}
