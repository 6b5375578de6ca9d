using GreenButton.Csv.Mapping;
using static GreenButton.Csv.Tests.CsvTestSupport;

namespace GreenButton.Csv.Tests;

/// <summary>
/// The personal data of a download as customer resources (<c>http://naesb.org/espi/customer</c>): mapped, linked to the
/// UsagePoints, valid against the shipped schemas, written and read back, left out on request, never in messages.
/// </summary>
public sealed class CustomerDataTests
{
    private static readonly GreenButtonCsvOptions s_without = new() { IncludeCustomerData = false };

    [Fact]
    public void Sdge_preamble_becomes_a_customer_account_agreement_location_and_meter_linked_to_the_usage_point()
    {
        var document = ReadText(LayoutFixtureTests.Sdge).ToDocument();

        var point = document.UsagePoints.Should().ContainSingle().Subject;
        var customer = document.Customers.Should().ContainSingle().Subject;
        customer.CustomerName.Should().Be("TEST PERSON");
        customer.Accounts.Should().ContainSingle().Which.AccountId.Should().Be("999");
        var agreement = customer.Accounts[0].Agreements.Should().ContainSingle().Subject;
        agreement.Name.Should().BeNull("an SDG&E file names no service");
        var location = agreement.ServiceLocations.Should().ContainSingle().Subject;
        location.UsagePoints.Should().Equal(point);
        point.ServiceLocation.Should().BeSameAs(location);
        point.Customer.Should().BeSameAs(customer);
        location.MainAddress.Should().Be(new StreetAddress
        {
            StreetDetail = new StreetDetail { AddressGeneral = "1 TEST ST" },
            TownDetail = new TownDetail { Name = "San Diego", StateOrProvince = "CA" },
            PostalCode = "92000",
        });
        var meter = location.Meters.Should().ContainSingle().Subject;
        meter.SerialNumber.Should().Be("1234");
        meter.IntervalLength.Should().Be(900, "the file's readings are 15 minutes apart");
        document.Diagnostics.Should().BeEmpty("every customer resource is attached by link");
    }

    [Fact]
    public void Opower_service_name_becomes_the_agreement_name_and_the_comma_sets_off_the_town()
    {
        var document = ReadText(LayoutFixtureTests.OpowerInterval, "pge_electric_interval_data.csv").ToDocument();

        document.Customers.Single().CustomerName.Should().Be("TEST PERSON");
        document.CustomerAccounts.Single().AccountId.Should().Be("555");
        document.CustomerAgreements.Single().Name.Should().Be("Service 1");
        var location = document.ServiceLocations.Single();
        location.MainAddress!.StreetDetail!.AddressGeneral.Should().Be("1 TEST ST");
        location.MainAddress.TownDetail.Should().Be(new TownDetail { Name = "SAN FRANCISCO", StateOrProvince = "CA" });
        location.MainAddress.PostalCode.Should().Be("94000");
        location.Meters.Should().BeEmpty("an Opower file names no meter");
        document.UsagePoints.Single().Customer.Should().BeSameAs(document.Customers.Single());
    }

    [Fact]
    public void Each_meter_of_a_file_gets_its_own_location_and_meter_under_its_usage_point()
    {
        var text = LayoutFixtureTests.Sdge + "\"5678\",\"6/1/2024\",\"12:00 AM\",\"60\",\"1.0000\",\"\",\"1.0000\"\r\n";
        var document = ReadText(text).ToDocument();

        document.UsagePoints.Should().HaveCount(2);
        document.ServiceLocations.Should().HaveCount(2).And.OnlyContain(l => l.Agreement == document.CustomerAgreements.Single());
        document.UsagePoints.Select(u => u.ServiceLocation!.Meters.Single().SerialNumber).Should().Equal("1234", "5678");
        document.UsagePoints.Select(u => u.ServiceLocation!.Meters.Single().IntervalLength).Should().Equal(900L, 3600L);
        document.ServiceLocations.Select(l => l.MainAddress).Distinct().Should().ContainSingle("one file, one address");
    }

    [Fact]
    public void A_file_with_only_a_meter_number_still_links_its_meter_to_the_usage_point()
    {
        var text = LayoutFixtureTests.Sdge[LayoutFixtureTests.Sdge.IndexOf("Meter Number,Date", StringComparison.Ordinal)..];
        var document = ReadText(text).ToDocument();

        document.Customers.Single().CustomerName.Should().BeNull();
        document.CustomerAccounts.Single().AccountId.Should().BeNull();
        document.ServiceLocations.Single().MainAddress.Should().BeNull();
        document.UsagePoints.Single().ServiceLocation!.Meters.Single().SerialNumber.Should().Be("1234");
    }

