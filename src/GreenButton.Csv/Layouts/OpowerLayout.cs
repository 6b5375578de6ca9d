using GreenButton.Csv.Mapping;
using GreenButton.Csv.Text;

namespace GreenButton.Csv.Layouts;

/// <summary>
/// What Opower's interval and billing exports share past the <see cref="OpowerPreamble"/>: the rows after the header,
/// the service named by each row's <c>TYPE</c>, the <c>UNITS</c> cell, and the unit assumed when the file names none.
/// </summary>
internal abstract class OpowerLayout : CsvLayout
{
    /// <summary>The records after the header that hold data: blank lines and summary lines (reported) are passed over.</summary>
    protected static IEnumerable<CsvRecord> DataRows(CsvSheet sheet, int header)
    {
        for (var i = header + 1; i < sheet.Records.Count; i++)
        {
            var record = sheet.Records[i];
            if (!record.IsBlank && !IsSummaryLine(sheet, record))
            {
                yield return record;
            }
        }
    }

    /// <summary>The service the row's <c>TYPE</c> names (<c>Electric usage</c>, <c>Natural gas usage</c>); the first row's is the file's.</summary>
    protected static ServiceKind Service(CsvBuilder builder, CsvRecord record)
    {
        var type = CsvCells.Normalise(record[0]);
        var service = type.Contains("gas", StringComparison.Ordinal) ? ServiceKind.Gas : type.Contains("water", StringComparison.Ordinal) ? ServiceKind.Water : ServiceKind.Electricity;
        if (builder.RowsRead == 0)
        {
            builder.ServiceKind = service;
        }
        return service;
    }

    /// <summary>
    /// The row's <c>UNITS</c> cell (null when there is no such column or the cell is empty); false when it names no unit,
    /// after <see cref="CsvSheet.BadRow"/> (which throws unless lenient): the caller skips the row.
    /// </summary>
    protected static bool TryRowUnit(CsvSheet sheet, CsvRecord record, int units, out CsvUnit? unit)
    {
        unit = units >= 0 && record[units].Length > 0 ? CsvUnit.Parse(record[units]) : null;
        return unit is not null || units < 0 || record[units].Length == 0 || sheet.BadRow(record, units, "a unit (kWh, therms, CCF)");
    }

    /// <summary>The unit of a file that states none (therms for gas, else kWh), said once per file (<paramref name="assumed"/>).</summary>
    protected static CsvUnit AssumedUnit(CsvSheet sheet, CsvRecord record, ServiceKind service, ref bool assumed)
    {
        var unit = service == ServiceKind.Gas ? CsvUnit.Therms : CsvUnit.KilowattHours;
        if (!assumed)
        {
            assumed = true;
            sheet.Report(DiagnosticSeverity.Info, CsvDiagnosticCodes.AssumedUnit, $"the file states no unit; {unit.Symbol} assumed.", record.Line, 1);
        }
        return unit;
    }
}
