using GreenButton.Csv.Text;

namespace GreenButton.Csv.Mapping;

/// <summary>
/// What a layout read from a file: the series and their rows in file order, the service, the personal data and the
/// zone hints. <see cref="CsvModel.Build"/> turns it into Green Button resources.
/// </summary>
internal sealed class CsvBuilder(CsvSheet sheet)
{
    private readonly Dictionary<CsvSeriesKey, List<CsvRow>> _rows = [];
    private readonly List<string> _meters = [];

    public CsvSheet Sheet { get; } = sheet;

    /// <summary>The series in order of first appearance.</summary>
    public List<CsvSeriesKey> Series { get; } = [];

    public ServiceKind ServiceKind { get; set; } = ServiceKind.Electricity;

    public string? Name { get; set; }

    public string? Address { get; set; }

    public string? AccountNumber { get; set; }

    public string? ServiceName { get; set; }

    public string? RequestedBy { get; set; }

    /// <summary>The zone the layout found in the file (Opower: the file name's utility, the address's state), with why.</summary>
    public (string ZoneId, string Reason)? ZoneHint { get; set; }

    /// <summary>Meters in order of appearance; each becomes a UsagePoint.</summary>
    public IReadOnlyList<string> Meters => _meters;

    public int RowsRead { get; private set; }

    public void AddMeter(string meter)
    {
        if (meter.Length > 0 && !_meters.Contains(meter))
        {
            _meters.Add(meter);
        }
    }

    public void Add(CsvSeriesKey key, CsvRow row)
    {
        if (!_rows.TryGetValue(key, out var rows))
        {
            _rows[key] = rows = [];
            Series.Add(key);
        }
        AddMeter(key.Meter);
        rows.Add(row);
        RowsRead++;
    }

    public IReadOnlyList<CsvRow> RowsOf(CsvSeriesKey key) => _rows.TryGetValue(key, out var rows) ? rows : [];

    public CsvCustomerData Customer => new()
    {
        Name = Name, Address = Address, AccountNumber = AccountNumber, MeterNumbers = [.. _meters], ServiceName = ServiceName, RequestedBy = RequestedBy,
    };
}
