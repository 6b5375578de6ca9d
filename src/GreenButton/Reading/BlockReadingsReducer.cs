namespace GreenButton;

/// <summary>Takes the readings of an IntervalBlock just read (<see cref="EspiParser.ReduceBlockReadings"/>); the span is the parser's and reused after the call.</summary>
internal delegate void BlockReadingsReducer(IntervalBlock block, ReadOnlySpan<IntervalReading> readings);
