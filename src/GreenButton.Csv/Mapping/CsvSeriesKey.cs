namespace GreenButton.Csv.Mapping;

/// <summary>One measured series of a file: a MeterReading of the usage point of <see cref="Meter"/>.</summary>
/// <param name="Meter">The meter (usage point) it belongs to; empty when the file has one.</param>
/// <param name="Flow">Consumption (forward), generation (reverse) or net.</param>
/// <param name="Unit">The file's unit.</param>
/// <param name="Billing">Whether its readings are billing periods.</param>
/// <param name="Label">What the file calls it (<c>Consumption</c>, <c>Usage Delivered</c>), for titles.</param>
internal sealed record CsvSeriesKey(string Meter, FlowDirection Flow, CsvUnit Unit, bool Billing, string Label);
