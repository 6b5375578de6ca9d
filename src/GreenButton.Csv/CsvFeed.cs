namespace GreenButton.Csv;

/// <summary>The Atom feed metadata of a <see cref="CsvDownload"/> written as XML (<see cref="CsvDownload.Save(Stream, GreenButtonWriterOptions)"/>).</summary>
/// <param name="Id">The feed's id: a name-based UUID of the resources' base (the same file gives the same id).</param>
/// <param name="Title">The feed's title, naming the layout (never the customer).</param>
/// <param name="Updated">The feed's updated date, that of every entry too (<see cref="GreenButtonCsvOptions.Updated"/>).</param>
public sealed record CsvFeed(string Id, string Title, DateTimeOffset Updated);
