namespace GreenButton.Csv;

/// <summary>A CSV layout the reader knows: <see cref="GreenButtonCsvReader.Layouts"/> lists them.</summary>
/// <param name="Name">Stable name (<c>sce-interval</c>), for <see cref="GreenButtonCsvOptions.Layout"/> and messages.</param>
/// <param name="Utilities">The utilities known to write it.</param>
/// <param name="Header">The column header that identifies it.</param>
/// <param name="TimeZoneId">The IANA zone of its local times; null when the file itself says (Opower: file name, address).</param>
/// <param name="IsBilling">Whether its rows are bills (UsageSummaries) rather than intervals.</param>
public sealed record CsvLayoutInfo(string Name, string Utilities, string Header, string? TimeZoneId, bool IsBilling)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Utilities}: {Header})";
}
