namespace GreenButton.Csv.Tests;

/// <summary>The README's CSV example (<c>&lt;!-- snippet: csv-read --&gt;</c>; ReadmeSnippetsTests checks it is this code) is the code below, and it runs.</summary>
public sealed partial class ReadmeCsvExampleTests
{
    [Fact]
    public void Read_snippet_runs_on_an_sdge_download()
    {
        var directory = Directory.CreateTempSubdirectory("gb-readme-csv-");
        var previous = Directory.GetCurrentDirectory();
        var output = new StringWriter();
        var console = Console.Out;
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "Electric_60_Minute_11-1-2022_11-30-2022.csv"), LayoutFixtureTests.Sdge);
            Directory.SetCurrentDirectory(directory.FullName);
            Console.SetOut(output);
            #region snippet:csv-read
            var download = GreenButtonCsvReader.Read("Electric_60_Minute_11-1-2022_11-30-2022.csv");
            Console.WriteLine($"{download.Layout.Name}, {download.Encoding}, times in {download.TimeZone.Id}");
            var document = download.ToDocument();
            foreach (var meterReading in document.MeterReadings)
            {
                var type = meterReading.ReadingType!;
                var total = meterReading.Readings.Sum(r => type.Scale(r.Value).Amount);
                Console.WriteLine($"{meterReading.Title}: {type.FlowDirection}, {meterReading.Readings.Count()} readings, {total} {Units.Symbol(type.Uom!.Value)}");
            }
            foreach (var diagnostic in download.Diagnostics)
            {
                Console.WriteLine(diagnostic);
            }
            #endregion
        }
        finally
        {
            Console.SetOut(console);
            Directory.SetCurrentDirectory(previous);
            directory.Delete(recursive: true);
        }
        output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "sdge-interval, UTF-8, times in America/Los_Angeles",
            "Consumption (kWh): Forward, 2 readings, 500 Wh",
            "Generation (kWh): Reverse, 1 readings, 10 Wh",
            "Net (kWh): Net, 2 readings, 490 Wh");
    }
}