    [Fact]
    public void A_file_without_personal_data_gets_no_customer_resources()
    {
        var text = "Read Date,Usage,Number of Days,Usage per day,Charge,Average Temperature\n1/18/2022,184.00,32,5.75,$327.58,30.0\n";
        var download = ReadText(text);

        download.Customer.IsEmpty.Should().BeTrue();
        download.ToDocument().CustomerResources.Should().BeEmpty();
        download.Diagnostics.Should().NotContain(d => d.Code == CsvDiagnosticCodes.CustomerDataLeftOut);
    }

    [Fact]
    public void Requested_by_alone_makes_no_customer_resource_as_it_has_no_place_in_espi()
    {
        var text = "Requested By someone on 3/1/2024,,,,,,\n,,,,,,\nRead Date,Usage,Number of Days,Usage per day,Charge,Average Temperature\n1/18/2022,184.00,32,5.75,$327.58,30.0\n";
        var download = ReadText(text);

        download.Customer.RequestedBy.Should().Be("someone");
        download.ToDocument().CustomerResources.Should().BeEmpty();
    }

    [Fact]
    public void Left_out_on_request_the_entries_hold_no_personal_data_and_a_diagnostic_names_the_fields_not_their_values()
    {
        var download = ReadText(LayoutFixtureTests.Sdge, options: s_without);
        var document = download.ToDocument();

        document.CustomerResources.Should().BeEmpty();
        download.Customer.Name.Should().Be("TEST PERSON", "the download still says what the file held");
        var left = download.Diagnostics.Should().ContainSingle(d => d.Code == CsvDiagnosticCodes.CustomerDataLeftOut).Subject;
        left.Severity.Should().Be(DiagnosticSeverity.Info);
        left.Message.Should().Contain("name, address, account number, 1 meter number(s)").And.NotContain("TEST").And.NotContain("999").And.NotContain("1234");
        var xml = Xml(download);
        xml.Should().NotContain("TEST PERSON").And.NotContain("San Diego").And.NotContain("naesb.org/espi/customer");
        document.MeterReadings.Should().HaveCount(3, "the usage is all there");
        GreenButtonValidator.Validate(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml))).Violations
            .Where(v => v.Severity == DiagnosticSeverity.Error).Select(v => $"{v.Code} {v.Line}:{v.Column} {v.Message}").Should().BeEmpty();
    }

    [Fact]
    public void Options_default_to_including_customer_data()
    {
        default(GreenButtonCsvOptions).IncludeCustomerData.Should().BeTrue();
        new GreenButtonCsvOptions().IncludeCustomerData.Should().BeTrue();
        s_without.IncludeCustomerData.Should().BeFalse();
        s_without.Should().NotBe(default(GreenButtonCsvOptions));
        (s_without with { IncludeCustomerData = true }).Should().Be(default(GreenButtonCsvOptions));
    }

    [Theory]
    [InlineData("pge_electric_interval_data.csv")]
    [InlineData("fixture.csv")]
    public void Converted_output_with_customer_data_is_valid_for_the_core_validator_and_reads_back_the_same(string name)
    {
        var text = name.StartsWith("pge", StringComparison.Ordinal) ? LayoutFixtureTests.OpowerInterval : LayoutFixtureTests.Sdge;
        var download = ReadText(text, name);
        var document = download.ToDocument();
        var xml = System.Text.Encoding.UTF8.GetBytes(Xml(download));

        var result = GreenButtonValidator.Validate(new MemoryStream(xml), new GreenButtonValidationOptions { SourceName = name });
        result.IsSchemaValid.Should().BeTrue();
        result.Violations.Where(v => v.Severity >= DiagnosticSeverity.Warning).Select(v => $"{v.Code} {v.Line}:{v.Column} {v.Message}").Should().BeEmpty();
        var back = GreenButtonDocument.Load(new MemoryStream(xml));
        back.Diagnostics.Should().NotContain(d => d.Severity >= DiagnosticSeverity.Warning);
        CustomerFields(back).Should().Equal(CustomerFields(document));
        back.UsagePoints.Select(u => u.Customer?.CustomerName).Should().Equal(document.UsagePoints.Select(u => u.Customer?.CustomerName));
    }

    [Fact]
    public void Fields_longer_than_the_schema_allows_are_cut_with_a_warning_and_stay_valid()
    {
        var longName = new string('N', 300);
        var longService = "Service " + new string('S', 80);
        var text = LayoutFixtureTests.OpowerInterval.Replace("TEST PERSON", longName, StringComparison.Ordinal).Replace("Service 1", longService, StringComparison.Ordinal);
        var download = ReadText(text, "pge_electric_interval_data.csv");
        var document = download.ToDocument();

        document.Customers.Single().CustomerName.Should().Be(new string('N', 256));
        document.CustomerAgreements.Single().Name.Should().HaveLength(64);
        download.Customer.Name.Should().Be(longName);
        download.Diagnostics.Where(d => d.Code == CsvDiagnosticCodes.CustomerFieldTooLong).Select(d => d.Severity).Should().Equal(DiagnosticSeverity.Warning, DiagnosticSeverity.Warning);
        download.Diagnostics.Should().NotContain(d => d.Message.Contains("NNN", StringComparison.Ordinal));
        var result = GreenButtonValidator.Validate(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Xml(download))));
        result.IsSchemaValid.Should().BeTrue();
    }

    [Fact]
    public void Customer_resources_show_ids_never_names_and_titles_name_no_one()
    {
        var download = ReadText(LayoutFixtureTests.Sdge);
        var document = download.ToDocument();

        document.CustomerResources.Select(r => r.ToString()).Should().NotContain(s => s.Contains("TEST", StringComparison.Ordinal) || s.Contains("San Diego", StringComparison.Ordinal));
        download.Entries.Select(e => e.Title).Should().NotContain(t => t!.Contains("TEST", StringComparison.Ordinal) || t.Contains("1234", StringComparison.Ordinal));
        download.Entries.Where(e => e.Resources[0] is CustomerResource).Select(e => e.Title)
            .Should().Equal("Customer", "Customer account", "Customer agreement", "Service location", "Meter");
    }

    [Theory]
    [InlineData("1 MAIN ST, DORCHESTER MA 02124", "1 MAIN ST", null, "DORCHESTER", "MA", null, "02124")]
    [InlineData("0000 0th AVENUE  San Diego CA 92101", "0000 0th AVENUE", null, "San Diego", "CA", null, "92101")]
    [InlineData("CA RED FEATHER CT APPLE VALLEY 92307", "RED FEATHER CT APPLE VALLEY", null, null, "CA", null, "92307")]
    [InlineData("1 MAIN STREET BOSTON MA US 01234-5678", "1 MAIN STREET BOSTON", null, null, "MA", "US", "01234-5678")]
    [InlineData("123 HFH GOLETA CA 93117", "123 HFH GOLETA", null, null, "CA", null, "93117")]
    [InlineData("1 MAIN ST, \"REAR\"\nBOSTON MA 02130", "1 MAIN ST, \"REAR\"", null, "BOSTON", "MA", null, "02130")]
    [InlineData("FLAT 2\n1 MAIN ST\nBOSTON, MA 02130", "FLAT 2", "1 MAIN ST", "BOSTON", "MA", null, "02130")]
    [InlineData("Someplace served by SCE", "Someplace served by SCE", null, null, null, null, null)]
    [InlineData("10 DOWNING ST LONDON SW1A 2AA", "10 DOWNING ST LONDON SW1A 2AA", null, null, null, null, null)]
    [InlineData("1 MAIN ST ZZ 12345", "1 MAIN ST ZZ 12345", null, null, null, null, null)]
    [InlineData("MA 02124", null, null, null, "MA", null, "02124")]
    public void Addresses_keep_every_word_and_split_only_what_they_say_for_sure(
        string text, string? general, string? general2, string? town, string? state, string? country, string? zip)
    {
        var address = CsvAddress.Parse(text)!;

        address.StreetDetail?.AddressGeneral.Should().Be(general);
        (address.StreetDetail is null).Should().Be(general is null);
        address.StreetDetail?.AddressGeneral2.Should().Be(general2);
        address.TownDetail?.Name.Should().Be(town);
        address.TownDetail?.StateOrProvince.Should().Be(state);
        address.TownDetail?.Country.Should().Be(country);
        (address.TownDetail is null).Should().Be(town is null && state is null);
        address.PostalCode.Should().Be(zip);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    [InlineData(null)]
    public void No_address_text_is_no_address(string? text) => CsvAddress.Parse(text).Should().BeNull();

    private static string Xml(CsvDownload download)
    {
        using var output = new MemoryStream();
        download.Save(output).Should().BeEmpty();
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }
}
