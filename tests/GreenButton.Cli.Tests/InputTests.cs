using System.IO.Compression;
using System.Text;
using System.Text.Json;
using GreenButton.Cli.Inputs;
using GreenButton.Tests.Corpus;

namespace GreenButton.Cli.Tests;

/// <summary>Inputs are sniffed before parsing (what a file is, said plainly), gzip is read as it comes, and no data is never silent.</summary>
public sealed class InputTests
{
    public static TheoryData<string, byte[], string> NotGreenButton => new()
    {
        { "usage.csv", "Name,Account\nJane,1234\n\nDate,Start,Usage (kWh)\n2023-01-01,00:00,1.2\n"u8.ToArray(), "usage.csv: not a utility CSV layout this reader knows" },
        { "download.xml", "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body></body></html>"u8.ToArray(), "download.xml: this is an HTML page, not a Green Button XML file (a saved login or error page?)" },
        { "page.xml", "<html><body>Session expired</body></html>"u8.ToArray(), "this is an HTML page" },
        { "bill.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"u8.ToArray(), "bill.pdf: this is a PDF document, not a Green Button XML file" },
        { "chart.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "chart.png: this is a PNG image" },
        { "data.json", "{\"usage\": []}"u8.ToArray(), "data.json: this is a JSON file" },
        { "notes.txt", "Meter readings for January\nsee attached\n"u8.ToArray(), "notes.txt: this is a text file" },
        { "usage.csv.gz", Gzip("Date,Usage\n2023-01-01,12\n"u8.ToArray()), "usage.csv.gz: not a utility CSV layout this reader knows" },
        { "old.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "old.xls: this is a Microsoft Office document" },
        { "usage.xml.bz2", "BZh91AY&SY"u8.ToArray(), "decompress it first" },
        { "empty.xml", [], "empty.xml: the file is empty." },
        { "blank.xml", "  \n\n "u8.ToArray(), "blank.xml: the file is empty." },
    };

    [Theory]
    [MemberData(nameof(NotGreenButton))]
    public async Task What_a_file_is_is_said_before_any_parsing(string name, byte[] content, string message)
    {
        var directory = TestPaths.TempDirectory();
        try
        {
            var path = Path.Combine(directory, name);
            await File.WriteAllBytesAsync(path, content);
            foreach (var args in new[] { ["summary", path], ["export", path], new[] { "inspect", path } })
            {
                var result = await CliRunner.RunAsync(args);
                result.ExitCode.Should().Be(ExitCodes.Unreadable, result.Error);
                result.Error.Should().Contain(message.Replace($"{name}:", $"{path}:", StringComparison.Ordinal)).And.NotContain("Malformed XML").And.NotContain("XmlReaderSettings");
                result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
                result.Out.Should().BeEmpty();
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_dtd_is_refused_for_security_with_its_position()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!-- a billion laughs -->\n<!DOCTYPE feed [<!ENTITY lol \"lol\">]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">&lol;</feed>";
        var result = await CliRunner.RunAsync(["summary", "-"], Encoding.UTF8.GetBytes(xml));
        result.ExitCode.Should().Be(ExitCodes.Unreadable);
        // The core's words (as any reader of the library gets them), at the DOCTYPE's line and column.
        result.Error.Trim().Should().StartWith("-:3:1: The document declares a DTD (<!DOCTYPE ...>). DTDs are refused for safety")
            .And.NotContain("DtdProcessing").And.NotContain("XmlReaderSettings");
        result.Error.Trim().Split('\n').Should().ContainSingle();
    }

    [Fact]
    public async Task Gzip_inputs_are_read_as_they_are_whatever_their_name_and_wherever_they_are()
    {
        var directory = TestPaths.TempDirectory();
        try
        {
            var xml = await File.ReadAllBytesAsync(TestPaths.Fixture("small.xml"));
            var gz = Path.Combine(directory, "small.xml.gz");
            await File.WriteAllBytesAsync(gz, Gzip(xml));
            var misnamed = Path.Combine(directory, "sub", "misnamed.xml");
            Directory.CreateDirectory(Path.GetDirectoryName(misnamed)!);
            await File.WriteAllBytesAsync(misnamed, Gzip(xml));
            var zip = Path.Combine(directory, "download.zip");
            using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            {
                using var entry = archive.CreateEntry("inner/c.xml.gz").Open();
                entry.Write(Gzip(xml));
            }
            var zipWithoutItsName = Path.Combine(directory, "download");
            File.Copy(zip, zipWithoutItsName);

            var plain = await CliRunner.RunAsync("summary", "--format", "json", TestPaths.Fixture("small.xml"));
            var result = await CliRunner.RunAsync(["summary", "--format", "json", gz, directory, zip, zipWithoutItsName, "-"], Gzip(xml));
            result.ExitCode.Should().Be(0, result.Error);
            using var json = JsonDocument.Parse(result.Out);
            var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
            files.Select(f => f.GetProperty("file").GetString()).Should().Equal(
                gz, gz, misnamed, zip + "!inner/c.xml.gz", zipWithoutItsName + "!inner/c.xml.gz", "-");
            using var expected = JsonDocument.Parse(plain.Out);
            var truth = expected.RootElement.GetProperty("files")[0];
            files.Should().AllSatisfy(f => f.GetProperty("sumRawValue").GetInt64().Should().Be(truth.GetProperty("sumRawValue").GetInt64()));
            files.Should().AllSatisfy(f => f.GetProperty("totals").GetRawText().Should().Be(truth.GetProperty("totals").GetRawText()));

            var exported = await CliRunner.RunAsync("export", gz, "-q");
            exported.Out.Should().Be((await CliRunner.RunAsync("export", TestPaths.Fixture("small.xml"), "-q")).Out);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task An_input_says_what_it_is_inside_its_gzip_compression_without_being_parsed()
    {
        var directory = TestPaths.TempDirectory();
        try
        {
            var csv = Path.Combine(directory, "usage.csv.gz");
            await File.WriteAllBytesAsync(csv, Gzip("Date,kWh\n2023-01-01,12\n2023-01-02,13\n"u8.ToArray()));
            InputFile.FromPath(csv).Sniff().Kind.Should().Be(InputKind.Csv);
            InputFile.FromPath(TestPaths.Fixture("small.xml")).Sniff().Kind.Should().Be(InputKind.Xml);
            var act = () => InputFile.FromPath(Path.Combine(directory, "missing.xml")).Sniff();
            act.Should().Throw<GreenButtonException>().WithMessage("*missing.xml: cannot open the file*");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Corrupt_gzip_data_is_unreadable_and_said_so()
    {
        // A gzip header, then a deflate block of the reserved type 3.
        byte[] corrupt = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, .. Enumerable.Repeat((byte)0xFF, 200)];
        var result = await CliRunner.RunAsync(["summary", "-"], corrupt);
        result.ExitCode.Should().Be(ExitCodes.Unreadable, result.Error);
        result.Error.Should().StartWith("-").And.Contain("gzip data is corrupt").And.NotContain("internal error");
    }

    [Fact]
    public async Task A_file_without_espi_data_fails_in_strict_mode_and_warns_in_lenient_mode()
    {
        var path = TestPaths.Fixture("not-espi.xml");
        var directory = TestPaths.TempDirectory();
        try
        {
            var output = Path.Combine(directory, "out.csv");
            foreach (var args in new[] { ["summary", path], ["inspect", path], new[] { "export", path, "-o", output } })
            {
                var strict = await CliRunner.RunAsync(args);
                strict.ExitCode.Should().Be(ExitCodes.DataError, $"{args[0]}: {strict.Error}");
                strict.Error.Trim().Should().Be($"{path}: no Green Button data: no Atom entry and no ESPI resource (UsagePoint, MeterReading, IntervalBlock, ...).");
                strict.Out.Should().BeEmpty();
            }
            File.Exists(output).Should().BeFalse("a failed export leaves no output");
            Directory.GetFiles(directory).Should().BeEmpty("nor its temporary file");

            var lenient = await CliRunner.RunAsync("export", path, "--lenient");
            lenient.ExitCode.Should().Be(0);
            lenient.Error.Should().Contain($"{path}: warning: no Green Button data");
            var quiet = await CliRunner.RunAsync("summary", path, "--lenient", "-q");
            quiet.ExitCode.Should().Be(0);
            quiet.Error.Should().BeEmpty();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Other_files_are_still_summarised_after_one_without_data()
    {
        var result = await CliRunner.RunAsync("summary", "--format", "json", TestPaths.Fixture("not-espi.xml"), TestPaths.Fixture("small.xml"));
        result.ExitCode.Should().Be(ExitCodes.DataError);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("files").GetArrayLength().Should().Be(1);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"/>", "Xml")]
    [InlineData("\uFEFF  <feed/>", "Xml")]
    [InlineData("<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"x.xslt\"?>\n<!-- a comment -->\n<xyz><feed/></xyz>", "Xml")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x\">\n<html/>", "Html")]
    [InlineData("<!doctype html><title>x</title>", "Html")]
    [InlineData("<!DOCTYPE feed SYSTEM \"feed.dtd\"><feed/>", "XmlWithDtd")]
    [InlineData("Account Number;Meter\n123;456\n", "Csv")]
    [InlineData("Energy usage\nDate\tkWh\n2023-01-01\t12\n2023-01-02\t13\n", "Csv")]
    [InlineData("Energy Usage Information\n\"For location: X\"\n\nMeter Reading Information\n\"Type of readings: Electricity\"\nDate,kWh\n\"2020-05-01\",\"0.25\"\n\"2020-05-02\",\"0.5\"\n", "Csv")]
    [InlineData("[1, 2]", "Json")]
    [InlineData("hello", "Text")]
    public void The_sniffer_classifies_by_content(string text, string kind)
        => InputSniffer.Sniff(Encoding.UTF8.GetBytes(text)).Kind.Should().Be(Enum.Parse<InputKind>(kind));

    [Fact]
    public void The_sniffer_reads_utf16_and_finds_a_dtd_after_a_long_comment()
    {
        InputSniffer.Sniff(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<feed/>")).ToArray()).Kind.Should().Be(InputKind.Xml);
        InputSniffer.Sniff(Encoding.BigEndianUnicode.GetBytes("<feed/>")).Kind.Should().Be(InputKind.Xml);
        var sniffed = InputSniffer.Sniff(Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n<!--{new string('=', 5000)}\n\n-->\n<!DOCTYPE x>"));
        sniffed.Should().Be(new Sniffed(InputKind.XmlWithDtd, 5, 1));
        InputSniffer.Sniff([0x1F, 0x8B, 8, 0]).Kind.Should().Be(InputKind.Gzip);
        InputSniffer.Sniff("PK\u0003\u0004"u8).Kind.Should().Be(InputKind.Zip);
        InputSniffer.Sniff([0x00, 0x01, 0x02, 0x03, 0xFE]).Kind.Should().Be(InputKind.Binary);
    }

    [CorpusFact]
    public async Task Every_utility_csv_of_the_corpus_is_read_as_a_download()
    {
        var csvFiles = File.ReadLines(SharedCorpus.PathOf("index.tsv")).Skip(1).Select(line => line.Split('\t'))
            .Where(fields => fields[1] == "csv").Select(fields => fields[0]).ToList();
        csvFiles.Should().NotBeEmpty();
        foreach (var file in csvFiles)
        {
            var result = await CliRunner.RunAsync("summary", SharedCorpus.PathOf(file));
            // Read as a utility download; SCE's download without any reading (its prose preamble alone) holds no data.
            result.ExitCode.Should().BeOneOf([ExitCodes.Ok, ExitCodes.DataError], $"{file}: {result.Error}");
            result.Error.Should().NotContain("Malformed XML", file).And.NotContain("internal error", file);
        }
    }

    [Fact]
    public async Task An_xlsx_workbook_is_named_not_expanded()
    {
        var directory = TestPaths.TempDirectory();
        try
        {
            var xlsx = Path.Combine(directory, "usage.xlsx");
            using (var archive = ZipFile.Open(xlsx, ZipArchiveMode.Create))
            {
                archive.CreateEntry("[Content_Types].xml");
                archive.CreateEntry("xl/workbook.xml");
            }
            var result = await CliRunner.RunAsync("summary", xlsx);
            result.ExitCode.Should().Be(ExitCodes.Unreadable);
            result.Error.Should().Contain("this is an Office document (.xlsx, .docx)");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task The_output_path_error_names_the_users_path_never_the_temporary_file()
    {
        var directory = TestPaths.TempDirectory();
        try
        {
            var missing = Path.Combine(directory, "no-such-directory", "usage.csv");
            var result = await CliRunner.RunAsync("export", TestPaths.Fixture("small.xml"), "-o", missing, "-q");
            result.ExitCode.Should().Be(ExitCodes.Unreadable);
            result.Error.Trim().Should().Be($"greenbutton: cannot write {missing}: the directory {Path.GetDirectoryName(missing)} does not exist.");

            var isDirectory = await CliRunner.RunAsync("export", TestPaths.Fixture("small.xml"), "-o", directory, "-q");
            isDirectory.ExitCode.Should().Be(ExitCodes.Unreadable);
            isDirectory.Error.Should().Contain($"cannot write {directory}: it is a directory").And.NotContain(".partial");
            Directory.GetFiles(directory).Should().BeEmpty("the temporary file is removed");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static byte[] Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }
        return buffer.ToArray();
    }
}
