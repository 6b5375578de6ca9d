using GreenButton.Csv.Text;

namespace GreenButton.Csv.Mapping;

/// <summary>
/// The personal data of a download as ESPI customer resources (<c>http://naesb.org/espi/customer</c>), linked as a Data
/// Custodian's Retail Customer feed links them: <c>RetailCustomer/1/Customer/1</c> (the name, <c>customerName</c>),
/// <c>CustomerAccount/1</c> under it (the account number, <c>accountId</c>), <c>CustomerAgreement/1</c> under that (the
/// portal's service name, <c>name</c>), and per UsagePoint a <c>ServiceLocation</c> (the address, <c>mainAddress</c>; its
/// <c>UsagePoints</c> name the UsagePoint's href) with a <c>Meter</c> (the meter number, <c>serialNumber</c>). The chain is
/// whole whenever the file gives any of these, so that <see cref="UsagePoint.Customer"/> and
/// <see cref="ServiceLocation.Meters"/> resolve; a file that gives none gets no customer resource.
/// </summary>
internal static class CsvCustomerModel
{
    // customer.xsd: String256 for most text; IdentifiedObject name is String64.
    private const int String256 = 256;
    private const int Name64 = 64;

    /// <summary>A UsagePoint made from the file: its href, its meter number (empty when the file names none), its interval length.</summary>
    internal readonly record struct Point(string Href, string Meter, long? IntervalLength);

    public static void Add(List<AtomEntry> entries, CsvBuilder builder, string root, IReadOnlyList<Point> points)
    {
        var data = builder.Customer;
        var sheet = builder.Sheet;
        if (data.Name is null && data.Address is null && data.AccountNumber is null && data.ServiceName is null && data.MeterNumbers.Count == 0)
        {
            return;
        }
        if (!sheet.Options.IncludeCustomerData)
        {
            sheet.Report(DiagnosticSeverity.Info, CsvDiagnosticCodes.CustomerDataLeftOut,
                $"the file's personal data ({data.FieldNames()}) was left out: no customer resources were made (IncludeCustomerData is false).");
            return;
        }
        var retail = $"{root}/RetailCustomer/1";
        var customer = $"{retail}/Customer/1";
        var account = $"{customer}/CustomerAccount/1";
        var agreement = $"{account}/CustomerAgreement/1";
        entries.Add(CsvModel.Entry(customer, $"{retail}/Customer", "Customer", [$"{customer}/CustomerAccount"],
            new Customer { CustomerName = Fit(data.Name, String256, "name", "Customer customerName", sheet) }));
        entries.Add(CsvModel.Entry(account, $"{customer}/CustomerAccount", "Customer account", [$"{account}/CustomerAgreement"],
            new CustomerAccount { AccountId = Fit(data.AccountNumber, String256, "account number", "CustomerAccount accountId", sheet) }));
        entries.Add(CsvModel.Entry(agreement, $"{account}/CustomerAgreement", "Customer agreement", [$"{agreement}/ServiceLocation"],
            new CustomerAgreement { Name = Fit(data.ServiceName, Name64, "service name", "CustomerAgreement name", sheet) }));
        var address = Address(data.Address, sheet);
        for (var i = 0; i < points.Count; i++)
        {
            var location = $"{agreement}/ServiceLocation/{i + 1}";
            var meter = points[i].Meter.Length > 0 ? points[i].Meter : null;
            entries.Add(CsvModel.Entry(location, $"{agreement}/ServiceLocation", "Service location", meter is null ? [] : [$"{location}/Meter"],
                new ServiceLocation { MainAddress = address, UsagePointHrefs = [points[i].Href] }));
            if (meter is not null)
            {
                entries.Add(CsvModel.Entry($"{location}/Meter/1", $"{location}/Meter", "Meter", [], new Meter
                {
                    SerialNumber = Fit(meter, String256, "meter number", "Meter serialNumber", sheet),
                    IntervalLength = points[i].IntervalLength,
                }));
            }
        }
    }

    private static StreetAddress? Address(string? text, CsvSheet sheet)
    {
        var address = CsvAddress.Parse(text);
        if (address?.StreetDetail?.AddressGeneral is { } general)
        {
            address = address with { StreetDetail = address.StreetDetail with { AddressGeneral = Fit(general, String256, "address", "ServiceLocation mainAddress addressGeneral", sheet) } };
        }
        return address;
    }

    /// <summary>The value, cut to what customer.xsd allows (reported: the whole value stays in <see cref="CsvDownload.Customer"/>).</summary>
    private static string? Fit(string? value, int max, string what, string element, CsvSheet sheet)
    {
        if (value is null || value.Length <= max)
        {
            return value;
        }
        sheet.Report(DiagnosticSeverity.Warning, CsvDiagnosticCodes.CustomerFieldTooLong,
            $"the file's {what} has {value.Length} characters, more than the {max} customer.xsd allows in {element}; its first {max} were written (CsvDownload.Customer keeps it whole).");
        // Trailing white space of the cut would not survive a reader that trims values.
        return value[..(char.IsHighSurrogate(value[max - 1]) ? max - 1 : max)].TrimEnd();
    }
}
