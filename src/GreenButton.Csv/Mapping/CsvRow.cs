namespace GreenButton.Csv.Mapping;

/// <summary>
/// One reading as a layout read it, before time zones and scales: local wall-clock start, end (or a stated duration),
/// the exact value in the file's unit, the cost in dollars and the quality the file gave.
/// </summary>
/// <param name="LocalStart">Start, wall clock of the utility's zone.</param>
/// <param name="LocalEnd">End, wall clock; null when the file gives a duration instead.</param>
/// <param name="StatedSeconds">The duration the file states (SDG&amp;E's <c>Duration</c>); checked against the rows' spacing.</param>
/// <param name="Value">The value in the series' unit, exact.</param>
/// <param name="Cost">The cost in currency units; null when absent.</param>
/// <param name="Quality">The quality the file gave; null when it gave none.</param>
/// <param name="Line">1-based line of the row.</param>
internal readonly record struct CsvRow(DateTime LocalStart, DateTime? LocalEnd, long? StatedSeconds, decimal Value, decimal? Cost,
    QualityOfReading? Quality, int Line);
