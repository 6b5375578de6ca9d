using CsCheck;
using GreenButton.Csv.Mapping;

namespace GreenButton.Csv.Tests;

/// <summary>
/// Addresses written in each utility's style read back to their parts; any personal text a preamble can hold survives
/// the conversion to customer resources, the writer and the reader unchanged (or cut to the schema's length).
/// </summary>
public sealed class CustomerDataProperties
{
    // Three letters or more: a two-letter last word would read as a state (which real addresses never put there).
    private static readonly Gen<string> s_word = Gen.Char["A-Z"].Array[3, 9].Select(c => new string(c));
    private static readonly Gen<string> s_words = s_word.Array[1, 3].Select(w => string.Join(' ', w));
    private static readonly Gen<string> s_state = Gen.OneOfConst("CA", "MA", "NY", "TX", "WA", "DC", "HI");
    private static readonly Gen<string> s_zip = Gen.Select(Gen.Int[0, 99999], Gen.Int[-1, 9999]).Select((z, p) => p < 0 ? $"{z:D5}" : $"{z:D5}-{p:D4}");

    [Fact]
    public void Opower_and_sdge_addresses_read_back_to_street_town_state_and_zip()
        => Gen.Select(Gen.Int[1, 99999], s_words, s_words, s_state, s_zip, Gen.Bool).Sample((number, street, town, state, zip, opower) =>
        {
            var text = opower ? $"{number} {street}, {town} {state} {zip}" : $"{number} {street}  {town} {state} {zip}";
            var address = CsvAddress.Parse(text)!;

            address.StreetDetail!.AddressGeneral.Should().Be($"{number} {street}");
            address.TownDetail.Should().Be(new TownDetail { Name = town, StateOrProvince = state });
            address.PostalCode.Should().Be(zip);
        }, iter: 300, threads: 1);

    [Fact]
    public void Sce_addresses_keep_street_and_town_together_and_take_the_leading_state()
        => Gen.Select(s_words, s_words, s_state, s_zip).Sample((street, town, state, zip) =>
        {
            var address = CsvAddress.Parse($"{state} {street} {town} {zip}")!;

            address.StreetDetail!.AddressGeneral.Should().Be($"{street} {town}");
            address.TownDetail.Should().Be(new TownDetail { StateOrProvince = state });
            address.PostalCode.Should().Be(zip);
        }, iter: 300, threads: 1);

    // Printable text a quoted CSV field can hold: XML specials, quotes, commas, accents, emoji; no line breaks.
    private static readonly Gen<string> s_text = Gen.OneOf(Gen.Char["a-zA-Z0-9 &<>\"',;é’"], Gen.Const('\u00c5'), Gen.Const('\u4e2d'))
        .Array[1, 300].Select(c => new string(c).Trim()).Where(t => t.Length > 0 && !t.Contains("  ", StringComparison.Ordinal));

    [Fact]
    public void Any_name_account_and_service_survive_the_writer_and_the_reader()
        => Gen.Select(s_text, s_text, s_text).Sample((name, account, service) =>
        {
            static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            var csv = $"Name,{Quote(name)}\nAddress,\"1 TEST ST, SAN FRANCISCO CA 94000\"\nAccount Number,{Quote(account)}\nService,{Quote(service)}\n\n"
                + "TYPE,DATE,START TIME,END TIME,USAGE,UNITS,COST,NOTES\nElectric usage,2024-01-01,00:00,00:14,0.12,kWh,$0.03,\n";
            var download = GreenButtonCsvReader.Parse(csv, new GreenButtonCsvOptions { SourceName = "pge_electric_interval_data.csv" });
            using var xml = new MemoryStream();
            download.Save(xml).Should().BeEmpty();
            xml.Position = 0;
            var back = GreenButtonDocument.Load(xml);

            back.Customers.Single().CustomerName.Should().Be(Cut(name, 256));
            back.CustomerAccounts.Single().AccountId.Should().Be(Cut(account, 256));
            back.CustomerAgreements.Single().Name.Should().Be(Cut(service, 64));
            back.UsagePoints.Single().Customer.Should().BeSameAs(back.Customers.Single());
        }, iter: 100, threads: 1);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max].TrimEnd();
}
